/**
 * Size budgets for the packages a trust uploads to its LMS. A package over budget still works,
 * so the build warns with the figure rather than failing: an author who adds a lesson learns
 * straight away that a module has grown past what loads quickly on a ward PC (README ›
 * Performance), instead of finding out from `npm run bench` later.
 */

/** One module's package, in bytes (250 KB). */
export const MODULE_PACKAGE_BUDGET = 250 * 1024;
/** The whole-course package, in bytes (1 MB). */
export const COURSE_PACKAGE_BUDGET = 1024 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const budgetLabel = (bytes: number) =>
	bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`;

/** One warning sentence per package over its budget, in the order given. */
export function packageSizeWarnings(
	packages: ReadonlyArray<{ file: string; bytes: number; modules: readonly string[] }>,
	course: { moduleCount: number },
): string[] {
	return packages.flatMap((pkg) => {
		const whole = course.moduleCount > 1 && pkg.modules.length === course.moduleCount;
		const budget = whole ? COURSE_PACKAGE_BUDGET : MODULE_PACKAGE_BUDGET;
		if (pkg.bytes <= budget) return [];
		const over = pkg.bytes - budget;
		return [
			`${pkg.file} is ${kb(pkg.bytes)}, ${kb(over)} over the ${budgetLabel(budget)} budget for ${whole ? 'the whole-course package' : 'a module package'}.`,
		];
	});
}
