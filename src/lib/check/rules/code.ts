/**
 * Authors write text, never code. In MDX a `{…}` in prose is a JavaScript expression and a line
 * starting with `import` or `export` is a module statement: the check passed them and the build
 * then failed with a ReferenceError deep in compiled chunks, naming a route rather than the file.
 * Reported here where they are written. `{/* … *\/}` comments are allowed: they render nothing.
 */
import type { Root } from 'mdast';
import type { MdxFlowExpression, MdxjsEsm, MdxTextExpression } from 'mdast-util-mdx';
import { isCommentExpression } from '../../course/mdx.ts';
import type { Course } from '../load.ts';
import type { Problem } from '../../problems/problem.ts';

type Code = MdxFlowExpression | MdxTextExpression | MdxjsEsm;

function codeIn(tree: Root): Code[] {
	const found: Code[] = [];
	const visit = (node: { type: string; children?: unknown[] }) => {
		if (node.type === 'mdxjsEsm') found.push(node as MdxjsEsm);
		else if (
			(node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
			!isCommentExpression(node)
		)
			found.push(node as MdxFlowExpression | MdxTextExpression);
		for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
	};
	visit(tree);
	return found;
}

/** The first line of the code, shortened, as the author wrote it. */
function quoted(code: Code): string {
	const text = code.type === 'mdxjsEsm' ? code.value : `{${code.value}}`;
	const firstLine = text.split('\n')[0]!.trim();
	return firstLine.length > 60 ? `${firstLine.slice(0, 57)}…` : firstLine;
}

function problemFor(file: string, code: Code): Problem {
	const start = code.position?.start;
	const at = { file, ...(start ? { line: start.line, column: start.column } : {}) };
	if (code.type === 'mdxjsEsm') {
		const isImport = /^\s*import\b/.test(code.value);
		return {
			...at,
			field: isImport ? 'import' : 'export',
			message: `\`${quoted(code)}\` is code, and course files hold text only.`,
			hint: isImport
				? 'Remove the line: `<Quiz>`, `<RightCard>` and the other components work in every lesson without an import.'
				: 'Remove the line: the course does not read anything a lesson exports.',
		};
	}
	const inside = code.value.trim();
	return {
		...at,
		field: '{…}',
		message: `\`${quoted(code)}\` is read as code, not text: MDX would run it rather than show it, and stop the build at any name in it.`,
		hint: `To show the braces as text, write \`\\{${inside}\\}\`. For a note to other authors that learners never see, write \`{/* ${inside} */}\`.`,
	};
}

/**
 * Every expression and `import`/`export` in lessons and scenarios, except those already reported
 * in `reported` (expressions inside quizzes, scenario nodes and other rich text are reported when
 * the component is read).
 */
export function checkCode(course: Course, reported: readonly Problem[]): Problem[] {
	const seen = new Set(
		reported
			.filter((problem) => problem.field === '{…}')
			.map((problem) => `${problem.file}:${problem.line}:${problem.column}`),
	);
	const files = [...course.modules.flatMap((module) => module.lessons), ...course.scenarios];
	return files.flatMap(({ file, tree }) =>
		tree
			? codeIn(tree)
					.map((code) => problemFor(file, code))
					.filter((problem) => !seen.has(`${problem.file}:${problem.line}:${problem.column}`))
			: [],
	);
}
