/**
 * Reading the structure of a value without module info: ids stay hashes (or, in `R1`, literal
 * ids); the course's fixed lists (statements, rights), written by position, come back as ids.
 * `decode` resolves hashes against the module; `describeSuspendData` and the course envelope
 * read values through it too.
 */
import {
	CHECK_IN_PHASES,
	EVERYDAY_STATEMENT_IDS,
	HRA_RIGHT_IDS,
	RIGHTS_IN_THE_ACT,
	type CheckInPhase,
	type ScalePoint,
} from '../../../schemas/evaluation-ids.ts';
import type { CheckIn, ModuleFeedback } from '../../../schemas/progress.ts';
import {
	CHECK_IN_RIGHTS_LENGTH,
	CHILD_HASH,
	chunks,
	EPOCH,
	fromNumber,
	fromPair,
	ID_HASH,
	isAttemptId,
	OUTCOMES,
	RATINGS,
	READABLE_FORMATS,
	SUSPEND_DATA_FORMAT,
	trimLevels,
	validId,
	type Outcome,
	type Rating,
	type Time,
	type TrimLevel,
} from './format.ts';

/** A stored id: a hash, or (format `R1` only) the id itself. */
export type StoredId = { hash: string } | { id: string };

/** A saved check-in without its confidence ratings, which `RawSuspendData.confidence` holds. */
export type RawCheckIn = Omit<CheckIn, 'confidence' | 'at'> & { at: Time };

/** The evaluation answers of a value; none before `R4`. */
export interface RawEvaluation {
	/** The check-ins saved, by phase. */
	checkIns: Partial<Record<CheckInPhase, RawCheckIn>>;
	/** Confidence by outcome hash, for the phases that have a check-in. */
	confidence: Array<{ hash: string; ratings: Partial<Record<CheckInPhase, ScalePoint>> }>;
	/** The feedback's ratings; its free text is never stored. */
	feedback: { ratings: ModuleFeedback['ratings']; at: Time } | undefined;
}

export interface RawSuspendData {
	format: string;
	moduleHash: string;
	trimmed: TrimLevel;
	started: Time;
	updated: Time | undefined;
	version: string;
	completedAt: Time | undefined;
	completedScore: number | undefined;
	completedVersion: string;
	bookmark: string | undefined;
	/** When the assessment was last started again; `R3` only. */
	restartedAt: Time | undefined;
	/** The LMS attempt the value belongs to; `''` when not stored (`R1`, `R2`, course modules). */
	attempt: string;
	lessons: Array<{ hash: string; at: Time | undefined }>;
	questions: Array<{
		hash: string;
		options: string[];
		attempts: number;
		correct: boolean;
		at: Time | undefined;
	}>;
	scenarios: Array<{
		hash: string;
		node: StoredId | undefined;
		path: string[];
		ending: ({ outcome: Outcome; score: number } & StoredId) | undefined;
		best: number | undefined;
		runs: number;
		at: Time | undefined;
	}>;
	reviews: Array<{
		hash: string;
		ratings: Array<{ hash: string; rating: Rating }>;
		at: Time | undefined;
	}>;
	evaluation: RawEvaluation;
}

const HASH = /^[A-Za-z0-9_-]+$/;

function isHash(text: string | undefined, width: number): text is string {
	return text !== undefined && text.length === width && HASH.test(text);
}

function records(section: string | undefined): string[] {
	return section ? section.split(',').filter((record) => record !== '') : [];
}

/** One check-in's rights (`CHECK_IN_RIGHTS_LENGTH` characters); `undefined` if damaged. */
function parseRights(text: string): Pick<CheckIn, 'rightsGuess' | 'rightsNamed'> | undefined {
	const guess = fromNumber(text.slice(0, 1), 1);
	const named = fromNumber(text.slice(1), 3);
	if (guess === undefined || guess > RIGHTS_IN_THE_ACT + 1 || named === undefined) return undefined;
	if (named > 2 ** RIGHTS_IN_THE_ACT) return undefined;
	const rights: Pick<CheckIn, 'rightsGuess' | 'rightsNamed'> = {};
	if (guess > 0) rights.rightsGuess = guess - 1;
	if (named > 0)
		rights.rightsNamed = HRA_RIGHT_IDS.filter((_, index) => (named - 1) & (1 << index));
	return rights;
}

/**
 * The evaluation record (`format.ts`), with `at` reading a time field; `undefined` if any field
 * is damaged.
 */
function parseEvaluation(
	record: string,
	at: (field: string | undefined) => Time | undefined,
): RawEvaluation | undefined {
	const evaluation: RawEvaluation = { checkIns: {}, confidence: [], feedback: undefined };
	if (record === '') return evaluation;
	const fields = record.split('.');
	const [, , confidence = '', feedback = '', statements = '', rights = ''] = fields;
	const rightsOk =
		rights === '' || rights.length === CHECK_IN_RIGHTS_LENGTH * CHECK_IN_PHASES.length;
	if (fields.length > 6 || confidence.length % (CHILD_HASH + 1) !== 0 || !rightsOk) {
		return undefined;
	}
	for (const [index, phase] of CHECK_IN_PHASES.entries()) {
		const field = fields[index] ?? '';
		if (field === '') continue;
		const time = at(field);
		const offset = index * CHECK_IN_RIGHTS_LENGTH;
		const phaseRights =
			rights === '' ? {} : parseRights(rights.slice(offset, offset + CHECK_IN_RIGHTS_LENGTH));
		if (time === undefined || phaseRights === undefined) return undefined;
		evaluation.checkIns[phase] = { statements: {}, ...phaseRights, at: time };
	}
	for (const chunk of chunks(confidence, CHILD_HASH + 1)) {
		const hash = chunk.slice(0, CHILD_HASH);
		const pair = fromPair(chunk.slice(CHILD_HASH));
		if (!isHash(hash, CHILD_HASH) || !pair) return undefined;
		const ratings: Partial<Record<CheckInPhase, ScalePoint>> = {};
		for (const [index, phase] of CHECK_IN_PHASES.entries()) {
			const rating = pair[index];
			if (rating !== undefined && evaluation.checkIns[phase]) ratings[phase] = rating;
		}
		if (Object.keys(ratings).length > 0) evaluation.confidence.push({ hash, ratings });
	}
	for (const [index, char] of [...statements].entries()) {
		const pair = fromPair(char);
		if (!pair) return undefined;
		const id = EVERYDAY_STATEMENT_IDS[index];
		for (const [phaseIndex, phase] of CHECK_IN_PHASES.entries()) {
			const rating = pair[phaseIndex];
			const checkIn = evaluation.checkIns[phase];
			if (id !== undefined && rating !== undefined && checkIn) checkIn.statements[id] = rating;
		}
	}
	if (feedback !== '') {
		const pair = fromPair(feedback.slice(0, 1));
		const time = at(feedback.slice(1));
		if (!pair || time === undefined) return undefined;
		const [relevance, clarity] = pair;
		evaluation.feedback = {
			ratings: {
				...(relevance === undefined ? {} : { relevance }),
				...(clarity === undefined ? {} : { clarity }),
			},
			at: time,
		};
	}
	return evaluation;
}

/**
 * Reads the structure of a value without module info: ids stay hashes. Never throws; records
 * that cannot be read are left out and named in `problems`.
 */
export function parseSuspendData(value: string): {
	raw: RawSuspendData | undefined;
	problems: string[];
} {
	const problems: string[] = [];
	if (typeof value !== 'string' || value.trim() === '') return { raw: undefined, problems };
	const sections = value.trim().split('~');
	const format = sections[0] ?? '';
	if (!READABLE_FORMATS.includes(format)) {
		problems.push(
			/^R\d+$/.test(format)
				? `The suspend data is in format \`${format}\`, which this release does not read.`
				: 'The suspend data was not written by Rights in Practice, or is damaged.',
		);
		return { raw: undefined, problems };
	}
	const header = (sections[1] ?? '').split('.');
	const startedSeconds = fromNumber(header[2] ?? '', 6);
	const headerLength = format === 'R1' || format === 'R2' ? 9 : 11;
	if (header.length < headerLength || !isHash(header[0], ID_HASH) || startedSeconds === undefined) {
		problems.push('The suspend data header is damaged.');
		return { raw: undefined, problems };
	}
	const started = EPOCH + startedSeconds * 1000;
	const at = (field: string | undefined): Time | undefined => {
		const minutes = fromNumber(field ?? '', 4);
		return minutes === undefined ? undefined : started + minutes * 60000;
	};
	const version = (field: string | undefined) =>
		field && /^\d+_\d+_\d+$/.test(field) ? field.replaceAll('_', '.') : '';
	const level = header[1] ? fromNumber(header[1]) : 0;
	const r1 = format === 'R1';

	const raw: RawSuspendData = {
		format,
		moduleHash: header[0],
		trimmed: trimLevels(format)[level ?? 0] ?? 'nothing',
		started,
		updated: at(header[3]),
		version: version(header[4]),
		completedAt: at(header[5]),
		completedScore: fromNumber(header[6] ?? ''),
		completedVersion: version(header[7]),
		bookmark: isHash(header[8], ID_HASH) ? header[8] : undefined,
		restartedAt: at(header[9]),
		attempt: isAttemptId(header[10]) ? header[10] : '',
		lessons: [],
		questions: [],
		scenarios: [],
		reviews: [],
		evaluation: { checkIns: {}, confidence: [], feedback: undefined },
	};
	const damaged = (what: string, record: string) =>
		problems.push(`A ${what} record could not be read: \`${record.slice(0, 40)}\`.`);

	for (const record of records(sections[2])) {
		const hash = record.slice(0, ID_HASH);
		if (!isHash(hash, ID_HASH)) damaged('lesson', record);
		else raw.lessons.push({ hash, at: at(record.slice(ID_HASH)) });
	}

	for (const record of records(sections[3])) {
		const [hash, options = '', state = '', time] = record.split('.');
		const number = fromNumber(state);
		if (!isHash(hash, ID_HASH) || number === undefined || options.length % CHILD_HASH !== 0) {
			damaged('question', record);
			continue;
		}
		raw.questions.push({
			hash,
			options: chunks(options, CHILD_HASH),
			attempts: Math.max(1, Math.floor(number / 2)),
			correct: number % 2 === 1,
			at: at(time),
		});
	}

	for (const record of records(sections[4])) {
		const [hash, node = '', path = '', ending = '', best = '', runs = '', time] = record.split('.');
		if (!isHash(hash, ID_HASH) || path.length % ID_HASH !== 0) {
			damaged('scenario', record);
			continue;
		}
		const outcome = (Object.keys(OUTCOMES) as Outcome[]).find(
			(key) => OUTCOMES[key] === ending.charAt(0),
		);
		const score = fromNumber(ending.slice(1, 3));
		const endingId = ending.slice(3);
		const endingRef: StoredId | undefined = r1
			? validId(endingId)
				? { id: endingId }
				: undefined
			: isHash(endingId, ID_HASH)
				? { hash: endingId }
				: undefined;
		raw.scenarios.push({
			hash,
			node:
				r1 && node.startsWith('!')
					? validId(node.slice(1))
						? { id: node.slice(1) }
						: undefined
					: isHash(node, ID_HASH)
						? { hash: node }
						: undefined,
			path: chunks(path, ID_HASH),
			ending:
				outcome && score !== undefined && endingRef ? { outcome, score, ...endingRef } : undefined,
			best: fromNumber(best),
			runs: fromNumber(runs) ?? 0,
			at: at(time),
		});
	}

	for (const record of records(sections[5])) {
		const [hash, ratings = '', time] = record.split('.');
		if (!isHash(hash, ID_HASH) || ratings.length % (CHILD_HASH + 1) !== 0) {
			damaged('Traffic Light', record);
			continue;
		}
		raw.reviews.push({
			hash,
			ratings: chunks(ratings, CHILD_HASH + 1).flatMap((chunk) => {
				const rating = (Object.keys(RATINGS) as Rating[]).find(
					(key) => RATINGS[key] === chunk.charAt(CHILD_HASH),
				);
				return rating ? [{ hash: chunk.slice(0, CHILD_HASH), rating }] : [];
			}),
			at: at(time),
		});
	}

	const evaluationRecord = format === SUSPEND_DATA_FORMAT ? (sections[6] ?? '') : '';
	const evaluation = parseEvaluation(evaluationRecord, at);
	if (evaluation) raw.evaluation = evaluation;
	else {
		problems.push(`The evaluation record could not be read: \`${evaluationRecord.slice(0, 40)}\`.`);
	}
	return { raw, problems };
}
