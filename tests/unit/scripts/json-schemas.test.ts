import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
	jsonSchemaText,
	schemaLine,
	schemaPath,
	withSchemaLine,
	YAML_KINDS,
	yamlFiles,
} from '../../../scripts/json-schemas.ts';
import { readCourseFiles } from '../../../src/integrations/course-files.ts';
import { checkCourseFiles } from '../../../src/lib/check/course.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const VALID = fileURLToPath(new URL('../../fixtures/valid', import.meta.url));
const STALE = 'is out of date: run `npm run schemas`';

const files = await yamlFiles(ROOT);

/** Validates with a checked-in schema as an editor's YAML language server would. */
const ajv = new Ajv({ allErrors: true, strict: false });
async function editorErrors(schemaFile: string, value: unknown) {
	const validate = ajv.compile(JSON.parse(await readFile(join(ROOT, schemaFile), 'utf8')));
	validate(value);
	return (validate.errors ?? []).map(({ instancePath, message, params }) => ({
		instancePath,
		message,
		params,
	}));
}

describe('schemas/*.schema.json', () => {
	test.each(YAML_KINDS.map((kind) => [schemaPath(kind), kind] as const))(
		'%s is what the generator writes from the zod schemas now',
		async (path, kind) => {
			const checkedIn = await readFile(join(ROOT, path), 'utf8').catch(() => 'missing');
			expect(checkedIn, `${path} ${STALE}`).toBe(jsonSchemaText(kind));
		},
	);

	test.each(YAML_KINDS.map((kind) => [kind.name, kind] as const))(
		'%s: the whole file’s shape, with a title and a description of every field for hover help',
		(_name, kind) => {
			const schema = JSON.parse(jsonSchemaText(kind)) as {
				$schema: string;
				title?: string;
				description?: string;
				type: string;
				items?: { properties: Record<string, { description?: string }> };
				properties?: Record<string, { description?: string }>;
				additionalProperties?: boolean;
			};
			expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
			expect(schema.title).toBeTruthy();
			expect(schema.description).toBeTruthy();
			expect(schema.type).toBe(kind.list ? 'array' : 'object');
			const entry = kind.list ? schema.items! : schema;
			const undescribed = Object.entries(entry.properties!)
				.filter(([, field]) => !field.description)
				.map(([key]) => key);
			expect(undescribed, 'fields without a description').toEqual([]);
		},
	);

	test('flag an unknown field, as the course check does', () => {
		const schema = JSON.parse(jsonSchemaText(YAML_KINDS.find((k) => k.name === 'module')!)) as {
			additionalProperties: boolean;
			properties: { outcomes: { items: { additionalProperties: boolean } } };
		};
		expect(schema.additionalProperties).toBe(false);
		expect(schema.properties.outcomes.items.additionalProperties).toBe(false);
	});

	test('accept a list of ids written on one line, as the course check does', () => {
		const schema = JSON.parse(jsonSchemaText(YAML_KINDS.find((k) => k.name === 'law')!)) as {
			properties: { sources: { anyOf: Array<{ type: string }> } };
		};
		expect(schema.properties.sources.anyOf.map((option) => option.type)).toEqual([
			'array',
			'string',
		]);
	});
});

describe('YAML files in modules/ and content/', () => {
	test('are all found, one kind each', () => {
		const names = new Set(files.map(({ kind }) => kind.name));
		expect([...names].sort()).toEqual(YAML_KINDS.map((kind) => kind.name).sort());
		expect(files.filter(({ file }) => file.startsWith('modules/')).length).toBeGreaterThan(5);
	});

	test.each(files.map(({ file, kind }) => [file, kind] as const))(
		'%s starts with its schema line and matches the schema it names',
		async (file, kind) => {
			const text = await readFile(join(ROOT, file), 'utf8');
			expect(text.split('\n')[0], `the schema line of ${file} ${STALE}`).toBe(
				schemaLine(file, kind),
			);
			const schema = kind.list ? z.array(kind.entry) : kind.entry;
			expect(schema.safeParse(parse(text)).error?.issues ?? []).toEqual([]);
			// An editor using the JSON Schema must not flag a file the course accepts.
			expect(await editorErrors(schemaPath(kind), parse(text))).toEqual([]);
		},
	);

	test('an editor using the schema flags a misspelt field and a wrong type, as the check does', async () => {
		const module = parse(
			await readFile(join(ROOT, 'modules/00-first-look/module.yaml'), 'utf8'),
		) as Record<string, unknown>;
		const { passMark, ...rest } = module;
		expect(passMark).toBeDefined();
		const errors = await editorErrors('schemas/module.schema.json', {
			...rest,
			passmark: 80,
			estimatedMinutes: 'twenty',
		});
		expect(errors).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ params: { additionalProperty: 'passmark' } }),
				expect.objectContaining({ instancePath: '/estimatedMinutes' }),
			]),
		);
	});
});

describe('schemaLine', () => {
	test('names the schema by its path from the YAML file', () => {
		const [module, law, glossary] = ['module', 'law', 'glossary'].map((name) =>
			YAML_KINDS.find((kind) => kind.name === name)!,
		);
		expect(schemaLine('modules/00-first-look/module.yaml', module!)).toBe(
			'# yaml-language-server: $schema=../../schemas/module.schema.json',
		);
		expect(schemaLine('content/law/dol-2026.yaml', law!)).toBe(
			'# yaml-language-server: $schema=../../schemas/law.schema.json',
		);
		expect(schemaLine('content/glossary.yaml', glossary!)).toBe(
			'# yaml-language-server: $schema=../schemas/glossary.schema.json',
		);
	});
});

describe('withSchemaLine', () => {
	const line = '# yaml-language-server: $schema=../schemas/law.schema.json';

	test('puts the line above the file’s own comments', () => {
		expect(withSchemaLine('# Notes\nid: a\n', line)).toBe(`${line}\n# Notes\nid: a\n`);
	});

	test('replaces an older schema line instead of adding a second', () => {
		expect(withSchemaLine('# yaml-language-server: $schema=old.json\nid: a\n', line)).toBe(
			`${line}\nid: a\n`,
		);
	});
});

describe('the course check with a schema line', () => {
	test('still reports a problem at its line in the file', async () => {
		const course = await readCourseFiles(VALID);
		const module = course.modules[0]!;
		const text = withSchemaLine(
			module.moduleYaml!.text.replace(/^passMark: .*$/m, 'passMark: "80%"'),
			'# yaml-language-server: $schema=../../schemas/module.schema.json',
		);
		module.moduleYaml = { file: module.moduleYaml!.file, text };
		const line = text.split('\n').findIndex((row) => row.startsWith('passMark:')) + 1;
		expect(line).toBeGreaterThan(1);
		const { problems } = checkCourseFiles(course);
		expect(problems.map(({ file, line, field }) => ({ file, line, field }))).toEqual([
			{ file: 'modules/basics/module.yaml', line, field: 'passMark' },
		]);
	});
});
