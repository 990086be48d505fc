import { fleschKincaid } from 'flesch-kincaid';
import type { Root, RootContent } from 'mdast';
import { syllable } from 'syllable';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Course } from '../../../src/lib/check/load.ts';
import type { Problem } from '../../../src/lib/problems/problem.ts';
import { htmlToText } from '../../../src/lib/course/html-text.ts';
import { TRACKED_COMPONENTS } from '../../../src/lib/course/extract/index.ts';
import { isJsxElement, toPlainText } from '../../../src/lib/course/mdx.ts';
import { loadWholeCourse, WHOLE_COURSE_BUDGET_MS } from './whole-course.ts';
import { youngPeopleReview } from '../../../src/i18n/en/young-people-review.ts';
import { STANDALONE_REVIEW_ID } from '../../../src/lib/course/toolkit.ts';

// The course as authors wrote it, checked the way the content brief asks (issue 4).
let course: Course;
const problems: Problem[] = [];

beforeAll(async () => {
	course = await loadWholeCourse(problems);
}, WHOLE_COURSE_BUDGET_MS);

const modules = () => course.modules.filter((m) => m.meta);
const questionsOf = (module: Course['modules'][number]) =>
	module.lessons.flatMap((l) => l.data?.quizzes ?? []).flatMap((quiz) => quiz.questions);

describe('the course', () => {
	test('loads without a single author problem', () => {
		expect(problems).toEqual([]);
	});

	test('has the eight modules of the brief’s plan, plus the first look', () => {
		expect(modules().map((m) => m.meta?.id)).toEqual(
			expect.arrayContaining([
				'sixteen-rights',
				'legal-duties',
				'legal-framework',
				'rights-check',
				'restrictive-practice',
				'liberty-family-voice',
				'speaking-up',
				'commissioning',
			]),
		);
	});

	test('has at least 40 knowledge-check questions', () => {
		const total = modules().reduce((sum, m) => sum + questionsOf(m).length, 0);
		expect(total).toBeGreaterThanOrEqual(40);
	});

	test('has at least 10 branching scenarios, each with several endings and no choice without rights', () => {
		const scenarios = course.scenarios.filter((s) => s.data);
		expect(scenarios.length).toBeGreaterThanOrEqual(10);
		for (const scenario of scenarios) {
			const data = scenario.data!;
			expect(data.endings.length, `${data.id} endings`).toBeGreaterThanOrEqual(3);
			expect(scenario.meta?.sources.length, `${data.id} sources`).toBeGreaterThan(0);
			for (const choice of data.nodes.flatMap((n) => n.choices)) {
				expect(choice.rights.length, `${data.id} › ${choice.id} names the rights engaged`).toBeGreaterThan(0);
				expect(htmlToText(choice.feedbackHtml).length, `${data.id} › ${choice.id} feedback`).toBeGreaterThan(20);
			}
		}
	});
});

describe('each module', () => {
	test('ends with an assessment that sets its score', () => {
		for (const module of modules()) {
			const last = module.lessons.at(-1);
			const assessment = last?.data?.quizzes.find((q) => q.assessment);
			expect(assessment, `${module.meta?.id}: the last lesson has an assessment quiz`).toBeDefined();
			expect(module.meta?.passMark, `${module.meta?.id} pass mark`).toBeGreaterThan(0);
		}
	});

	test('addresses every learning outcome with at least one question', () => {
		for (const module of modules()) {
			const covered = new Set(questionsOf(module).map((q) => q.outcome));
			for (const outcome of module.meta?.outcomes ?? []) {
				expect(covered.has(outcome.id), `${module.meta?.id}: outcome ${outcome.id} has a question`).toBe(true);
			}
		}
	});

	test('gives every question feedback both ways and a source', () => {
		for (const module of modules()) {
			for (const question of questionsOf(module)) {
				const where = `${module.meta?.id} › ${question.id}`;
				expect(htmlToText(question.correctHtml), `${where} feedback when right`).not.toBe('');
				expect(htmlToText(question.incorrectHtml), `${where} feedback when wrong`).not.toBe('');
				expect(question.sources.length, `${where} source`).toBeGreaterThan(0);
				expect(question.outcome, `${where} outcome`).toBeDefined();
			}
		}
	});

	test('shows a dated law notice where the brief flags the law as changing (modules 2 and 3)', () => {
		for (const id of ['legal-duties', 'legal-framework']) {
			const module = modules().find((m) => m.meta?.id === id);
			const body = module?.lessons.map((l) => l.tree && JSON.stringify(l.tree)).join('') ?? '';
			expect(body, `${id} has <LawStatus>`).toContain('"LawStatus"');
		}
	});
});

/** Words, sentences and syllables of the prose a learner reads, components' text included. */
function readability(texts: string[]) {
	const text = texts.join(' ');
	const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => /[a-z]/i.test(s));
	const words = text.match(/[a-z]+(?:['’][a-z]+)*/gi) ?? [];
	const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
	return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}

/** The reading grade of a module's pages, law notes included (written in content/law/, read there). */
function moduleGrade(id: string) {
	const module = modules().find((m) => m.meta?.id === id);
	expect(module, `module ${id}`).toBeDefined();
	const texts = module!.lessons.flatMap((lesson) => (lesson.tree ? [toPlainText(lesson.tree.children)] : []));
	const shown = new Set(module!.lessons.flatMap((lesson) => lesson.data?.laws.map((law) => law.id) ?? []));
	texts.push(...course.law.flatMap((entry) => (entry.value && shown.has(entry.value.id) ? [entry.value.says] : [])));
	return readability(texts);
}

/** A reading age of 11 to 14: reading age is roughly the US grade plus 5. */
const YOUNG_PEOPLE_GRADE = 9;

describe('the young people’s module (speaking-up)', () => {
	test('reads at a reading age of 11 to 14 (Flesch-Kincaid grade 9 or below)', () => {
		const grade = moduleGrade('speaking-up');
		expect(grade, `Flesch-Kincaid grade ${grade.toFixed(1)}`).toBeLessThanOrEqual(YOUNG_PEOPLE_GRADE);
	});
});

/** Every text in a strings object; functions are called with sample values, as the page would. */
function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (typeof value === 'function') return [String((value as (...args: unknown[]) => unknown)(3, 'Amber', 5, 12))];
	if (Array.isArray(value)) return value.flatMap(stringsIn);
	if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
	return [];
}

// Issue 11: the young people's Traffic Light form uses plain words, at the module's reading age.
describe(`the young people’s Traffic Light form (${STANDALONE_REVIEW_ID})`, () => {
	const review = () =>
		course.modules
			.flatMap((module) => module.lessons)
			.flatMap((lesson) => lesson.data?.trafficLights ?? [])
			.find((candidate) => candidate.id === STANDALONE_REVIEW_ID);

	test('has every statement in plain words', () => {
		const statements = review()?.statements ?? [];
		expect(statements).toHaveLength(12);
		for (const statement of statements) {
			expect(htmlToText(statement.plainHtml ?? ''), `${statement.id} <Plain>`).not.toBe('');
		}
	});

	test('gives the statements at a reading age of 11 to 14, as the young people’s module', () => {
		const grade = readability((review()?.statements ?? []).map((s) => htmlToText(s.plainHtml ?? '')));
		expect(grade, `Flesch-Kincaid grade ${grade.toFixed(1)}`).toBeLessThanOrEqual(YOUNG_PEOPLE_GRADE);
	});

	test('words its page and form at the same reading age', () => {
		const grade = readability(stringsIn(youngPeopleReview));
		expect(grade, `Flesch-Kincaid grade ${grade.toFixed(1)}`).toBeLessThanOrEqual(YOUNG_PEOPLE_GRADE);
	});
});

describe('the easy read version of the young people’s module (speaking-up-easy-read)', () => {
	test('is the easy read version of speaking-up', () => {
		const module = modules().find((m) => m.meta?.id === 'speaking-up-easy-read');
		expect(module?.meta?.easyReadOf).toBe('speaking-up');
	});

	test('reads at a reading age of 10 or below (Flesch-Kincaid grade 5 or below)', () => {
		const grade = moduleGrade('speaking-up-easy-read');
		expect(grade, `Flesch-Kincaid grade ${grade.toFixed(1)}`).toBeLessThanOrEqual(5);
	});

	test('covers the same learning outcomes as speaking-up, one for one', () => {
		const outcomes = (id: string) => modules().find((m) => m.meta?.id === id)?.meta?.outcomes ?? [];
		expect(outcomes('speaking-up-easy-read')).toHaveLength(outcomes('speaking-up').length);
	});
});

/** Whether the tree has a `<CrisisBox />` anywhere in it. */
function hasCrisisBox(tree: Root | undefined): boolean {
	const walk = (nodes: readonly RootContent[]): boolean =>
		nodes.some(
			(node) =>
				(isJsxElement(node) && node.name === 'CrisisBox') ||
				('children' in node && walk(node.children)),
		);
	return tree !== undefined && walk(tree.children);
}

// Issue 8 §3: a young reader meets the crisis numbers in every module and story written for them.
describe('the crisis box', () => {
	test('is in every module for young people', () => {
		const forYoungPeople = modules().filter((m) => m.meta?.audience.startsWith('young people'));
		expect(forYoungPeople.map((m) => m.meta?.id)).toEqual(
			expect.arrayContaining(['speaking-up', 'speaking-up-easy-read']),
		);
		for (const module of forYoungPeople) {
			expect(
				module.lessons.some((lesson) => hasCrisisBox(lesson.tree)),
				`${module.meta?.id} has <CrisisBox /> in a lesson`,
			).toBe(true);
		}
	});

	test('is in every young people’s scenario (s-yp-*)', () => {
		const scenarios = course.scenarios.filter((s) => s.id?.startsWith('s-yp-'));
		expect(scenarios.length, 'young people’s scenarios').toBeGreaterThanOrEqual(3);
		for (const scenario of scenarios) {
			expect(hasCrisisBox(scenario.tree), `${scenario.id} has <CrisisBox />`).toBe(true);
			expect(scenario.data?.crisisBox, `${scenario.id} shows the box`).toBeDefined();
		}
	});

	test('lists the lines a young inpatient in England may need, each with the date it was checked', () => {
		const lines = course.supportLines;
		expect(lines.map((line) => line.id)).toEqual(
			expect.arrayContaining(['childline', 'samaritans', 'shout', 'nhs-111-mental-health', 'emergency-999']),
		);
		for (const line of lines) {
			expect(line.value?.checked, `${line.id ?? 'a support line'} has a checked date`).toMatch(
				/^\d{4}-\d{2}-\d{2}$/,
			);
			expect(line.value?.source, `${line.id ?? 'a support line'} names the page it was checked on`).toBeTruthy();
		}
	});
});

/** The `<LegalRef>` citations in a lesson's own text (tracked components show theirs inline). */
function proseCitations(tree: Root | undefined): Array<{ source: string; listed: boolean }> {
	const found: Array<{ source: string; listed: boolean }> = [];
	const walk = (nodes: readonly RootContent[]) => {
		for (const node of nodes) {
			if (isJsxElement(node)) {
				if ((TRACKED_COMPONENTS as readonly string[]).includes(node.name ?? '')) continue;
				if (node.name === 'LegalRef') {
					const attribute = (name: string) =>
						node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
					const source = attribute('source')?.value;
					found.push({ source: typeof source === 'string' ? source : '', listed: attribute('listed') !== undefined });
					continue;
				}
			}
			if ('children' in node) walk(node.children);
		}
	};
	if (tree) walk(tree.children);
	return found;
}

// Issue 8 §4: where a source follows almost every sentence, key claims keep their citation in the
// text and the rest are listed under "Sources for this page".
describe('citations in lesson text', () => {
	const lessons = () => modules().flatMap((module) => module.lessons.map((lesson) => ({ module, lesson })));

	test('a page that cites twelve times or more shows each case or guidance in full only once', () => {
		const kinds = new Map(course.sources.flatMap((s) => (s.value ? [[s.value.id, s.value.kind] as const] : [])));
		for (const { lesson } of lessons()) {
			const citations = proseCitations(lesson.tree);
			if (citations.length < 12) continue;
			const inline = citations.filter((c) => !c.listed && kinds.get(c.source) !== 'legislation');
			const repeated = inline.filter((c, i) => inline.findIndex((d) => d.source === c.source) !== i);
			expect(repeated.map((c) => c.source), `${lesson.file}: cited in full again; add \`listed\``).toEqual([]);
		}
	});

	test('pages written for young people list their sources at the end rather than in the text', () => {
		for (const { module, lesson } of lessons()) {
			if (!module.meta?.audience.startsWith('young people')) continue;
			const inline = proseCitations(lesson.tree).filter((c) => !c.listed);
			expect(inline.map((c) => c.source), `${lesson.file}: add \`listed\``).toEqual([]);
		}
	});
});
