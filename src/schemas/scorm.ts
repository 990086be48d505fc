/**
 * The SCORM words and numbers shared by the site build, the SCO runtime (`src/lib/scorm/`) and
 * the packager (`scorm-build/`). No zod here: the SCO runtime imports values from this file and
 * must not pull zod into launch pages. The zod schemas built on these lists are in
 * `scorm-contract.ts`.
 */

/** Package SCORM versions: 1.2, or 2004 3rd or 4th Edition. */
export const SCORM_VERSIONS = ['1.2', '2004-3', '2004-4'] as const;
export type ScormVersion = (typeof SCORM_VERSIONS)[number];

/**
 * How results are reported, as the commercial authoring tools offer it: the first word is what
 * a finished module reports, the second what an unfinished one reports ("failed" once every
 * assessment question is answered and the score is under the pass mark).
 */
export const REPORTING_MODES = [
	'passed-incomplete',
	'passed-failed',
	'completed-incomplete',
	'completed-failed',
] as const;
export type ReportingMode = (typeof REPORTING_MODES)[number];

/** CMIString4096 (SCORM 1.2 RTE 3.4.2): `cmi.suspend_data` holds at most 4,096 characters. */
export const SCORM12_SUSPEND_LIMIT = 4096;
