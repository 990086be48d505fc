import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ReportingModeSchema } from '../src/schemas/scorm-contract.ts';

/**
 * How each package reports results to the LMS (`ReportingModeSchema`), which SCORM 2004 edition
 * it is, and how the whole course is packaged. Set in `scorm.config.json` at the project root;
 * every field is optional.
 */
export const PackageConfigSchema = z.strictObject({
	/** Reporting for every package unless a module overrides it. */
	reporting: ReportingModeSchema.default('passed-incomplete'),
	/** SCORM 2004 edition to package: 4th (default) or 3rd for older LMSs. */
	edition2004: z.enum(['3rd', '4th']).default('4th'),
	/**
	 * The whole-course package: `single-sco` (default), one SCO in which the learner moves
	 * between modules and which completes when every module is complete; or `sco-per-module`,
	 * one SCO per module, which each LMS rolls up in its own way (see README › LMS administrators).
	 */
	course: z.enum(['single-sco', 'sco-per-module']).default('single-sco'),
	/** Per-module overrides, keyed by module id. */
	modules: z.record(z.string(), z.strictObject({ reporting: ReportingModeSchema })).default({}),
});

export type PackageConfig = z.output<typeof PackageConfigSchema>;

/** Reads `scorm.config.json`, or the defaults when there is none; a bad file stops the build. */
export function readPackageConfig(root: string): PackageConfig {
	const path = join(root, 'scorm.config.json');
	const raw: unknown = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
	const result = PackageConfigSchema.safeParse(raw);
	if (!result.success) {
		const problems = result.error.issues.map(
			(i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`,
		);
		throw new Error(`scorm.config.json is not valid:\n${problems.join('\n')}`);
	}
	return result.data;
}
