/**
 * Reads the course's source texts into one checked model: YAML and MDX parsed with positions,
 * frontmatter and YAML checked against the schemas (rule family a), and every lesson and scenario
 * body extracted. Later rule families read this model; nothing here touches the file system.
 */
import type { z } from 'zod';
import type { Root } from 'mdast';
import {
	collectReferences,
	extractLesson,
	extractScenario,
	type ComponentId,
	type LessonData,
	type Reference,
	type ReferenceKind,
} from '../course/extract/index.ts';
import { parseMdx } from '../course/mdx.ts';
import { mdxSyntaxProblem } from './mdx-syntax.ts';
import { GlossaryEntrySchema, type GlossaryEntry } from '../../schemas/glossary.ts';
import { LawItemSchema, type LawItem } from '../../schemas/law.ts';
import {
	LessonSchema,
	ModuleSchema,
	type CourseModule,
	type Lesson,
} from '../../schemas/module.ts';
import { RightSchema, type Right } from '../../schemas/right.ts';
import {
	RightsCheckNoticeSchema,
	RightsCheckStepSchema,
	type NoticeText,
	type StepDef,
} from '../../schemas/rights-check.ts';
import { ScenarioSchema, type ScenarioData, type ScenarioMeta } from '../../schemas/scenario.ts';
import { SourceSchema, type Source } from '../../schemas/source.ts';
import { SupportLineSchema, type SupportLine } from '../../schemas/support-line.ts';
import type { Problem } from '../problems/problem.ts';
import { checkSchema } from './rules/schema.ts';
import { parseYaml, type YamlSource } from './yaml.ts';

/** One file's text and its path relative to the project root, with forward slashes. */
export interface SourceText {
	file: string;
	text: string;
}

/** The files the course check reads, as the loader found them. */
export interface CourseFiles {
	modules: Array<{ folder: string; moduleYaml?: SourceText; lessons: SourceText[] }>;
	rights: SourceText[];
	glossary?: SourceText;
	sources?: SourceText;
	supportLines?: SourceText;
	scenarios: SourceText[];
	/** `content/law/*.yaml`, one law item each. */
	law: SourceText[];
	/** `content/rights-check/steps.yaml`: the Rights Check's steps. */
	rightsCheckSteps?: SourceText;
	/** `content/rights-check/notices.yaml`: the words of its warnings and panels. */
	rightsCheckNotices?: SourceText;
	/** Paths of the other files under `modules/` and `content/`, which the course does not read. */
	strays?: string[];
}

/** An MDX file with its tree (absent when the MDX cannot be parsed) and frontmatter. */
interface MdxFile {
	file: string;
	tree?: Root;
	frontmatter?: YamlSource;
	/** `id` from the frontmatter as written, even when the frontmatter has other problems. */
	id?: string;
	references: Reference[];
	components: ComponentId[];
}

export interface LessonFile extends MdxFile {
	meta?: Lesson;
	data?: LessonData;
}

export interface ScenarioFile extends MdxFile {
	meta?: ScenarioMeta;
	data?: ScenarioData;
}

interface ModuleEntry {
	folder: string;
	/** `modules/<folder>/module.yaml`, whether or not it exists. */
	file: string;
	yaml?: YamlSource;
	meta?: CourseModule;
	/** `id` as written, even when other fields have problems. */
	id?: string;
	/** Outcome ids as written. */
	outcomes: string[];
	/** False when `module.yaml` could not be read, so `outcomes` may be incomplete. */
	outcomesKnown: boolean;
	lessons: LessonFile[];
}

export interface YamlFile<T> {
	file: string;
	yaml?: YamlSource;
	/** Path of the entry inside the file: `[]` for a single-entry file, `[index]` in a list. */
	path: number[];
	id?: string;
	value?: T;
}

export interface Course {
	modules: ModuleEntry[];
	rights: Array<YamlFile<Right>>;
	glossary: Array<YamlFile<GlossaryEntry>>;
	sources: Array<YamlFile<Source>>;
	/** Entries of `content/support-lines.yaml`, which `<CrisisBox />` shows. */
	supportLines: Array<YamlFile<SupportLine>>;
	scenarios: ScenarioFile[];
	law: Array<YamlFile<LawItem>>;
	/** Entries of `content/rights-check/steps.yaml`; empty when the file is missing or unreadable. */
	rightsCheckSteps: Array<YamlFile<StepDef>>;
	/** Entries of `content/rights-check/notices.yaml`; empty when missing or unreadable. */
	rightsCheckNotices: Array<YamlFile<NoticeText>>;
	/**
	 * Kinds of id whose full list is unknown because a file could not be read (a YAML syntax
	 * error, or an entry without `id`). References of these kinds are not checked, so one broken
	 * file does not cause a problem at every use of its ids.
	 */
	incomplete: Set<ReferenceKind>;
}

export interface LoadOptions {
	glossaryHref?: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

function rawId(data: unknown): string | undefined {
	if (data && typeof data === 'object' && 'id' in data) {
		const { id } = data;
		if (typeof id === 'string' && id) return id;
	}
	return undefined;
}

/** Parses MDX and its frontmatter, reporting syntax errors; never throws. */
function parseMdxFile(
	source: SourceText,
	problems: Problem[],
): Omit<MdxFile, 'references' | 'components'> {
	const parsed: Omit<MdxFile, 'references' | 'components'> = { file: source.file };
	const match = FRONTMATTER.exec(source.text);
	if (!match) {
		problems.push({
			file: source.file,
			line: 1,
			column: 1,
			field: 'frontmatter',
			message: 'This file has no frontmatter, so it has no `id` or `title`.',
			hint: 'Start the file with a `---` line, then `id: …` and `title: …` on their own lines, then another `---` line.',
		});
	} else {
		const { source: yaml, problems: yamlProblems } = parseYaml(match[1]!, source.file, 1);
		problems.push(...yamlProblems);
		parsed.frontmatter = yaml;
		const id = rawId(yaml.data);
		if (id) parsed.id = id;
	}
	try {
		parsed.tree = parseMdx(source.text);
	} catch (error) {
		problems.push(mdxSyntaxProblem(source.file, error));
	}
	return parsed;
}

/** A YAML file holding one entry, such as `content/rights/art-8.yaml`. */
function loadOne<T>(
	source: SourceText,
	schema: z.ZodType<T>,
	what: string,
	problems: Problem[],
	onIncomplete: () => void,
): YamlFile<T> {
	const { source: yaml, problems: syntax } = parseYaml(source.text, source.file);
	problems.push(...syntax);
	if (syntax.length > 0) {
		onIncomplete();
		return { file: source.file, path: [] };
	}
	const checked = checkSchema(yaml, schema, { what });
	problems.push(...checked.problems);
	const id = rawId(yaml.data);
	if (!id) onIncomplete();
	return {
		file: source.file,
		yaml,
		path: [],
		...(id ? { id } : {}),
		...(checked.value ? { value: checked.value } : {}),
	};
}

function loadList<T>(
	source: SourceText | undefined,
	schema: z.ZodType<T>,
	what: string,
	problems: Problem[],
	onIncomplete: () => void,
): Array<YamlFile<T>> {
	if (!source) return [];
	const { source: yaml, problems: syntax } = parseYaml(source.text, source.file);
	problems.push(...syntax);
	if (syntax.length > 0) {
		onIncomplete();
		return [];
	}
	if (!Array.isArray(yaml.data)) {
		onIncomplete();
		problems.push({
			file: source.file,
			line: 1,
			column: 1,
			field: '(whole file)',
			message: `\`${source.file}\` should be a list of ${what}s.`,
			hint: `Start each ${what} with \`- id: …\` on a new line.`,
		});
		return [];
	}
	return yaml.data.map((entry, index) => {
		const checked = checkSchema(yaml, schema, { basePath: [index], what: `a ${what}` });
		problems.push(...checked.problems);
		const id = rawId(entry);
		if (!id) onIncomplete();
		return {
			file: source.file,
			yaml,
			path: [index],
			...(id ? { id } : {}),
			...(checked.value ? { value: checked.value } : {}),
		};
	});
}

/**
 * Builds the checked model from source texts. Syntax errors, schema problems and component
 * problems found while reading are appended to `problems`.
 */
export function loadCourse(
	files: CourseFiles,
	problems: Problem[],
	options: LoadOptions = {},
): Course {
	const glossaryHref = options.glossaryHref ?? '/glossary/';
	const incomplete = new Set<ReferenceKind>();

	const modules = files.modules.map((folder): ModuleEntry => {
		const file = folder.moduleYaml?.file ?? `modules/${folder.folder}/module.yaml`;
		const entry: ModuleEntry = {
			folder: folder.folder,
			file,
			outcomes: [],
			outcomesKnown: false,
			lessons: [],
		};
		if (folder.moduleYaml) {
			const { source: yaml, problems: syntax } = parseYaml(folder.moduleYaml.text, file);
			problems.push(...syntax);
			entry.yaml = yaml;
			if (syntax.length === 0) {
				const checked = checkSchema(yaml, ModuleSchema, { what: 'a module' });
				problems.push(...checked.problems);
				if (checked.value) entry.meta = checked.value;
				const id = rawId(yaml.data);
				if (id) entry.id = id;
				const outcomes = (yaml.data as { outcomes?: unknown } | null)?.outcomes;
				if (Array.isArray(outcomes)) {
					entry.outcomes = outcomes.map(rawId).filter((id) => id !== undefined);
					entry.outcomesKnown = entry.outcomes.length === outcomes.length;
				}
			}
			if (!entry.id) incomplete.add('module');
		}
		entry.lessons = folder.lessons.map((lesson): LessonFile => {
			const parsed = parseMdxFile(lesson, problems);
			const result: LessonFile = { ...parsed, references: [], components: [] };
			if (parsed.frontmatter && parsed.frontmatter.doc.errors.length === 0) {
				const checked = checkSchema(parsed.frontmatter, LessonSchema, {
					what: 'a lesson’s frontmatter',
				});
				problems.push(...checked.problems);
				if (checked.value) result.meta = checked.value;
			}
			if (parsed.tree) {
				const extracted = extractLesson(parsed.tree, { file: lesson.file, glossaryHref });
				problems.push(...extracted.problems);
				result.data = extracted.data;
				Object.assign(result, collectReferences(parsed.tree));
			}
			return result;
		});
		return entry;
	});

	const rights = files.rights.map((source) =>
		loadOne(source, RightSchema, 'a right', problems, () => incomplete.add('right')),
	);
	const law = files.law.map((source) =>
		loadOne(source, LawItemSchema, 'a law item', problems, () => incomplete.add('law')),
	);

	const scenarios = files.scenarios.map((source): ScenarioFile => {
		const parsed = parseMdxFile(source, problems);
		const result: ScenarioFile = { ...parsed, references: [], components: [] };
		if (!parsed.id) incomplete.add('scenario');
		const frontmatterOk =
			parsed.frontmatter !== undefined && parsed.frontmatter.doc.errors.length === 0;
		if (parsed.frontmatter && frontmatterOk) {
			const checked = checkSchema(parsed.frontmatter, ScenarioSchema, {
				what: 'a scenario’s frontmatter',
			});
			problems.push(...checked.problems);
			if (checked.value) result.meta = checked.value;
		}
		if (parsed.tree) {
			const frontmatter =
				frontmatterOk && parsed.frontmatter?.data && typeof parsed.frontmatter.data === 'object'
					? parsed.frontmatter.data
					: {};
			const extracted = extractScenario(parsed.tree, frontmatter, {
				file: source.file,
				glossaryHref,
			});
			problems.push(...extracted.problems);
			result.data = extracted.data;
			Object.assign(result, collectReferences(parsed.tree));
		}
		return result;
	});

	return {
		modules,
		rights,
		glossary: loadList(files.glossary, GlossaryEntrySchema, 'glossary term', problems, () =>
			incomplete.add('term'),
		),
		sources: loadList(files.sources, SourceSchema, 'source', problems, () =>
			incomplete.add('source'),
		),
		// Nothing refers to a support line by id, so an unreadable entry hides no other check.
		supportLines: loadList(
			files.supportLines,
			SupportLineSchema,
			'support line',
			problems,
			() => {},
		),
		scenarios,
		law,
		// Steps and notices are found by their fixed ids, never referred to from other files.
		rightsCheckSteps: loadList(
			files.rightsCheckSteps,
			RightsCheckStepSchema,
			'Rights Check step',
			problems,
			() => {},
		),
		rightsCheckNotices: loadList(
			files.rightsCheckNotices,
			RightsCheckNoticeSchema,
			'Rights Check notice',
			problems,
			() => {},
		),
		incomplete,
	};
}
