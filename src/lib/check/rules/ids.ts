/**
 * Rule family (b): ids that must be unique. Course-wide: module ids, lesson ids, the ids of
 * tracked components (quizzes, questions, traffic lights, reflections, rights checks share one
 * namespace, since progress and page anchors use them), scenario, right, glossary, source and
 * support line ids.
 * Ids unique within one component (options, statements, scenario nodes and choices) are checked
 * when the component is read. Rights and scenarios must also match their file names, which Astro
 * uses as their ids.
 */
import type { ComponentKind } from '../../course/extract/index.ts';
import type { Course, YamlFile } from '../load.ts';
import { formatLocation, type Problem } from '../../problems/problem.ts';
import { placeOfPath } from '../yaml.ts';

interface Occurrence {
	id: string;
	file: string;
	line?: number;
	column?: number;
	/** How the id is used, e.g. "module" or "`<Quiz>`". */
	what: string;
	field: string;
}

const COMPONENT_LABELS: Partial<Record<ComponentKind, string>> = {
	quiz: '`<Quiz>`',
	question: '`<Question>`',
	'traffic-light': '`<TrafficLight>`',
	reflection: '`<Reflection>`',
	'rights-check': '`<RightsCheck>`',
};

/** Reports each repeat after the first, naming where the id was first used. */
function duplicates(
	occurrences: readonly Occurrence[],
	namespace: string,
	hint: string,
): Problem[] {
	const first = new Map<string, Occurrence>();
	const problems: Problem[] = [];
	for (const occurrence of occurrences) {
		const earlier = first.get(occurrence.id);
		if (!earlier) {
			first.set(occurrence.id, occurrence);
			continue;
		}
		problems.push({
			file: occurrence.file,
			...(occurrence.line !== undefined ? { line: occurrence.line } : {}),
			...(occurrence.column !== undefined ? { column: occurrence.column } : {}),
			field: occurrence.field,
			message: `The ${namespace} id \`${occurrence.id}\` of this ${occurrence.what} is already used by the ${earlier.what} at ${formatLocation(earlier)}.`,
			hint,
		});
	}
	return problems;
}

function yamlOccurrence(entry: YamlFile<unknown>, what: string): Occurrence | undefined {
	if (!entry.id || !entry.yaml) return undefined;
	const place = placeOfPath(entry.yaml, [...entry.path, 'id']);
	return { id: entry.id, file: entry.file, ...place, what, field: 'id' };
}

function fileName(file: string): string {
	return file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
}

const NEVER_CHANGE =
	'Ids never change after release, because learners’ progress is stored against them: change the id that was added most recently.';

export function checkIds(course: Course): Problem[] {
	const problems: Problem[] = [];
	const lessons = course.modules.flatMap((module) => module.lessons);

	problems.push(
		...duplicates(
			course.modules.flatMap((module) => {
				const place = module.yaml ? placeOfPath(module.yaml, ['id']) : undefined;
				return module.id
					? [{ id: module.id, file: module.file, ...place, what: 'module', field: 'id' }]
					: [];
			}),
			'module',
			`Give each module its own id. ${NEVER_CHANGE}`,
		),
		...duplicates(
			lessons.flatMap((lesson) => {
				const place = lesson.frontmatter ? placeOfPath(lesson.frontmatter, ['id']) : undefined;
				return lesson.id
					? [{ id: lesson.id, file: lesson.file, ...place, what: 'lesson', field: 'id' }]
					: [];
			}),
			'lesson',
			`Give each lesson its own id. ${NEVER_CHANGE}`,
		),
		...duplicates(
			lessons.flatMap((lesson) =>
				lesson.components.flatMap((component) => {
					const what = COMPONENT_LABELS[component.kind];
					if (!what) return [];
					const { id, line, column } = component;
					return [
						{
							id,
							file: lesson.file,
							...(line !== undefined ? { line } : {}),
							...(column !== undefined ? { column } : {}),
							what,
							field: `${what.replaceAll('`', '')} id`,
						},
					];
				}),
			),
			'component',
			`Quizzes, questions, traffic lights, reflections and rights checks each need an id used nowhere else in the course. ${NEVER_CHANGE}`,
		),
		...duplicates(
			course.scenarios.flatMap((scenario) => {
				const place = scenario.frontmatter ? placeOfPath(scenario.frontmatter, ['id']) : undefined;
				return scenario.id
					? [{ id: scenario.id, file: scenario.file, ...place, what: 'scenario', field: 'id' }]
					: [];
			}),
			'scenario',
			`Give each scenario its own id. ${NEVER_CHANGE}`,
		),
		...duplicates(
			course.rights.flatMap((right) => yamlOccurrence(right, 'right') ?? []),
			'right',
			'Each file in `content/rights/` describes a different right.',
		),
		...duplicates(
			course.glossary.flatMap((entry) => yamlOccurrence(entry, 'glossary term') ?? []),
			'glossary',
			'Give each term its own id, or merge the two entries.',
		),
		...duplicates(
			course.sources.flatMap((entry) => yamlOccurrence(entry, 'source') ?? []),
			'source',
			'Give each source its own id, or merge the two entries.',
		),
		...duplicates(
			course.supportLines.flatMap((entry) => yamlOccurrence(entry, 'support line') ?? []),
			'support line',
			'Give each support line its own id, or merge the two entries.',
		),
	);

	const named = [
		...course.rights.map((right) => ({ file: right.file, id: right.id, source: right.yaml })),
		...course.scenarios.map((scenario) => ({
			file: scenario.file,
			id: scenario.id,
			source: scenario.frontmatter,
		})),
	];
	for (const item of named) {
		const { source } = item;
		const name = fileName(item.file);
		if (!item.id || !source || item.id === name) continue;
		problems.push({
			file: item.file,
			...placeOfPath(source, ['id']),
			field: 'id',
			message: `The id \`${item.id}\` does not match the file name \`${item.file.slice(item.file.lastIndexOf('/') + 1)}\`.`,
			hint: `Rename the file to \`${item.id}${item.file.slice(item.file.lastIndexOf('.'))}\`, or change the id to \`${name}\`: the site uses the file name as the id.`,
		});
	}
	return problems;
}
