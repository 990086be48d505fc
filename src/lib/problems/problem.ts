/**
 * One thing an author must fix, found by the course check before a build. Every check reports
 * problems in this shape so the build can print them all at once, sorted by file and line.
 */
export interface Problem {
	/** Path relative to the project root, with forward slashes, e.g. `modules/intro/01-welcome.mdx`. */
	file: string;
	/** 1-based line of the offending key, attribute or element, when known. */
	line?: number;
	/** 1-based column, when known. */
	column?: number;
	/** The key path or component attribute at fault, e.g. `passMark` or `<Question id="q-1"> type`. */
	field: string;
	/** What is wrong, in a full sentence written for the author. */
	message: string;
	/** What to do about it, in a full sentence; may end with "Did you mean `x`?". */
	hint?: string;
	/**
	 * Absent for a problem that stops the build. `warning` for one the build reports and goes on,
	 * such as a law item past its review date.
	 */
	severity?: 'warning';
}

/** True for a problem that is only a warning: the build reports it and goes on. */
export function isWarning(problem: Problem): boolean {
	return problem.severity === 'warning';
}

/** Sorts problems by file, then line, then column; problems without a line come first in a file. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			(a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
			(a.line ?? 0) - (b.line ?? 0) ||
			(a.column ?? 0) - (b.column ?? 0),
	);
}

/** `file:line:column`, leaving out the parts that are unknown. */
export function formatLocation(problem: Pick<Problem, 'file' | 'line' | 'column'>): string {
	let location = problem.file;
	if (problem.line !== undefined) {
		location += `:${problem.line}`;
		if (problem.column !== undefined) location += `:${problem.column}`;
	}
	return location;
}

/**
 * Prints problems for a terminal: one block per problem (location, field, message, hint), sorted
 * by file and line, then a count and what to do next. Warnings say `Warning:` where errors say
 * `Problem:`, and do not count as problems to fix before the build can run. `then` is the step
 * after fixing: "run the build again" unless given.
 */
export function formatProblems(
	problems: readonly Problem[],
	{ then = 'run the build again' }: { then?: string } = {},
): string {
	if (problems.length === 0) return 'No problems found.';
	const blocks = sortProblems(problems).map((problem) => {
		const lines = [
			formatLocation(problem),
			`  Field:   ${problem.field}`,
			isWarning(problem) ? `  Warning: ${problem.message}` : `  Problem: ${problem.message}`,
		];
		if (problem.hint) lines.push(`  Fix:     ${problem.hint}`);
		return lines.join('\n');
	});
	const warnings = problems.filter(isWarning).length;
	const count = problems.length - warnings;
	const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
	const found = [
		...(count > 0 ? [counted(count, 'problem')] : []),
		...(warnings > 0 ? [counted(warnings, 'warning')] : []),
	].join(' and ');
	const action =
		count === 0
			? 'The build goes on, but deal with the warnings above before the course is published.'
			: count === 1
				? `Fix the problem above, then ${then}.`
				: `Fix the ${count} problems above, then ${then}.`;
	return `${blocks.join('\n\n')}\n\n${found} found in the course.\n${action}`;
}
