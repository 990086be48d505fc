import { getCollection, type CollectionEntry } from 'astro:content';
import { extractLesson, type LessonData } from '../lib/course/extract/index.ts';
import { lawNoteHomes, pagesUsingLaw, type LawNoteHome, type LawPage } from '../lib/course/law.ts';
import { parseMdx } from '../lib/course/mdx.ts';
import type { ModuleEvaluation, ModuleSummary } from '../schemas/module-summary.ts';
import type { TrafficLightData } from '../schemas/review.ts';
import { BUILD_TARGET } from '../lib/site/target.ts';
import { routes } from '../lib/site/url.ts';
import { extractOptions } from './extract-options.ts';

interface CourseLesson {
	entry: CollectionEntry<'lessons'>;
	/** 1-based position in the module. */
	position: number;
	href: string;
	/** The tracked components written in the lesson, read from its MDX once per build. */
	components: LessonData;
}

export interface CourseModuleEntry {
	entry: CollectionEntry<'modules'>;
	lessons: CourseLesson[];
	summary: ModuleSummary;
	/** What the module asks at its start and end, and the outcomes it rates (issue 13). */
	evaluation: ModuleEvaluation;
}

// Lessons belong to the module whose `module.yaml` sits in the same folder; their order is the
// file-name order (01-, 02-…), which is display order only: progress is keyed by lesson `id`.
const folderOf = (filePath: string | undefined) => filePath?.split('/').slice(-2, -1)[0] ?? '';
const fileNameOf = (filePath: string | undefined) => filePath?.split('/').at(-1) ?? '';

async function assembleCourse(): Promise<CourseModuleEntry[]> {
	const [modules, lessons, scenarios, options] = await Promise.all([
		getCollection('modules'),
		getCollection('lessons'),
		getCollection('scenarios'),
		extractOptions(),
	]);
	const scenarioTitles = new Map(scenarios.map((s) => [s.data.id, s.data.title]));

	return modules
		.toSorted((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title))
		.map((entry) => {
			const folder = folderOf(entry.filePath);
			const moduleLessons = lessons
				.filter((lesson) => folderOf(lesson.filePath) === folder)
				.toSorted((a, b) => fileNameOf(a.filePath).localeCompare(fileNameOf(b.filePath)))
				.map((lesson, index) => ({
					entry: lesson,
					position: index + 1,
					href: routes.lesson(entry.data.id, lesson.data.id),
					components: extractLesson(parseMdx(lesson.body ?? ''), options).data,
				}));

			const assessmentQuestionIds: string[] = [];
			const questionIds: string[] = [];
			const scenarioIds: string[] = [];
			for (const lesson of moduleLessons) {
				const found = lesson.components;
				for (const quiz of found.quizzes) {
					const ids = quiz.questions.map((q) => q.id);
					questionIds.push(...ids);
					if (quiz.assessment) assessmentQuestionIds.push(...ids);
				}
				scenarioIds.push(...found.scenarios.map((s) => s.id));
			}

			const summary: ModuleSummary = {
				id: entry.data.id,
				title: entry.data.title,
				version: entry.data.version,
				href: routes.module(entry.data.id),
				...(BUILD_TARGET === 'site' ? { certificateHref: routes.certificate(entry.data.id) } : {}),
				completion: entry.data.completion,
				...(entry.data.easyReadOf === undefined ? {} : { easyReadOf: entry.data.easyReadOf }),
				passMark: entry.data.passMark,
				estimatedMinutes: entry.data.estimatedMinutes,
				lessons: moduleLessons.map((l) => ({
					id: l.entry.data.id,
					title: l.entry.data.title,
					href: l.href,
				})),
				assessmentQuestionIds,
				questionIds,
				scenarios: [...new Set(scenarioIds)].map((id) => ({
					id,
					title: scenarioTitles.get(id) ?? id,
				})),
			};
			const evaluation: ModuleEvaluation = {
				outcomes: entry.data.outcomes.map(({ id, text }) => ({ id, text })),
				checkIns: {
					confidence: entry.data.confidence,
					feedback: entry.data.feedback,
					baseline: entry.data.baseline ?? { start: [], end: [] },
				},
			};
			return { entry, lessons: moduleLessons, summary, evaluation };
		});
}

let course: Promise<CourseModuleEntry[]> | undefined;

/** The whole course in display order, assembled once per build. */
export function loadCourse(): Promise<CourseModuleEntry[]> {
	course ??= assembleCourse();
	return course;
}

/** The Traffic Light review with `id`, wherever in the course it is written. */
/** Every Traffic Light review in the course, in course order. */
export async function allTrafficLights(): Promise<TrafficLightData[]> {
	return (await loadCourse()).flatMap((module) =>
		module.lessons.flatMap((lesson) => lesson.components.trafficLights),
	);
}

export async function findTrafficLight(id: string): Promise<TrafficLightData | undefined> {
	for (const module of await loadCourse()) {
		for (const lesson of module.lessons) {
			const review = lesson.components.trafficLights.find((r) => r.id === id);
			if (review) return review;
		}
	}
	return undefined;
}

/** A lesson that shows law notes, with its module's title for listing. */
export interface CourseLawPage extends LawPage {
	moduleTitle: string;
}

let lawPages: Promise<CourseLawPage[]> | undefined;

/** Every lesson with the law items it refers to, in course order. */
function loadLawPages(): Promise<CourseLawPage[]> {
	lawPages ??= loadCourse().then((course) =>
		course.flatMap((module) =>
			module.lessons.map((lesson) => ({
				moduleId: module.entry.data.id,
				moduleTitle: module.entry.data.title,
				lessonId: lesson.entry.data.id,
				title: lesson.entry.data.title,
				href: lesson.href,
				laws: lesson.components.laws.map((law) => law.id),
			})),
		),
	);
	return lawPages;
}

/**
 * The lesson of `moduleId` that shows the full notice for law item `lawId`: the first one in
 * course order that refers to it. Later lessons in the module link to it.
 */
export async function findLawNoteHome(
	moduleId: string,
	lawId: string,
): Promise<LawNoteHome | undefined> {
	return lawNoteHomes(await loadLawPages())
		.get(moduleId)
		?.get(lawId);
}

/** Every lesson that refers to law item `lawId`, in course order. */
export async function findLawUses(lawId: string): Promise<CourseLawPage[]> {
	return pagesUsingLaw(await loadLawPages(), lawId);
}

/** Law items in the order a learner first meets them in the course; items no lesson shows last. */
export async function loadLaw() {
	const [items, pages] = await Promise.all([getCollection('law'), loadLawPages()]);
	const order = [...new Set(pages.flatMap((page) => page.laws))];
	const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
	return items.toSorted(
		(a, b) => rank(a.data.id) - rank(b.data.id) || a.data.title.localeCompare(b.data.title),
	);
}

/** Rights in Schedule 1 order. */
export async function loadRights() {
	return (await getCollection('rights')).toSorted((a, b) => a.data.order - b.data.order);
}
