/**
 * Fitting a value into the LMS's limit at run time (`fitToLimit`), and the longest value a module
 * can need (`worstCaseLength`), which the build compares with SCORM 1.2's 4,096 characters.
 */
import {
	EVERYDAY_STATEMENT_IDS,
	HRA_RIGHT_IDS,
	RIGHTS_IN_THE_ACT,
} from '../../../schemas/evaluation-ids.ts';
import type { CheckIn, ModuleProgress, ScenarioProgress } from '../../../schemas/progress.ts';
import type { ScormModuleInfo } from '../module-info.ts';
import { encode } from './encode.ts';
import {
	ATTEMPT_ID_LENGTH,
	EPOCH,
	MAX_ATTEMPTS,
	MAX_MINUTES,
	MAX_SMALL,
	MAX_STARTED_SECONDS,
	MAX_VERSION_LENGTH,
	pathLimit,
	TRIM_LEVELS,
	type TrimLevel,
} from './format.ts';

export interface FittedSuspendData {
	/** At most `limit` characters; `''` only if not even the header fits. */
	value: string;
	/** What had to be left out. */
	trimmed: TrimLevel;
}

/**
 * Encodes `progress` in at most `limit` characters, dropping parts in `TRIM_LEVELS` order until
 * it fits, so the adapter never sends a value the LMS would cut (which would corrupt it).
 */
export function fitToLimit(
	progress: ModuleProgress,
	info: ScormModuleInfo,
	limit: number,
	attempt = '',
): FittedSuspendData {
	for (let level = 0; level < TRIM_LEVELS.length; level++) {
		const value = encode(progress, info, level, attempt);
		if (value.length <= limit) return { value, trimmed: TRIM_LEVELS[level] ?? 'nothing' };
	}
	return { value: '', trimmed: 'assessment answers' };
}

/**
 * The longest value `encode` can produce for this module: every lesson visited, every question
 * answered with every option it allows, every scenario on a node with the longest path it keeps
 * and an ending, every statement rated, both check-ins and the feedback saved with every answer
 * the module asks, and every number and time at its bound. The build compares it with the 4,096
 * characters of SCORM 1.2.
 *
 * The evaluation section holds at most `16 + 3 × outcomes` characters for a module that asks for
 * confidence and feedback (two times of 4, feedback 5, three separators), 4 more when a phase's
 * baseline has the everyday-decisions statements and 9 more when one has the rights (10 if the
 * statements field before it is empty), however long the outcome ids are.
 *
 * Since every id is a hash, a scenario record is at most `26 + 3 × min(maxPathLength,
 * MAX_SCENARIO_PATH)` characters (scenario 3, node 3, path, ending 6, best 2, runs 2, time 4 and
 * six separators; 3 fewer without nodes, 6 fewer without endings), plus a comma between records,
 * however long its ids are and however many endings and nodes it has. (In `R1` a literal node
 * and ending of 64 characters made it `149 + 3 × …`.)
 */
export function worstCaseLength(
	info: ScormModuleInfo,
	attempt = 'A'.repeat(ATTEMPT_ID_LENGTH),
): number {
	const started = new Date(EPOCH + MAX_STARTED_SECONDS * 1000).toISOString();
	const late = new Date(Date.parse(started) + MAX_MINUTES * 60000).toISOString();
	const version = `${'9'.repeat(MAX_VERSION_LENGTH - 4)}.9.9`;
	const checkIn: CheckIn = {
		confidence: Object.fromEntries(info.summary.outcomes.map((outcome) => [outcome.id, 5])),
		statements: Object.fromEntries(EVERYDAY_STATEMENT_IDS.map((id) => [id, 5])),
		rightsGuess: RIGHTS_IN_THE_ACT,
		rightsNamed: [...HRA_RIGHT_IDS],
		at: late,
	};
	const progress: ModuleProgress = {
		moduleId: info.summary.id,
		moduleVersion: version,
		startedAt: started,
		updatedAt: late,
		completedAt: late,
		completedScore: MAX_SMALL,
		completedVersion: version,
		assessmentRestartedAt: late,
		...(info.summary.lessons[0] ? { bookmark: info.summary.lessons[0].id } : {}),
		lessons: Object.fromEntries(
			info.summary.lessons.map((lesson) => [
				lesson.id,
				{ firstVisitedAt: late, lastVisitedAt: late, visits: 1 },
			]),
		),
		questions: Object.fromEntries(
			info.questions.map((question) => [
				question.id,
				{ response: question.optionIds, correct: true, attempts: MAX_ATTEMPTS, answeredAt: late },
			]),
		),
		scenarios: Object.fromEntries(
			info.scenarios.map((scenario) => {
				const node = scenario.nodeIds[0];
				const ending = scenario.endingIds[0];
				const first = scenario.choices[0];
				const path = first
					? Array.from({ length: pathLimit(scenario) }, () => ({
							nodeId: first.nodeId,
							choiceId: first.id,
							at: late,
						}))
					: [];
				const record: ScenarioProgress = {
					path,
					vars: {},
					...(node === undefined ? {} : { currentNodeId: node }),
					...(ending === undefined
						? {}
						: { ending: { id: ending, outcome: 'positive', score: MAX_SMALL, at: late } }),
					bestScore: MAX_SMALL,
					runs: MAX_SMALL,
				};
				return [scenario.id, record];
			}),
		),
		reviews: Object.fromEntries(
			info.reviews.map((review) => [
				review.id,
				{
					ratings: Object.fromEntries(review.statementIds.map((id) => [id, 'amber' as const])),
					actions: {},
					updatedAt: late,
				},
			]),
		),
		reflections: {},
		checks: {},
		checkIns: { start: checkIn, end: checkIn },
		feedback: { ratings: { relevance: 5, clarity: 5 }, change: '', at: late },
	};
	return encode(progress, info, 0, attempt).length;
}
