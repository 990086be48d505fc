import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `scorm-build/cli.ts` writes to `dist/scorm/report.json`. */
export interface PackagingReport {
	packages: Array<{ file: string; bytes: number; modules: string[] }>;
	suspend: Array<{ id: string; worstCase: number }>;
	course: { layout: string; worstCase: number };
}

export function readPackagingReport(dist: string): PackagingReport {
	return JSON.parse(readFileSync(join(dist, 'scorm', 'report.json'), 'utf8')) as PackagingReport;
}

/** The packages of one module each: the figures held to the 250 KB budget. */
export function modulePackages(report: PackagingReport): PackagingReport['packages'] {
	return report.packages.filter((pkg) => pkg.modules.length === 1);
}
