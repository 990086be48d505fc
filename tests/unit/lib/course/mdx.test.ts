import type { RootContent } from 'mdast';
import { describe, expect, test } from 'vitest';
import { childrenToHtml, parseMdx } from '../../../../src/lib/course/mdx.ts';

const options = { glossaryHref: '/glossary/', file: 'lesson.mdx' };

/** Children of the first element in `source`. */
function inner(source: string): RootContent[] {
	let first = parseMdx(source).children[0];
	if (first?.type === 'paragraph') first = first.children[0];
	return first && 'children' in first ? first.children : [];
}

describe('parseMdx', () => {
	test('keeps frontmatter, GFM and positions', () => {
		const tree = parseMdx(
			'---\nid: a\n---\n\n| a |\n| - |\n| b |\n\n~~old~~ <Term id="x">t</Term>\n',
		);
		expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'table', 'paragraph']);
		expect(tree.children[2]?.position?.start).toMatchObject({ line: 9, column: 1 });
	});
});

describe('childrenToHtml', () => {
	test('renders Markdown, lists and links', () => {
		const { html, problems } = childrenToHtml(
			inner(
				'<Feedback>\n  Read *this*, then [the Act](https://example.org).\n\n  - one\n  - two\n</Feedback>',
			),
			options,
		);
		expect(problems).toEqual([]);
		expect(html).toMatchInlineSnapshot(`
			"<p>Read <em>this</em>, then <a href="https://example.org">the Act</a>.</p>
			<ul>
			<li>one</li>
			<li>two</li>
			</ul>"
		`);
	});

	test('turns a Term into a glossary link and a LegalRef into a citation', () => {
		const { html, problems } = childrenToHtml(
			inner(
				'<Feedback>See <Term id="blanket-restriction">blanket rules</Term> <LegalRef source="hra-1998" pin="s.6(1)" /></Feedback>',
			),
			{ ...options, sourceLabels: { 'hra-1998': 'Human Rights Act 1998' } },
		);
		expect(problems).toEqual([]);
		expect(html).toMatchInlineSnapshot(
			`"<p>See <a class="app-term" href="/glossary/#blanket-restriction">blanket rules</a> <cite class="app-legal-ref" data-source="hra-1998" data-pin="s.6(1)">Human Rights Act 1998, s.6(1)</cite></p>"`,
		);
	});

	test('drops the paragraph around a single line in inline mode', () => {
		const nodes = inner('<Option>\n  Sixteen **rights**\n</Option>');
		expect(childrenToHtml(nodes, { ...options, mode: 'inline' }).html).toBe(
			'Sixteen <strong>rights</strong>',
		);
		expect(childrenToHtml(nodes, options).html).toBe('<p>Sixteen <strong>rights</strong></p>');
	});

	test('reports an unknown component instead of throwing', () => {
		const { html, problems } = childrenToHtml(
			inner(
				'<Feedback>\n  Before\n\n  <Callout type="info">Inside</Callout>\n\n  <Trem id="x">typo</Trem>\n</Feedback>',
			),
			{ ...options, where: '`<Feedback>`' },
		);
		expect(html).toBe('<p>Before</p>');
		expect(problems).toMatchInlineSnapshot(`
			[
			  {
			    "column": 3,
			    "field": "<Callout>",
			    "file": "lesson.mdx",
			    "hint": "Inside quizzes, scenarios, reviews, reflections and rights checks, write Markdown, \`<Term>\` or \`<LegalRef>\` only. Move the component outside, or write its content as plain text.",
			    "line": 4,
			    "message": "\`<Callout>\` cannot be used inside \`<Feedback>\`.",
			  },
			  {
			    "column": 3,
			    "field": "<Trem>",
			    "file": "lesson.mdx",
			    "hint": "Did you mean \`<Term>\`?",
			    "line": 6,
			    "message": "\`<Trem>\` cannot be used inside \`<Feedback>\`.",
			  },
			]
		`);
	});

	test('ignores MDX comments and reports other expressions', () => {
		const { html, problems } = childrenToHtml(
			inner('<Feedback>\n  Kept {/* a note */} and {1 + 1}\n</Feedback>'),
			options,
		);
		expect(html).toBe('<p>Kept  and </p>');
		expect(problems.map((problem) => problem.message)).toEqual([
			'The expression `{1 + 1}` cannot be used inside this text.',
		]);
	});
});
