/**
 * JSON Schemas for the course's YAML files, generated from the zod schemas in `src/schemas/`, so
 * editors that use the YAML language server (VS Code with Red Hat's YAML extension, Zed, Neovim)
 * check fields and offer completions while a trainer types:
 *
 *     npm run schemas
 *
 * writes `schemas/<name>.schema.json` and puts `# yaml-language-server: $schema=…` on the
 * first line of every YAML file the course check reads that lacks it. The schemas describe what
 * the author writes (zod's input side), close every object to unknown fields as the check does,
 * and accept an id list written as one line of ids, as the check does. A unit test fails when
 * the checked-in files are out of date.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { z } from 'zod';
import { readCourseFiles } from '../src/integrations/course-files.ts';
import type { CourseFiles } from '../src/lib/check/load.ts';
import { GlossaryEntrySchema } from '../src/schemas/glossary.ts';
import { LawItemSchema } from '../src/schemas/law.ts';
import { ModuleSchema } from '../src/schemas/module.ts';
import { RightSchema } from '../src/schemas/right.ts';
import { RightsCheckNoticeSchema, RightsCheckStepSchema } from '../src/schemas/rights-check.ts';
import { SourceSchema } from '../src/schemas/source.ts';
import { SupportLineSchema } from '../src/schemas/support-line.ts';

/**
 * Where the generated schemas live, relative to the project root: outside `content/`, where the
 * course check reports every file that is not part of the course.
 */
export const SCHEMA_DIR = 'schemas';

interface YamlKind {
	/** File name stem: `schemas/<name>.schema.json`. */
	name: string;
	title: string;
	description: string;
	/** The zod schema of one entry. */
	entry: z.ZodType;
	/** True when the file is a list of entries, false when it is one entry. */
	list: boolean;
	/** The files of this kind among those the course check reads. */
	files: (course: CourseFiles) => string[];
}

const one = (file: { file: string } | undefined) => (file ? [file.file] : []);

/** Every kind of YAML file in the course, with the zod schema the check and the site use. */
export const YAML_KINDS: readonly YamlKind[] = [
	{
		name: 'module',
		title: 'Module',
		description:
			'A module’s metadata: modules/<folder>/module.yaml. Schema: src/schemas/module.ts.',
		entry: ModuleSchema,
		list: false,
		files: (course) => course.modules.flatMap((module) => one(module.moduleYaml)),
	},
	{
		name: 'right',
		title: 'Right',
		description:
			'One of the 16 rights in the Human Rights Act: content/rights/<id>.yaml. Schema: src/schemas/right.ts.',
		entry: RightSchema,
		list: false,
		files: (course) => course.rights.map((right) => right.file),
	},
	{
		name: 'law',
		title: 'Law item',
		description:
			'A dated statement of changing law, shown with <LawStatus law="…" />: content/law/<id>.yaml. Schema: src/schemas/law.ts.',
		entry: LawItemSchema,
		list: false,
		files: (course) => course.law.map((item) => item.file),
	},
	{
		name: 'glossary',
		title: 'Glossary',
		description:
			'The glossary terms that <Term id="…"> links to: content/glossary.yaml. Schema: src/schemas/glossary.ts.',
		entry: GlossaryEntrySchema,
		list: true,
		files: (course) => one(course.glossary),
	},
	{
		name: 'sources',
		title: 'Sources',
		description:
			'Every source the course cites: content/sources.yaml. Schema: src/schemas/source.ts.',
		entry: SourceSchema,
		list: true,
		files: (course) => one(course.sources),
	},
	{
		name: 'support-lines',
		title: 'Support lines',
		description:
			'The crisis and support lines <CrisisBox /> shows: content/support-lines.yaml. Schema: src/schemas/support-line.ts.',
		entry: SupportLineSchema,
		list: true,
		files: (course) => one(course.supportLines),
	},
	{
		name: 'rights-check-steps',
		title: 'Rights Check steps',
		description:
			'The eight steps of the Rights Check, in order: content/rights-check/steps.yaml. Schema: src/schemas/rights-check.ts.',
		entry: RightsCheckStepSchema,
		list: true,
		files: (course) => one(course.rightsCheckSteps),
	},
	{
		name: 'rights-check-notices',
		title: 'Rights Check notices',
		description:
			'The words of the Rights Check’s warnings and panels: content/rights-check/notices.yaml. Schema: src/schemas/rights-check.ts.',
		entry: RightsCheckNoticeSchema,
		list: true,
		files: (course) => one(course.rightsCheckNotices),
	},
];

/** `schemas/<name>.schema.json`. */
export function schemaPath(kind: YamlKind): string {
	return `${SCHEMA_DIR}/${kind.name}.schema.json`;
}

/** True for the zod shape of `idList()`: text split into ids before the list is checked. */
function isIdList(schema: z.core.$ZodType): boolean {
	const def = schema._zod.def;
	return (
		def.type === 'pipe' &&
		(def as z.core.$ZodPipeDef).in._zod.def.type === 'transform' &&
		(def as z.core.$ZodPipeDef).out._zod.def.type === 'array'
	);
}

/** The JSON Schema of one kind of file, as an object ready to be written. */
export function jsonSchemaOf(kind: YamlKind): Record<string, unknown> {
	const generated = z.toJSONSchema(kind.list ? z.array(kind.entry) : kind.entry, {
		target: 'draft-07',
		io: 'input',
		unrepresentable: 'any',
		override: ({ zodSchema, jsonSchema }) => {
			// The check reports unknown fields, so editors should flag them too.
			if (jsonSchema.type === 'object' && jsonSchema.properties) {
				jsonSchema.additionalProperties = false;
			}
			if (isIdList(zodSchema)) {
				const { description, ...list } = jsonSchema;
				for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
				Object.assign(jsonSchema, {
					...(description ? { description } : {}),
					anyOf: [list, { type: 'string', description: 'Ids separated by spaces.' }],
				});
			}
		},
	});
	const { $schema, ...rest } = generated;
	return {
		$schema,
		$comment: `Generated from src/schemas/ by \`npm run schemas\`. Do not edit.`,
		title: kind.title,
		description: kind.description,
		...rest,
	};
}

/** The text of a generated schema file. */
export function jsonSchemaText(kind: YamlKind): string {
	return `${JSON.stringify(jsonSchemaOf(kind), null, 2)}\n`;
}

const MODELINE = /^# yaml-language-server: \$schema=.*$/;

/** The first line a YAML file needs: `# yaml-language-server: $schema=<path from the file>`. */
export function schemaLine(yamlFile: string, kind: YamlKind): string {
	return `# yaml-language-server: $schema=${posix.relative(posix.dirname(yamlFile), schemaPath(kind))}`;
}

/** `text` with `line` as its first line, replacing an older schema line if there is one. */
export function withSchemaLine(text: string, line: string): string {
	const [first = '', ...rest] = text.split('\n');
	if (MODELINE.test(first.replace(/\r$/, ''))) return [line, ...rest].join('\n');
	return `${line}\n${text}`;
}

/** Every YAML file the course check reads under `root`, with its kind. */
export async function yamlFiles(root: string): Promise<Array<{ file: string; kind: YamlKind }>> {
	const course = await readCourseFiles(root);
	return YAML_KINDS.flatMap((kind) => kind.files(course).map((file) => ({ file, kind })));
}

/** Writes the schemas and the schema lines under `root`; returns the paths it changed. */
export async function writeJsonSchemas(root: string): Promise<string[]> {
	const changed: string[] = [];
	const update = async (file: string, text: string) => {
		const path = join(root, file);
		const before = await readFile(path, 'utf8').catch(() => undefined);
		if (before === text) return;
		await mkdir(dirname(path), { recursive: true });
		await writeFile(path, text);
		changed.push(file);
	};
	for (const kind of YAML_KINDS) await update(schemaPath(kind), jsonSchemaText(kind));
	for (const { file, kind } of await yamlFiles(root)) {
		const text = (await readFile(join(root, file), 'utf8')).replace(/^\uFEFF/, '');
		await update(file, withSchemaLine(text, schemaLine(file, kind)));
	}
	return changed;
}

if (import.meta.main) {
	const changed = await writeJsonSchemas(process.cwd());
	console.log(
		changed.length === 0
			? 'The JSON Schemas and schema lines are up to date.'
			: `Updated ${changed.length} file${changed.length === 1 ? '' : 's'}:\n${changed.map((file) => `  ${file}`).join('\n')}`,
	);
}
