/** A value in plain words for support staff (`npm run scorm:inspect`). */
import { CHECK_IN_PHASES, RIGHTS_IN_THE_ACT } from '../../../schemas/evaluation-ids.ts';
import type { ScormModuleInfo } from '../module-info.ts';
import { CHILD_HASH, ID_HASH, idHash, iso, Lookup, trimLevels, type Time } from './format.ts';
import { parseSuspendData, type StoredId } from './parse.ts';

function when(time: Time | undefined): string {
	return time === undefined
		? 'at an unknown time'
		: `${iso(time).slice(0, 16).replace('T', ' ')} UTC`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The value in plain words: format, module, version, completion, bookmark, lessons, answers,
 * scenario paths, ratings, check-ins and feedback ratings. With `info`, ids are named; without
 * it, they show as hashes (`#AbC`). Never throws.
 */
export function describeSuspendData(value: string, info?: ScormModuleInfo): string {
	const { raw, problems } = parseSuspendData(value);
	if (!raw) {
		return problems.length > 0 ? problems.join('\n') : 'The suspend data is empty.';
	}
	const lines: string[] = [];
	const name = (ids: readonly string[] | undefined, hash: string, width = ID_HASH) => {
		const id = ids === undefined ? undefined : new Lookup(ids, width).get(hash);
		return id === undefined ? `#${hash}${ids ? ' (not in this module version)' : ''}` : id;
	};
	const stored = (ids: readonly string[] | undefined, id: StoredId) =>
		'hash' in id
			? name(ids, id.hash)
			: `${id.id}${ids === undefined || ids.includes(id.id) ? '' : ' (not in this module version)'}`;
	const moduleMatches = info ? raw.moduleHash === idHash(info.summary.id) : undefined;
	lines.push(
		`Rights in Practice suspend data, format ${raw.format}, ${value.length} characters.`,
		info
			? moduleMatches
				? `Module: ${info.summary.id} (${info.summary.title}).`
				: `Module: #${raw.moduleHash}, which is NOT ${info.summary.id}.`
			: `Module: #${raw.moduleHash} (give the module info to see names).`,
		`Module version ${raw.version || 'unknown'}; started ${when(raw.started)}; last change ${when(raw.updated)}.`,
	);
	lines.push(
		raw.completedAt === undefined
			? 'Not completed.'
			: `Completed ${when(raw.completedAt)}${raw.completedScore === undefined ? '' : ` with a score of ${raw.completedScore}%`}${raw.completedVersion ? ` on version ${raw.completedVersion}` : ''}.`,
	);
	const lessonIds = info?.summary.lessons.map((lesson) => lesson.id);
	lines.push(
		raw.bookmark === undefined
			? 'Bookmark: none.'
			: `Bookmark: lesson ${name(lessonIds, raw.bookmark)}.`,
	);
	if (raw.restartedAt !== undefined)
		lines.push(`Assessment started again ${when(raw.restartedAt)}.`);
	if (raw.attempt) lines.push(`LMS attempt id: ${raw.attempt}.`);
	if (raw.trimmed !== 'nothing') {
		const levels = trimLevels(raw.format);
		const dropped = levels.slice(1, levels.indexOf(raw.trimmed) + 1);
		lines.push(`Trimmed to fit the LMS limit; left out: ${dropped.join(', ')}.`);
	}

	lines.push(`Lessons visited (${raw.lessons.length}):`);
	for (const lesson of raw.lessons) {
		lines.push(`  - ${name(lessonIds, lesson.hash)}, last visited ${when(lesson.at)}`);
	}

	lines.push(`Questions answered (${raw.questions.length}):`);
	for (const answer of raw.questions) {
		const question = info?.questions.find((candidate) => idHash(candidate.id) === answer.hash);
		const options = answer.options.map((hash) => name(question?.optionIds, hash, CHILD_HASH));
		lines.push(
			`  - ${name(
				info?.questions.map((candidate) => candidate.id),
				answer.hash,
			)}: ${answer.correct ? 'correct' : 'not correct'}, ${plural(answer.attempts, 'attempt')}, chose ${options.length > 0 ? options.join(', ') : 'nothing recorded'}, ${when(answer.at)}`,
		);
	}

	lines.push(`Scenarios (${raw.scenarios.length}):`);
	for (const record of raw.scenarios) {
		const scenario = info?.scenarios.find((candidate) => idHash(candidate.id) === record.hash);
		const choiceIds = scenario?.choices.map((choice) => choice.id);
		const node =
			record.node === undefined
				? 'not started or on its introduction'
				: `on ${stored(scenario?.nodeIds, record.node)}`;
		const path = record.path.map((hash) => name(choiceIds, hash));
		lines.push(
			`  - ${name(
				info?.scenarios.map((candidate) => candidate.id),
				record.hash,
			)}: ${node}; path of the current run: ${path.length > 0 ? path.join(' → ') : 'none'}${record.ending ? `; ended at ${stored(scenario?.endingIds, record.ending)} (${record.ending.outcome}, score ${record.ending.score})` : ''}; best score ${record.best ?? 'none'}; ${plural(record.runs, 'finished run')}; ${when(record.at)}`,
		);
	}

	lines.push(`Traffic Light self-assessments (${raw.reviews.length}):`);
	for (const record of raw.reviews) {
		const review = info?.reviews.find((candidate) => idHash(candidate.id) === record.hash);
		const ratings = record.ratings.map(
			(rating) => `${name(review?.statementIds, rating.hash, CHILD_HASH)} ${rating.rating}`,
		);
		lines.push(
			`  - ${name(
				info?.reviews.map((candidate) => candidate.id),
				record.hash,
			)}: ${ratings.length > 0 ? ratings.join(', ') : 'no ratings'}, ${when(record.at)}`,
		);
	}
	const { checkIns, confidence, feedback } = raw.evaluation;
	const outcomeIds = info?.summary.outcomes.map((outcome) => outcome.id);
	const phases = CHECK_IN_PHASES.filter((phase) => checkIns[phase] !== undefined);
	lines.push(`Evaluation check-ins (${phases.length}):`);
	for (const phase of phases) {
		const checkIn = checkIns[phase];
		if (!checkIn) continue;
		const confident = confidence.flatMap(({ hash, ratings }) => {
			const rating = ratings[phase];
			return rating === undefined ? [] : [`${name(outcomeIds, hash, CHILD_HASH)} ${rating}`];
		});
		const statements = Object.entries(checkIn.statements).map(([id, rating]) => `${id} ${rating}`);
		const parts = [
			`confidence ${confident.length > 0 ? confident.join(', ') : 'not rated'}`,
			...(statements.length > 0 ? [`statements ${statements.join(', ')}`] : []),
			...(checkIn.rightsGuess === undefined
				? []
				: [`guessed ${checkIn.rightsGuess} of ${RIGHTS_IN_THE_ACT} rights`]),
			...(checkIn.rightsNamed === undefined
				? []
				: [
						`named ${checkIn.rightsNamed.length}${checkIn.rightsNamed.length > 0 ? ` (${checkIn.rightsNamed.join(', ')})` : ''}`,
					]),
		];
		lines.push(`  - ${phase}: ${parts.join('; ')}; saved ${when(checkIn.at)}`);
	}
	const feedbackRatings = Object.entries(feedback?.ratings ?? {}).map(
		([question, rating]) => `${question} ${rating}`,
	);
	lines.push(
		feedback === undefined
			? 'Feedback: none.'
			: `Feedback: ${feedbackRatings.length > 0 ? feedbackRatings.join(', ') : 'no ratings'}, saved ${when(feedback.at)}.`,
	);
	if (problems.length > 0) lines.push('Problems:', ...problems.map((problem) => `  - ${problem}`));
	return lines.join('\n');
}
