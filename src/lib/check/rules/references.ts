/**
 * Rule family (e): every id a file refers to must exist. Rights (`rights=`, `right=`, `rights:`),
 * glossary terms (`<Term id>`), sources (`sources=`, `source=`, `sources:`, and `source:` in a
 * Rights Check step's anchors), scenarios (`<Scenario id>`), law items (`<LawStatus law>`, from
 * `content/law/`), learning outcomes (a question's `outcome`, from its own module; a law item's
 * `outcomes`, from any module) and modules (`easyReadOf` in `module.yaml`).
 */
import type { Reference, ReferenceKind } from '../../course/extract/index.ts';
import type { Course, YamlFile } from '../load.ts';
import { formatLocation, sortProblems, type Problem } from '../../problems/problem.ts';
import { closestMatch, listCode, SHORT_LIST } from '../../problems/suggest.ts';
import { placeOfPath, placeOfValue, type YamlSource } from '../yaml.ts';

/** Where a target is defined, so a rename can be reported at the id that changed. */
interface Definition {
	file: string;
	line?: number;
	column?: number;
}

interface Targets {
	ids: ReadonlySet<string>;
	/** What a target is called in a sentence: "right", "glossary term". */
	noun?: string;
	/** Where each id is defined, for the kinds an author renames by editing one `id:`. */
	definitions?: ReadonlyMap<string, Definition>;
	/** Says what is missing: "There is no right `art-88` in `content/rights/`." */
	missing: (id: string) => string;
	/** Says how to add one, when no existing id is close. */
	add: (id: string) => string;
}

function hintFor(id: string, targets: Targets): string {
	const all = [...targets.ids].sort();
	const close = closestMatch(id, all);
	if (close) return `Did you mean \`${close}\`?`;
	if (all.length > 0 && all.length <= SHORT_LIST)
		return `Use one of ${listCode(all)}, or ${lowerFirst(targets.add(id))}`;
	return targets.add(id);
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

function idsOf(entries: ReadonlyArray<YamlFile<unknown>>): Set<string> {
	return new Set(entries.flatMap((entry) => (entry.id ? [entry.id] : [])));
}

function definitionsOf(entries: ReadonlyArray<YamlFile<unknown>>): Map<string, Definition> {
	return new Map(
		entries.flatMap((entry) =>
			entry.id
				? [
						[
							entry.id,
							{
								file: entry.file,
								...(entry.yaml ? placeOfPath(entry.yaml, [...entry.path, 'id']) : {}),
							},
						] as const,
					]
				: [],
		),
	);
}

/** From this many uses of one missing id, they are reported as one problem. */
const GROUP_FROM = 3;
/** Places named in a grouped problem before "and N more". */
const PLACES_NAMED = 3;

interface Dangling {
	id: string;
	target: Targets;
	problem: Problem;
}

function placesList(uses: readonly Dangling[]): string {
	const inOrder = sortProblems(uses.map((use) => use.problem));
	const named = inOrder.slice(0, PLACES_NAMED).map((problem) => `\`${formatLocation(problem)}\``);
	const more = uses.length - named.length;
	return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

/**
 * One problem for an id that is missing in many places, rather than one per use: renaming a
 * right's id used to print 134 problems, each suggesting the new id. When a defined id is close
 * to the missing one and nothing uses it, that id was most likely renamed from the missing one,
 * so the problem is reported there.
 */
function grouped(uses: readonly Dangling[], usedIds: ReadonlySet<string>): Problem {
	const [{ id, target }] = uses as [Dangling, ...Dangling[]];
	const [first] = sortProblems(uses.map((use) => use.problem)) as [Problem, ...Problem[]];
	const noun = target.noun ?? 'item';
	const close = closestMatch(id, [...target.ids].sort());
	const definition = close ? target.definitions?.get(close) : undefined;
	if (close && definition && !usedIds.has(close)) {
		return {
			...definition,
			field: 'id',
			message: `The ${noun} \`${close}\` looks renamed from \`${id}\`, which ${uses.length} places still use: ${placesList(uses)}.`,
			hint: `Change the id back to \`${id}\` (ids are best never changed once published), or use \`${close}\` in all ${uses.length} places.`,
		};
	}
	return {
		...first,
		message: `${target.missing(id)} It is used in ${uses.length} places: ${placesList(uses)}.`,
	};
}

/** References written in YAML: a list (`- a`) or one string (`a b`), at `path`. */
function yamlReferences(
	source: YamlSource | undefined,
	path: readonly PropertyKey[],
	kind: ReferenceKind,
): Reference[] {
	if (!source) return [];
	const value = source.doc.getIn(path);
	const field = path
		.map((segment) => (typeof segment === 'number' ? `item ${segment + 1}` : String(segment)))
		.join(' › ');
	const at = (itemPath: readonly PropertyKey[]) => placeOfValue(source, itemPath) ?? {};
	if (typeof value === 'string') {
		return value
			.split(/[\s,]+/)
			.filter(Boolean)
			.map((id) => ({ kind, id, field, ...at(path) }));
	}
	const items: unknown = source.doc.getIn(path);
	if (items && typeof items === 'object' && 'toJSON' in items) {
		const list = (items as { toJSON: () => unknown }).toJSON();
		if (Array.isArray(list)) {
			return list.flatMap((id, index) =>
				typeof id === 'string' ? [{ kind, id, field, ...at([...path, index]) }] : [],
			);
		}
	}
	return [];
}

function listLength(source: YamlSource | undefined, path: readonly PropertyKey[]): number {
	const value: unknown = source?.doc.getIn(path);
	const list =
		value && typeof value === 'object' && 'toJSON' in value
			? (value as { toJSON: () => unknown }).toJSON()
			: undefined;
	return Array.isArray(list) ? list.length : 0;
}

export function checkReferences(course: Course): Problem[] {
	const dangling: Dangling[] = [];
	const used = new Set<string>();
	const targets: Record<Exclude<ReferenceKind, 'outcome'>, Targets> = {
		right: {
			ids: idsOf(course.rights),
			noun: 'right',
			definitions: definitionsOf(course.rights),
			missing: (id) => `There is no right \`${id}\` in \`content/rights/\`.`,
			add: () =>
				'Right ids look like `art-8`, `p1-1` or `p13-1`; see the file names in `content/rights/`.',
		},
		term: {
			ids: idsOf(course.glossary),
			noun: 'glossary term',
			definitions: definitionsOf(course.glossary),
			missing: (id) => `There is no glossary term \`${id}\` in \`content/glossary.yaml\`.`,
			add: (id) => `Add a term with \`id: ${id}\` to \`content/glossary.yaml\`.`,
		},
		source: {
			ids: idsOf(course.sources),
			noun: 'source',
			definitions: definitionsOf(course.sources),
			missing: (id) => `There is no source \`${id}\` in \`content/sources.yaml\`.`,
			add: (id) => `Add a source with \`id: ${id}\` to \`content/sources.yaml\`.`,
		},
		scenario: {
			ids: new Set(course.scenarios.flatMap((scenario) => (scenario.id ? [scenario.id] : []))),
			missing: (id) => `There is no scenario \`${id}\` in \`content/scenarios/\`.`,
			add: (id) => `Write the scenario in \`content/scenarios/${id}.mdx\` with \`id: ${id}\`.`,
		},
		law: {
			ids: idsOf(course.law),
			noun: 'law item',
			definitions: definitionsOf(course.law),
			missing: (id) => `There is no law item \`${id}\` in \`content/law/\`.`,
			add: (id) =>
				`Write the item in \`content/law/${id}.yaml\` with \`id: ${id}\`. See README › Authoring › The law in one place.`,
		},
		module: {
			ids: new Set(course.modules.flatMap((module) => (module.id ? [module.id] : []))),
			missing: (id) => `There is no module with \`id: ${id}\` in \`modules/\`.`,
			add: () => 'Use the `id` from another module’s `module.yaml`.',
		},
	};

	const check = (file: string, references: readonly Reference[], outcomes?: Targets) => {
		for (const reference of references) {
			if (course.incomplete.has(reference.kind)) continue;
			const target = reference.kind === 'outcome' ? outcomes : targets[reference.kind];
			if (!target) continue;
			if (target.ids.has(reference.id)) {
				used.add(reference.id);
				continue;
			}
			dangling.push({
				id: reference.id,
				target,
				problem: {
					file,
					...(reference.line !== undefined ? { line: reference.line } : {}),
					...(reference.column !== undefined ? { column: reference.column } : {}),
					field: reference.field,
					message: target.missing(reference.id),
					hint: hintFor(reference.id, target),
				},
			});
		}
	};

	for (const module of course.modules) {
		check(module.file, yamlReferences(module.yaml, ['easyReadOf'], 'module'));
		const outcomes: Targets = {
			ids: new Set(module.outcomes),
			missing: (id) => `\`${id}\` is not a learning outcome of this module.`,
			add: (id) => `Add it under \`outcomes\` in \`${module.file}\` as \`- id: ${id}\`.`,
		};
		for (const lesson of module.lessons) {
			check(lesson.file, lesson.references, module.outcomesKnown ? outcomes : undefined);
		}
	}
	for (const scenario of course.scenarios) {
		check(scenario.file, scenario.references);
		check(scenario.file, yamlReferences(scenario.frontmatter, ['rights'], 'right'));
		check(scenario.file, yamlReferences(scenario.frontmatter, ['sources'], 'source'));
	}
	for (const right of course.rights) {
		check(right.file, yamlReferences(right.yaml, ['sources'], 'source'));
		for (let index = 0; index < listLength(right.yaml, ['examples']); index++) {
			check(right.file, yamlReferences(right.yaml, ['examples', index, 'sources'], 'source'));
		}
	}
	for (const entry of course.glossary) {
		check(entry.file, yamlReferences(entry.yaml, [...entry.path, 'sources'], 'source'));
	}
	for (const step of course.rightsCheckSteps) {
		const anchors = [...step.path, 'anchors'];
		for (let index = 0; index < listLength(step.yaml, anchors); index++) {
			check(step.file, yamlReferences(step.yaml, [...anchors, index, 'source'], 'source'));
		}
	}

	// A law item may support outcomes of any module, so its outcomes are checked against all of
	// them, and only when every module's outcomes could be read.
	const allOutcomes: Targets | undefined = course.modules.every((module) => module.outcomesKnown)
		? {
				ids: new Set(course.modules.flatMap((module) => module.outcomes)),
				missing: (id) => `\`${id}\` is not a learning outcome of any module.`,
				add: () => 'Use an outcome id from `outcomes` in one of the `modules/*/module.yaml` files.',
			}
		: undefined;
	for (const item of course.law) {
		check(item.file, yamlReferences(item.yaml, ['sources'], 'source'));
		check(item.file, yamlReferences(item.yaml, ['outcomes'], 'outcome'), allOutcomes);
	}

	const byTarget = Map.groupBy(dangling, (use) => `${use.target.missing(use.id)}`);
	return [...byTarget.values()].flatMap((uses) =>
		uses.length >= GROUP_FROM ? [grouped(uses, used)] : uses.map((use) => use.problem),
	);
}
