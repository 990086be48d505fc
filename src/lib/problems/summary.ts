/**
 * The course check's result as the dev server shows it on every page (`npm run dev`): a title,
 * what to do next, and one item per problem with its place, field, message and fix. Plain data,
 * so it can travel from the server to the page as JSON.
 */
import { formatLocation, isWarning, sortProblems, type Problem } from './problem.ts';

interface SummaryItem {
	/** `file:line:column`, leaving out what is unknown. */
	location: string;
	field: string;
	message: string;
	hint?: string;
	/** True for a warning, which does not stop the build. */
	warning: boolean;
}

export interface ProblemSummary {
	/** "The course check found 2 problems and 1 warning." */
	title: string;
	/** What to do next, in one sentence. */
	action: string;
	/** Every problem, sorted by file and line. */
	items: SummaryItem[];
}

const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** What the page shows for these problems; `null` when there are none. */
export function summariseProblems(problems: readonly Problem[]): ProblemSummary | null {
	if (problems.length === 0) return null;
	const warnings = problems.filter(isWarning).length;
	const errors = problems.length - warnings;
	const found = [
		...(errors > 0 ? [counted(errors, 'problem')] : []),
		...(warnings > 0 ? [counted(warnings, 'warning')] : []),
	].join(' and ');
	return {
		title: `The course check found ${found}.`,
		action:
			errors === 0
				? 'The build goes on, but deal with the warnings before the course is published.'
				: 'Fix them and save: this message goes away when the check passes.',
		items: sortProblems(problems).map((problem) => ({
			location: formatLocation(problem),
			field: problem.field,
			message: problem.message,
			...(problem.hint ? { hint: problem.hint } : {}),
			warning: isWarning(problem),
		})),
	};
}

/** One run of text, either plain or a `code` span from between backticks. */
export interface TextSegment {
	text: string;
	code: boolean;
}

/**
 * Splits a message at its backticks, so ids and fields can be shown as code: "`a` is b" gives
 * a code segment `a` and a plain segment " is b". An unpaired backtick is kept as text.
 */
export function codeSegments(text: string): TextSegment[] {
	const segments: TextSegment[] = [];
	const pattern = /`([^`]+)`/g;
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		if (match.index > last) segments.push({ text: text.slice(last, match.index), code: false });
		segments.push({ text: match[1]!, code: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) segments.push({ text: text.slice(last), code: false });
	return segments;
}
