/**
 * Import of a progress file written by `export-file.ts`. Kept apart because validation pulls zod
 * into the bundle: load this module only where import happens (dynamic `import()` on the My
 * progress page). It uses `zod/mini`, the same checks as zod with a functional API the bundler
 * can trim to what is used, because this chunk counts in the page's JavaScript budget (README ›
 * Performance).
 *
 * File shape: `{ app: 'rights-in-practice', format: 1, exportedAt, progress }`, where `progress`
 * is a `StoredProgress` (see `migrate.ts`). `format` versions the envelope; `progress.schema`
 * versions the data inside.
 *
 * Checks, in order: the limits of `import-limits.ts` on the raw text (before parsing), the
 * envelope, then the shape. Every timestamp must be a real ISO 8601 date-time (calendar-checked:
 * no 30 February) no later than one day after the device's clock: an export from a device whose
 * clock is a little ahead still loads, a made-up date in the future does not.
 *
 * Every completion in an imported file is marked `completionImported`: this browser did not see
 * the module done, and the certificate says the completion comes from an imported file.
 */
import * as z from 'zod/mini';
import { EXPORT_APP, EXPORT_FORMAT } from './export-file.ts';
import { textLimitProblem } from './import-limits.ts';
import { migrateStoredState, PROGRESS_SCHEMA } from './migrate.ts';
import type { ProgressState } from '../../schemas/progress.ts';
import {
	FEEDBACK_TEXT_LIMIT,
	HRA_RIGHT_IDS,
	RIGHTS_IN_THE_ACT,
} from '../../schemas/evaluation-ids.ts';

export type ProgressImportResult =
	{ ok: true; state: ProgressState } | { ok: false; message: string };

/** How far ahead of this device's clock a timestamp may be (another device's clock may run fast). */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

const idMap = <T extends z.ZodMiniType>(value: T) => z.optional(z.record(z.string(), value));
const count = () => z.optional(z.int().check(z.minimum(0)));
const scalePoint = () => z.int().check(z.minimum(1), z.maximum(5));

// Maps other than `modules` may be missing (older or hand-trimmed files get defaults from
// `migrateStoredState`); what is present must have the right type. Objects are loose so fields
// added by later releases are carried through. Built per import because "the future" moves.
function timeSchema(now: Date) {
	const latest = now.getTime() + CLOCK_SKEW_MS;
	// zod's ISO check knows month lengths and leap years: 2025-02-29 is refused.
	return z.optional(
		z.iso
			.datetime({ offset: true })
			.check(z.refine((text) => Date.parse(text) <= latest, 'a date in the future')),
	);
}

type Time = ReturnType<typeof timeSchema>;

function progressSchema(time: Time) {
	return z.looseObject({
		schema: z.int().check(z.minimum(1)),
		learnerName: z.optional(z.string()),
		modules: z.record(z.string(), moduleRecordSchema(time)),
	});
}

function moduleRecordSchema(time: Time) {
	return z.looseObject({
		moduleId: z.string().check(z.minLength(1)),
		moduleVersion: z.optional(z.string()),
		startedAt: time,
		updatedAt: time,
		completedAt: time,
		completedScore: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
		completedVersion: z.optional(z.string()),
		bookmark: z.optional(z.string()),
		assessmentRestartedAt: time,
		lessons: idMap(z.looseObject({ firstVisitedAt: time, lastVisitedAt: time, visits: count() })),
		questions: idMap(
			z.looseObject({
				response: z.array(z.string()),
				correct: z.boolean(),
				attempts: count(),
				answeredAt: time,
			}),
		),
		scenarios: idMap(
			z.looseObject({
				path: z.optional(
					z.array(z.looseObject({ nodeId: z.string(), choiceId: z.string(), at: time })),
				),
				vars: z.optional(z.record(z.string(), z.string())),
				currentNodeId: z.optional(z.string()),
				ending: z.optional(
					z.looseObject({
						id: z.string(),
						outcome: z.enum(['positive', 'mixed', 'negative']),
						score: z.number(),
						at: time,
					}),
				),
				bestScore: z.optional(z.number()),
				runs: count(),
			}),
		),
		reviews: idMap(
			z.looseObject({
				ratings: z.optional(z.record(z.string(), z.enum(['red', 'amber', 'green']))),
				actions: z.optional(z.record(z.string(), z.string())),
				updatedAt: time,
			}),
		),
		reflections: idMap(z.looseObject({ text: z.string(), updatedAt: time })),
		checks: idMap(
			z.looseObject({
				answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
				updatedAt: time,
			}),
		),
		checkIns: z.optional(
			z.looseObject({
				start: z.optional(checkInSchema(time)),
				end: z.optional(checkInSchema(time)),
			}),
		),
		feedback: z.optional(
			z.looseObject({
				ratings: z.optional(z.record(z.string(), scalePoint())),
				change: z.optional(z.string().check(z.maxLength(FEEDBACK_TEXT_LIMIT))),
				at: time,
			}),
		),
	});
}

function checkInSchema(time: Time) {
	return z.looseObject({
		confidence: z.optional(z.record(z.string(), scalePoint())),
		statements: z.optional(z.record(z.string(), scalePoint())),
		rightsGuess: z.optional(z.int().check(z.minimum(0), z.maximum(RIGHTS_IN_THE_ACT))),
		rightsNamed: z.optional(z.array(z.enum(HRA_RIGHT_IDS)).check(z.maxLength(RIGHTS_IN_THE_ACT))),
		at: time,
	});
}

/**
 * Reads an exported progress file. Never throws: every problem comes back as a plain-English
 * `message` for the learner, and nothing is changed until the caller uses `state`.
 */
export function parseProgressImport(text: string, now: Date = new Date()): ProgressImportResult {
	const limitProblem = textLimitProblem(text);
	if (limitProblem) return fail(limitProblem);
	let file: unknown;
	try {
		file = JSON.parse(text);
	} catch {
		return fail(
			'This file is not a progress file from this course. Choose the .json file you downloaded from the My progress page.',
		);
	}
	if (!isObject(file) || file['app'] !== EXPORT_APP) {
		return fail(
			'This file is not a progress file from this course. Choose the .json file you downloaded from the My progress page.',
		);
	}
	const format = file['format'];
	if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) {
		return fail(
			'This progress file is damaged: it does not say which version of the course made it.',
		);
	}
	const progress = file['progress'];
	if (format > EXPORT_FORMAT || (isObject(progress) && tooNew(progress['schema']))) {
		return fail(
			'This progress file was made by a newer version of the course. Reload the page to get the latest version, then try again.',
		);
	}
	const time = timeSchema(now);
	const parsed = z.object({ exportedAt: time, progress: progressSchema(time) }).safeParse(file);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		// The learner knows the file's progress as a whole; the envelope's key adds nothing.
		const path = issue?.path[0] === 'progress' ? issue.path.slice(1) : (issue?.path ?? []);
		const where = path.join(' › ');
		const what =
			issue?.code === 'custom'
				? `${issue.message}, `
				: issue?.code === 'invalid_format' && issue.format === 'datetime'
					? 'not a real date and time, '
					: '';
		return fail(
			`This progress file is damaged and cannot be loaded${where ? ` (${what}problem at: ${where})` : ''}.`,
		);
	}
	return { ok: true, state: markCompletionsImported(migrateStoredState(parsed.data.progress)) };
}

function markCompletionsImported(state: ProgressState): ProgressState {
	const modules = Object.fromEntries(
		Object.entries(state.modules).map(([id, module]) => [
			id,
			module.completedAt === undefined ? module : { ...module, completionImported: true as const },
		]),
	);
	return { ...state, modules };
}

function tooNew(schema: unknown): boolean {
	return typeof schema === 'number' && schema > PROGRESS_SCHEMA;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(message: string): ProgressImportResult {
	return { ok: false, message };
}
