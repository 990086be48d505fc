/**
 * Reads stored progress written by any release of this site into today's `ProgressState`.
 * Pure; used by every storage (IndexedDB records, SCORM suspend data) and by import.
 *
 * Stored records carry `schema: PROGRESS_SCHEMA`. A record without it, or with fields or maps
 * missing, is read with defaults filled in; entries of the wrong shape (corrupt data) are
 * dropped one by one rather than failing the whole record. Fields this code does not know are
 * kept as they are, so they survive a later write.
 *
 * Migration scenarios and what happens to old data:
 * - Renamed id (lesson, question, scenario, module): ids must not change after release (see
 *   `IdSchema`). If one does, progress under the old id stays in storage and in exports but no
 *   longer counts; the new id starts empty. To carry it over, bump `PROGRESS_SCHEMA` and add a
 *   step below that moves the entry from the old id to the new one.
 * - Removed question (or lesson, scenario): its answer stays in the record and is ignored by
 *   `moduleStatus`, which only counts ids the course lists. If the course brings it back, the
 *   answer counts again. A recorded completion stays.
 * - New module version: everything is kept. `module-opened` records the new version; new
 *   lessons or questions show as not done, and a module already completed stays completed.
 * - New field: records without it get a default in `migrateStoredModule`. Add the default here;
 *   bump the schema only when existing data must be rewritten. Optional fields such as
 *   `assessmentRestartedAt` are simply absent in older records (never restarted).
 * - Newer schema than this code knows (an old tab still open after a deploy):
 *   `ProgressSchemaTooNewError` is thrown instead of guessing, so old code never overwrites
 *   data it does not understand. The store then keeps working in memory and asks for a reload.
 */
import type { EndingOutcome } from '../../schemas/scenario.ts';
import type { Rating } from '../../schemas/review.ts';
import {
	CHECK_IN_PHASES,
	HRA_RIGHT_IDS,
	isScalePoint,
	RIGHTS_IN_THE_ACT,
	type ScalePoint,
} from '../../schemas/evaluation-ids.ts';
import type {
	CheckIn,
	LessonProgress,
	ModuleFeedback,
	ModuleProgress,
	ProgressState,
	QuestionProgress,
	ReviewProgress,
	ScenarioProgress,
	ScenarioStep,
} from '../../schemas/progress.ts';

export const PROGRESS_SCHEMA = 1;

/** One module's progress as stored. */
export type StoredModule = ModuleProgress & { schema: number };

/** The whole progress as stored in one piece (exports, SCORM suspend data). */
export type StoredProgress = ProgressState & { schema: number };

/** Stored progress comes from a newer release of the site than the code reading it. */
export class ProgressSchemaTooNewError extends Error {
	override name = 'ProgressSchemaTooNewError';
	readonly schema: number;

	constructor(schema: number) {
		super(
			`Progress was saved with schema ${schema}; this code reads schema ${PROGRESS_SCHEMA} or older.`,
		);
		this.schema = schema;
	}
}

/** Placeholder for a missing timestamp: clearly "unknown" and still a valid ISO date. */
const UNKNOWN_TIME = '1970-01-01T00:00:00.000Z';
const RATINGS: readonly Rating[] = ['red', 'amber', 'green'];
const OUTCOMES: readonly EndingOutcome[] = ['positive', 'mixed', 'negative'];

export function toStoredModule(module: ModuleProgress): StoredModule {
	return { ...module, schema: PROGRESS_SCHEMA };
}

export function toStoredProgress(state: ProgressState): StoredProgress {
	return { schema: PROGRESS_SCHEMA, learnerName: state.learnerName, modules: state.modules };
}

/**
 * Reads a whole stored progress object. Anything that is not an object reads as empty progress.
 * @throws ProgressSchemaTooNewError when `schema` is newer than `PROGRESS_SCHEMA`.
 */
export function migrateStoredState(raw: unknown): ProgressState {
	if (!isRecord(raw)) return { modules: {}, learnerName: '' };
	checkSchema(raw['schema']);
	const modules: Record<string, ModuleProgress> = {};
	if (isRecord(raw['modules'])) {
		for (const [id, record] of Object.entries(raw['modules'])) {
			const module = migrateStoredModule(record, id);
			if (module) modules[module.moduleId] = module;
		}
	}
	return { modules, learnerName: stringOr(raw['learnerName'], '') };
}

/**
 * Reads one stored module record; `fallbackId` (its storage key) is used when the record has no
 * `moduleId`. Returns `undefined` for something that cannot be a module record.
 * @throws ProgressSchemaTooNewError when `schema` is newer than `PROGRESS_SCHEMA`.
 */
export function migrateStoredModule(raw: unknown, fallbackId?: string): ModuleProgress | undefined {
	if (!isRecord(raw)) return undefined;
	checkSchema(raw['schema']);
	const moduleId = stringOr(raw['moduleId'], fallbackId ?? '');
	if (moduleId === '') return undefined;

	const rest = { ...raw };
	delete rest['schema'];
	const updatedAt = stringOr(raw['updatedAt'], stringOr(raw['startedAt'], UNKNOWN_TIME));
	const module: ModuleProgress = {
		...rest,
		moduleId,
		moduleVersion: stringOr(raw['moduleVersion'], ''),
		startedAt: stringOr(raw['startedAt'], updatedAt),
		updatedAt,
		lessons: mapOf(raw['lessons'], readLesson),
		questions: mapOf(raw['questions'], readQuestion),
		scenarios: mapOf(raw['scenarios'], readScenario),
		reviews: mapOf(raw['reviews'], readReview),
		reflections: mapOf(raw['reflections'], (value) =>
			isRecord(value) && typeof value['text'] === 'string'
				? { ...value, text: value['text'], updatedAt: stringOr(value['updatedAt'], updatedAt) }
				: undefined,
		),
		checks: mapOf(raw['checks'], (value) =>
			isRecord(value)
				? {
						...value,
						answers: mapOf(value['answers'], readAnswer),
						updatedAt: stringOr(value['updatedAt'], updatedAt),
					}
				: undefined,
		),
	};
	// Optional fields are absent rather than `undefined` (exactOptionalPropertyTypes).
	delete module.completedAt;
	delete module.completedScore;
	delete module.completedVersion;
	delete module.completionImported;
	delete module.bookmark;
	delete module.assessmentRestartedAt;
	delete module.checkIns;
	delete module.feedback;
	if (typeof raw['completedAt'] === 'string') module.completedAt = raw['completedAt'];
	if (isFiniteNumber(raw['completedScore'])) module.completedScore = raw['completedScore'];
	if (typeof raw['completedVersion'] === 'string')
		module.completedVersion = raw['completedVersion'];
	if (raw['completionImported'] === true && module.completedAt !== undefined) {
		module.completionImported = true;
	}
	if (typeof raw['bookmark'] === 'string') module.bookmark = raw['bookmark'];
	if (typeof raw['assessmentRestartedAt'] === 'string') {
		module.assessmentRestartedAt = raw['assessmentRestartedAt'];
	}
	const checkIns = readCheckIns(raw['checkIns']);
	if (checkIns) module.checkIns = checkIns;
	const feedback = readFeedback(raw['feedback']);
	if (feedback) module.feedback = feedback;
	return module;
}

function readCheckIns(value: unknown): ModuleProgress['checkIns'] {
	if (!isRecord(value)) return undefined;
	const checkIns: NonNullable<ModuleProgress['checkIns']> = {};
	for (const phase of CHECK_IN_PHASES) {
		const checkIn = readCheckIn(value[phase]);
		if (checkIn) checkIns[phase] = checkIn;
	}
	return Object.keys(checkIns).length > 0 ? checkIns : undefined;
}

function readCheckIn(value: unknown): CheckIn | undefined {
	if (!isRecord(value)) return undefined;
	const checkIn: CheckIn = {
		confidence: mapOf(value['confidence'], scalePointOf),
		statements: mapOf(value['statements'], scalePointOf),
		at: stringOr(value['at'], UNKNOWN_TIME),
	};
	const guess = value['rightsGuess'];
	if (
		isFiniteNumber(guess) &&
		Number.isInteger(guess) &&
		guess >= 0 &&
		guess <= RIGHTS_IN_THE_ACT
	) {
		checkIn.rightsGuess = guess;
	}
	if (Array.isArray(value['rightsNamed'])) {
		// Only the 16 rights, each once: suspend data stores them as a set.
		const named = new Set(stringArray(value['rightsNamed']));
		checkIn.rightsNamed = HRA_RIGHT_IDS.filter((id) => named.has(id));
	}
	return checkIn;
}

function readFeedback(value: unknown): ModuleFeedback | undefined {
	if (!isRecord(value)) return undefined;
	return {
		ratings: mapOf(value['ratings'], scalePointOf),
		change: stringOr(value['change'], ''),
		at: stringOr(value['at'], UNKNOWN_TIME),
	};
}

function scalePointOf(value: unknown): ScalePoint | undefined {
	return isScalePoint(value) ? value : undefined;
}

function checkSchema(schema: unknown): void {
	if (isFiniteNumber(schema) && schema > PROGRESS_SCHEMA) {
		throw new ProgressSchemaTooNewError(schema);
	}
}

function readLesson(value: unknown): LessonProgress | undefined {
	if (!isRecord(value)) return undefined;
	const lastVisitedAt = stringOr(value['lastVisitedAt'], UNKNOWN_TIME);
	return {
		...value,
		firstVisitedAt: stringOr(value['firstVisitedAt'], lastVisitedAt),
		lastVisitedAt,
		visits: positiveIntegerOr(value['visits'], 1),
	};
}

function readQuestion(value: unknown): QuestionProgress | undefined {
	if (!isRecord(value) || typeof value['correct'] !== 'boolean') return undefined;
	return {
		...value,
		response: stringArray(value['response']),
		correct: value['correct'],
		attempts: positiveIntegerOr(value['attempts'], 1),
		answeredAt: stringOr(value['answeredAt'], UNKNOWN_TIME),
	};
}

function readScenario(value: unknown): ScenarioProgress | undefined {
	if (!isRecord(value)) return undefined;
	const path = Array.isArray(value['path']) ? value['path'].flatMap(readStep) : [];
	const scenario: ScenarioProgress = {
		...value,
		path,
		vars: mapOf(value['vars'], (v) => (typeof v === 'string' ? v : undefined)),
		runs: isFiniteNumber(value['runs']) && value['runs'] >= 0 ? Math.floor(value['runs']) : 0,
	};
	delete scenario.currentNodeId;
	delete scenario.ending;
	delete scenario.bestScore;
	if (typeof value['currentNodeId'] === 'string') scenario.currentNodeId = value['currentNodeId'];
	const ending = value['ending'];
	if (
		isRecord(ending) &&
		typeof ending['id'] === 'string' &&
		OUTCOMES.includes(ending['outcome'] as EndingOutcome) &&
		isFiniteNumber(ending['score'])
	) {
		scenario.ending = {
			id: ending['id'],
			outcome: ending['outcome'] as EndingOutcome,
			score: ending['score'],
			at: stringOr(ending['at'], UNKNOWN_TIME),
		};
	}
	if (isFiniteNumber(value['bestScore'])) scenario.bestScore = value['bestScore'];
	return scenario;
}

function readStep(value: unknown): ScenarioStep[] {
	if (!isRecord(value) || typeof value['nodeId'] !== 'string') return [];
	if (typeof value['choiceId'] !== 'string') return [];
	return [
		{
			nodeId: value['nodeId'],
			choiceId: value['choiceId'],
			at: stringOr(value['at'], UNKNOWN_TIME),
		},
	];
}

function readReview(value: unknown): ReviewProgress | undefined {
	if (!isRecord(value)) return undefined;
	return {
		...value,
		ratings: mapOf(value['ratings'], (v) =>
			RATINGS.includes(v as Rating) ? (v as Rating) : undefined,
		),
		actions: mapOf(value['actions'], (v) => (typeof v === 'string' ? v : undefined)),
		updatedAt: stringOr(value['updatedAt'], UNKNOWN_TIME),
	};
}

function readAnswer(value: unknown): string | string[] | undefined {
	if (typeof value === 'string') return value;
	return Array.isArray(value) ? stringArray(value) : undefined;
}

/** Reads an id-keyed map, keeping the entries `read` accepts. */
function mapOf<T>(value: unknown, read: (entry: unknown) => T | undefined): Record<string, T> {
	const result: Record<string, T> = {};
	if (!isRecord(value)) return result;
	for (const [key, entry] of Object.entries(value)) {
		const kept = read(entry);
		if (kept !== undefined) result[key] = kept;
	}
	return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

function stringOr(value: unknown, fallback: string): string {
	return typeof value === 'string' ? value : fallback;
}

function positiveIntegerOr(value: unknown, fallback: number): number {
	return isFiniteNumber(value) && value >= 1 ? Math.floor(value) : fallback;
}

function stringArray(value: unknown): string[] {
	return Array.isArray(value)
		? value.filter((item): item is string => typeof item === 'string')
		: [];
}
