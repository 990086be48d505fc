import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { extractScenario } from '../lib/course/extract/index.ts';
import { parseMdx } from '../lib/course/mdx.ts';
import type { ScenarioData } from '../schemas/scenario.ts';
import { loadCourse } from './course.ts';
import { extractOptions } from './extract-options.ts';

/**
 * A scenario as learners play it, read from its MDX once per call. Throws when the file has
 * problems; the course check lists them all before the build gets here.
 */
export async function scenarioData(entry: CollectionEntry<'scenarios'>): Promise<ScenarioData> {
	const { data, problems } = extractScenario(
		parseMdx(entry.body ?? ''),
		entry.data,
		await extractOptions(),
	);
	if (problems.length > 0) {
		throw new AstroError(
			`Scenario \`${entry.data.id}\` has problems: ${problems.map((p) => p.message).join(' ')}`,
			'Run `npm run check:course` for the full list with line numbers.',
		);
	}
	return data;
}

/** A lesson that plays a scenario. */
export interface ScenarioUse {
	moduleTitle: string;
	lessonTitle: string;
	href: string;
}

/**
 * Every scenario with the lessons that play it, in the order learners meet them in the course;
 * scenarios no lesson plays come last, by title.
 */
export async function loadScenarios(): Promise<Array<{ data: ScenarioData; uses: ScenarioUse[] }>> {
	const [entries, course] = await Promise.all([getCollection('scenarios'), loadCourse()]);
	const uses = course.flatMap((module) =>
		module.lessons.flatMap((lesson) =>
			lesson.components.scenarios.map(({ id }) => ({
				id,
				use: {
					moduleTitle: module.entry.data.title,
					lessonTitle: lesson.entry.data.title,
					href: lesson.href,
				},
			})),
		),
	);
	const order = [...new Set(uses.map((use) => use.id))];
	const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
	const sorted = entries.toSorted(
		(a, b) => rank(a.data.id) - rank(b.data.id) || a.data.title.localeCompare(b.data.title),
	);
	return Promise.all(
		sorted.map(async (entry) => ({
			data: await scenarioData(entry),
			uses: uses.filter((use) => use.id === entry.data.id).map((use) => use.use),
		})),
	);
}
