import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RootContent } from 'mdast';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Course } from '../../../src/lib/check/load.ts';
import { dayOf, isOverdue } from '../../../src/lib/course/law.ts';
import { isJsxElement, toPlainText, type JsxElement } from '../../../src/lib/course/mdx.ts';
import { loadWholeCourse, WHOLE_COURSE_BUDGET_MS } from './whole-course.ts';

// The law in one place (issue 8): every dated statement of changing law is an item in
// content/law/, shown in lessons by id, and checked again by its review date.
const root = join(import.meta.dirname, '../../..');
const lawDir = join(root, 'content/law');
let course: Course;

beforeAll(async () => {
	course = await loadWholeCourse();
}, WHOLE_COURSE_BUDGET_MS);

const items = () => course.law.flatMap((entry) => (entry.value ? [entry.value] : []));

/** Every component called `name` in a tree, however deeply nested. */
function elementsNamed(nodes: readonly RootContent[], name: string): JsxElement[] {
	return nodes.flatMap((node) => [
		...(isJsxElement(node) && node.name === name ? [node] : []),
		...('children' in node ? elementsNamed(node.children as RootContent[], name) : []),
	]);
}

/**
 * Words that mark a statement of changing law: commencement ("not yet in force", "has not
 * started"), a Bill, or a date the law is stated "as at". A callout or key point saying one of
 * these is a free-text law notice that belongs in content/law/.
 */
const DATED_LAW =
	/\b(?:(?:not (?:yet )?)?(?:in force|into force)|has not (?:yet )?started|[A-Z][a-z]+ Bill\b|[Aa]s at (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})/;

describe('law notices in lessons', () => {
	test('name an item of content/law/ by id and hold no text of their own', () => {
		const notices = course.modules.flatMap((module) =>
			module.lessons.flatMap((lesson) =>
				elementsNamed(lesson.tree?.children ?? [], 'LawStatus').map((node) => ({
					where: `${lesson.file}:${node.position?.start.line}`,
					law: node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'law')
						?.value,
					text: toPlainText(node.children).trim(),
				})),
			),
		);
		expect(notices.length).toBeGreaterThan(0);
		const ids = new Set(items().map((item) => item.id));
		for (const notice of notices) {
			expect(typeof notice.law === 'string' && ids.has(notice.law), `${notice.where} names an item`).toBe(true);
			expect(notice.text, `${notice.where} has no text of its own`).toBe('');
		}
	});

	test('are the only dated law notices: no callout, key point or scenario states changing law', () => {
		const found = [
			...course.modules.flatMap((module) =>
				module.lessons.flatMap((lesson) =>
					['Callout', 'KeyPoint'].flatMap((name) =>
						elementsNamed(lesson.tree?.children ?? [], name).map((node) => ({
							where: `${lesson.file}:${node.position?.start.line} <${name}>`,
							text: toPlainText(node.children),
						})),
					),
				),
			),
			...course.scenarios.map((scenario) => ({
				where: scenario.file,
				text: toPlainText(scenario.tree?.children ?? []),
			})),
		];
		expect(found.length).toBeGreaterThan(0);
		const dated = found.filter(({ text }) => DATED_LAW.test(text)).map(({ where, text }) => `${where}: ${DATED_LAW.exec(text)?.[0]}`);
		expect(dated, 'move these statements into content/law/ and show them with <LawStatus law>').toEqual([]);
	});

	test('show a law note in the modules where the brief flags the law as changing', () => {
		for (const id of ['legal-duties', 'legal-framework', 'liberty-family-voice', 'commissioning']) {
			const module = course.modules.find((m) => m.meta?.id === id);
			const laws = module?.lessons.flatMap((lesson) => lesson.data?.laws ?? []) ?? [];
			expect(laws.length, `${id} shows a law note`).toBeGreaterThan(0);
		}
	});
});

describe('content/law', () => {
	test('has one item per file, named by its id', () => {
		const files = readdirSync(lawDir).filter((name) => name.endsWith('.yaml'));
		expect(files.length).toBeGreaterThan(0);
		expect(course.law.map((entry) => `${entry.id}.yaml`).toSorted()).toEqual(files.toSorted());
		expect(items()).toHaveLength(files.length);
	});

	test('uses every item on at least one lesson', () => {
		const used = new Set(
			course.modules.flatMap((module) =>
				module.lessons.flatMap((lesson) => lesson.data?.laws.map((law) => law.id) ?? []),
			),
		);
		expect(items().filter((item) => !used.has(item.id)).map((item) => item.id)).toEqual([]);
	});

	// This test reads the clock on purpose: CI fails once a statement of the law is due to be
	// checked again, until a trainer checks it and sets a new `reviewBy` (README › Authoring).
	test('has no item past its review date today', () => {
		const today = dayOf(new Date());
		const overdue = items()
			.filter((item) => isOverdue(item.reviewBy, today))
			.map((item) => `${item.id} (check again by ${item.reviewBy})`);
		expect(overdue, `law items due for review on ${today}`).toEqual([]);
	});

	test('was checked before it is next due, and links nowhere (pages make no outside requests)', () => {
		for (const item of items()) {
			expect(item.asAt.slice(0, 7) <= item.reviewBy.slice(0, 7), `${item.id} asAt before reviewBy`).toBe(true);
			expect(readFileSync(join(lawDir, `${item.id}.yaml`), 'utf8'), item.id).not.toMatch(/https?:\/\//);
		}
	});
});
