import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { remarkCourse } from '../../../src/integrations/remark-course.ts';

async function transform(
	source: string,
	path = '/site/modules/intro/01-welcome.mdx',
): Promise<Root> {
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkCourse, { glossaryHref: '/glossary/' });
	const file = { path, value: source };
	return processor.run(processor.parse(file), file);
}

function dataOf(node: unknown): unknown {
	const element = node as MdxJsxFlowElement;
	const attribute = element.attributes[0];
	return attribute?.type === 'mdxJsxAttribute' && typeof attribute.value === 'string'
		? JSON.parse(attribute.value)
		: undefined;
}

describe('remarkCourse', () => {
	test('replaces a Reflection with its data as JSON and no children', async () => {
		const tree = await transform(
			'Intro.\n\n<Reflection id="r-rules">\n  What is the rule *for*?\n</Reflection>\n',
		);
		const element = tree.children[1] as MdxJsxFlowElement;
		expect(element).toMatchObject({ type: 'mdxJsxFlowElement', name: 'Reflection', children: [] });
		expect(element.attributes).toHaveLength(1);
		expect(dataOf(element)).toEqual({
			id: 'r-rules',
			promptHtml: '<p>What is the rule <em>for</em>?</p>',
		});
	});

	test('lifts a component written inside a paragraph to a flow element', async () => {
		const tree = await transform('<Reflection id="r-one">Why?</Reflection>\n');
		expect(tree.children[0]).toMatchObject({ type: 'mdxJsxFlowElement', name: 'Reflection' });
		expect(dataOf(tree.children[0])).toEqual({ id: 'r-one', promptHtml: '<p>Why?</p>' });
	});

	test('replaces a Quiz with data the island can use', async () => {
		const tree = await transform(
			'<Quiz id="quiz-a" attempts={2}>\n  <Question id="q-a" type="true-false" answer="true">\n    Article 3 is absolute.\n    <Feedback>It allows no exceptions.</Feedback>\n  </Question>\n</Quiz>\n',
		);
		expect(dataOf(tree.children[0])).toMatchObject({
			id: 'quiz-a',
			attempts: 2,
			assessment: false,
			questions: [
				{
					id: 'q-a',
					options: [
						{ id: 'true', correct: true },
						{ id: 'false', correct: false },
					],
				},
			],
		});
	});

	test('fails the file with the position of a broken component', async () => {
		await expect(
			transform(
				'\n<Quiz id="quiz-b">\n  <Question id="q-b" type="singel">\n    Q?\n  </Question>\n</Quiz>\n',
			),
		).rejects.toMatchObject({
			line: 2,
			column: 1,
			reason: expect.stringContaining(
				'`type="singel"` on `<Question id="q-b">` is not one of the choices.',
			) as unknown,
		});
	});

	test('leaves scenario files alone', async () => {
		const source = '<Node id="n-a">\n  <Reflection id="r-x">Text</Reflection>\n</Node>\n';
		const tree = await transform(source, '/site/content/scenarios/s-a.mdx');
		const node = tree.children[0] as MdxJsxFlowElement;
		expect(node.children[0]).toMatchObject({
			type: 'paragraph',
			children: [{ name: 'Reflection', attributes: [{ name: 'id' }] }],
		});
	});
});
