/**
 * Turns the MDX parser's error into one problem at the root cause. The parser reports a tag left
 * open without a line, and a misspelt opening tag at its (correct) closing tag; an author needs
 * the line of the tag to fix and, for a misspelling, the name it should have.
 */
import {
	CHILD_COMPONENTS,
	LESSON_COMPONENTS,
	SCENARIO_ONLY,
} from '../course/extract/components.ts';
import type { Problem } from '../problems/problem.ts';
import { closestMatch } from '../problems/suggest.ts';

const COMPONENTS = [
	...Object.keys(LESSON_COMPONENTS),
	...Object.keys(CHILD_COMPONENTS),
	...SCENARIO_ONLY,
];
/** Lower-case names are HTML tags, which MDX allows. */
const isKnown = (name: string) => !/^[A-Z]/.test(name) || COMPONENTS.includes(name);

const GENERAL_HINT =
	'Check the tags near this line: every `<Name …>` needs a matching `</Name>` or must end with `/>`, attribute values need both quotes, and a `{` or `<` in ordinary text must be written as `\\{` or `&lt;`.';

/** `(3:1-3:20)` at the end of a parser message: where the opening tag is. */
const OPENING_PLACE = / \((\d+):(\d+)(?:-\d+:\d+)?\)$/;
const UNCLOSED = /^Expected a closing tag for `<([^>\s]*)>`/;
const MISMATCH =
	/^Unexpected closing tag `<\/([^>\s]*)>`, expected corresponding closing tag for `<([^>\s]*)>`/;

interface ParserError {
	reason?: unknown;
	message?: unknown;
	line?: unknown;
	column?: unknown;
}

export function mdxSyntaxProblem(file: string, error: unknown): Problem {
	const place = (error ?? {}) as ParserError;
	const reason = typeof place.reason === 'string' ? place.reason : String(place.message);
	const where = OPENING_PLACE.exec(reason);
	const text = reason.replace(OPENING_PLACE, '');
	const opening = where ? { line: Number(where[1]), column: Number(where[2]) } : {};
	const closing = {
		...(typeof place.line === 'number' ? { line: place.line } : {}),
		...(typeof place.column === 'number' ? { column: place.column } : {}),
	};

	const unclosed = UNCLOSED.exec(text);
	if (unclosed) {
		const name = unclosed[1]!;
		return {
			file,
			...opening,
			field: `<${name}>`,
			message: `\`<${name}>\` is never closed, so the rest of the file cannot be read.`,
			hint: `Add \`</${name}>\` where its content ends, or end the tag with \`/>\` if it has none.`,
		};
	}

	const mismatch = MISMATCH.exec(text);
	if (mismatch) {
		const [, closeName = '', openName = ''] = mismatch;
		const closingLine = typeof place.line === 'number' ? ` on line ${place.line}` : '';
		if (!isKnown(openName)) {
			const meant = closestMatch(openName, COMPONENTS);
			return {
				file,
				...opening,
				field: `<${openName}>`,
				message: `\`<${openName}>\` is not a component, so its closing tag \`</${closeName}>\`${closingLine} does not match it.`,
				hint: meant
					? `Did you mean \`<${meant}>\`?`
					: 'Use the same name in both tags. See docs/authoring.md › Components.',
			};
		}
		const openingLine = where ? ` on line ${where[1]}` : '';
		if (!isKnown(closeName)) {
			return {
				file,
				...closing,
				field: `</${closeName}>`,
				message: `\`</${closeName}>\` does not close \`<${openName}>\`${openingLine}.`,
				hint: `Did you mean \`</${openName}>\`?`,
			};
		}
		return {
			file,
			...closing,
			field: `</${closeName}>`,
			message: `\`</${closeName}>\` comes while \`<${openName}>\`${openingLine} is still open.`,
			hint: `Close \`<${openName}>\` with \`</${openName}>\` first: tags close in the reverse order they open.`,
		};
	}

	return {
		file,
		...closing,
		field: 'MDX',
		message: `The MDX cannot be read here: ${text}.`,
		hint: GENERAL_HINT,
	};
}
