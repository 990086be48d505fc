/**
 * Import of a progress file written by `export-file.ts`. Kept apart because validation pulls zod
 * into the bundle: load this module only where import happens (dynamic `import()` on the My
 * progress page).
 *
 * File shape: `{ app: 'rights-in-practice', format: 1, exportedAt, progress }`, where `progress`
 * is a `StoredProgress` (see `migrate.ts`). `format` versions the envelope; `progress.schema`
 * versions the data inside.
 */
import { z } from 'zod';
import { EXPORT_APP, EXPORT_FORMAT } from './export-file.ts';
import { migrateStoredState, PROGRESS_SCHEMA } from './migrate.ts';
import type { ProgressState } from '../../schemas/progress.ts';

export type ProgressImportResult =
	{ ok: true; state: ProgressState } | { ok: false; message: string };

// Maps other than `modules` may be missing (older or hand-trimmed files get defaults from
// `migrateStoredState`); what is present must have the right type. Objects are loose so fields
// added by later releases are carried through.
const time = z.string();
const idMap = <T extends z.ZodType>(value: T) => z.record(z.string(), value).optional();

const ModuleRecordSchema = z.looseObject({
	moduleId: z.string().min(1),
	moduleVersion: z.string().optional(),
	startedAt: time.optional(),
	updatedAt: time.optional(),
	completedAt: time.optional(),
	completedScore: z.number().min(0).max(100).optional(),
	completedVersion: z.string().optional(),
	bookmark: z.string().optional(),
	assessmentRestartedAt: time.optional(),
	lessons: idMap(
		z.looseObject({
			firstVisitedAt: time.optional(),
			lastVisitedAt: time.optional(),
			visits: z.number().int().min(0).optional(),
		}),
	),
	questions: idMap(
		z.looseObject({
			response: z.array(z.string()),
			correct: z.boolean(),
			attempts: z.number().int().min(0).optional(),
			answeredAt: time.optional(),
		}),
	),
	scenarios: idMap(
		z.looseObject({
			path: z
				.array(z.looseObject({ nodeId: z.string(), choiceId: z.string(), at: time.optional() }))
				.optional(),
			vars: z.record(z.string(), z.string()).optional(),
			currentNodeId: z.string().optional(),
			ending: z
				.looseObject({
					id: z.string(),
					outcome: z.enum(['positive', 'mixed', 'negative']),
					score: z.number(),
					at: time.optional(),
				})
				.optional(),
			bestScore: z.number().optional(),
			runs: z.number().int().min(0).optional(),
		}),
	),
	reviews: idMap(
		z.looseObject({
			ratings: z.record(z.string(), z.enum(['red', 'amber', 'green'])).optional(),
			actions: z.record(z.string(), z.string()).optional(),
			updatedAt: time.optional(),
		}),
	),
	reflections: idMap(z.looseObject({ text: z.string(), updatedAt: time.optional() })),
	checks: idMap(
		z.looseObject({
			answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
			updatedAt: time.optional(),
		}),
	),
});

const ProgressSchema = z.looseObject({
	schema: z.number().int().min(1),
	learnerName: z.string().optional(),
	modules: z.record(z.string(), ModuleRecordSchema),
});

/**
 * Reads an exported progress file. Never throws: every problem comes back as a plain-English
 * `message` for the learner, and nothing is changed until the caller uses `state`.
 */
export function parseProgressImport(text: string): ProgressImportResult {
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
	const parsed = ProgressSchema.safeParse(progress);
	if (!parsed.success) {
		const where = parsed.error.issues[0]?.path.join(' › ');
		return fail(
			`This progress file is damaged and cannot be loaded${where ? ` (problem at: ${where})` : ''}.`,
		);
	}
	return { ok: true, state: migrateStoredState(parsed.data) };
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
