/**
 * What the site build hands to the SCORM packager and to the SCO runtime, and what the packager
 * hands back to the launch pages. Both sides of each hand-over use these schemas or their types:
 *
 * - `ScormModuleInfo`: serialised into each launch page (`#rip-sco-info`) for the SCO runtime.
 * - `dist-scorm/scorm-modules.json`: written by `src/pages/[file].json.ts` in the SCORM build
 *   variant, read by `scorm-build/cli.ts` (through `scorm-build/modules-file.ts`, which turns a
 *   missing or outdated file into one sentence saying what to run).
 * - `#rip-scorm-config` in each launch page: written by `scorm-build/cli.ts` while packaging, read
 *   by `src/entry/launch.ts`.
 *
 * Browser code imports types only from here, so zod stays out of launch pages.
 */
import { z } from 'zod';
import { ScormModuleSummarySchema } from './module-summary.ts';
import { QuestionTypeSchema } from './quiz.ts';
import { REPORTING_MODES, SCORM_VERSIONS } from './scorm.ts';

export const ScormVersionSchema = z.enum(SCORM_VERSIONS);
export const ReportingModeSchema = z.enum(REPORTING_MODES);

/**
 * What the SCO runtime knows about its module, built at build time and serialised into the
 * launch page: the module summary plus the ids, answer keys and short descriptions the LMS data
 * model needs (interactions) and the suspend-data codec decodes against (ids by hash).
 */
export const ScormModuleInfoSchema = z.object({
	summary: ScormModuleSummarySchema,
	questions: z.array(
		z.object({
			id: z.string(),
			type: QuestionTypeSchema,
			/** In authored order; SCORM 1.2 responses are letters by this order. */
			optionIds: z.array(z.string()),
			correctOptionIds: z.array(z.string()),
			/** Plain text, shown by LMS reports as the 2004 interaction description. */
			description: z.string(),
		}),
	),
	scenarios: z.array(
		z.object({
			id: z.string(),
			title: z.string(),
			/** Every choice of every node, nodes and choices in authored order. */
			choices: z.array(
				z.object({
					id: z.string(),
					nodeId: z.string(),
					best: z.boolean(),
					description: z.string(),
				}),
			),
			/** Every node, with or without choices (goto-only nodes too), in authored order. */
			nodeIds: z.array(z.string()),
			/** Every ending, in authored order. */
			endingIds: z.array(z.string()),
			/** Most choices one run can take; `MAX_SCENARIO_PATH` when the scenario can loop. */
			maxPathLength: z.number().int().min(0),
		}),
	),
	/** Traffic Light self-assessments, with their statement ids. */
	reviews: z.array(z.object({ id: z.string(), statementIds: z.array(z.string()) })),
});

export type ScormModuleInfo = z.output<typeof ScormModuleInfoSchema>;

/** Name of the module list in the SCORM build variant's output folder; never packaged. */
export const SCORM_MODULES_FILE = 'scorm-modules.json';

/** One module as the packager needs it: manifest metadata and the SCO runtime's module info. */
export const ScormModuleEntrySchema = z.object({
	id: z.string(),
	title: z.string(),
	/** The module's one- or two-sentence summary: the manifest description. */
	summary: z.string(),
	/** Content version: in package file names and manifests. */
	version: z.string(),
	passMark: z.number(),
	estimatedMinutes: z.number(),
	/** Also what the worst-case suspend_data check and `npm run scorm:inspect` read. */
	info: ScormModuleInfoSchema,
});

/** `scorm-modules.json`: every module of the course, in course order. */
export const ScormModulesFileSchema = z.array(ScormModuleEntrySchema);

export type ScormModuleEntry = z.output<typeof ScormModuleEntrySchema>;

/** A package's settings, which the packager writes into each of its launch pages. */
export const ScormLaunchConfigSchema = z.object({
	version: ScormVersionSchema,
	reporting: ReportingModeSchema,
});

export type ScormLaunchConfig = z.output<typeof ScormLaunchConfigSchema>;
