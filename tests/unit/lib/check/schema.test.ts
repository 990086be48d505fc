import { describe, expect, test } from 'vitest';
import { checkSchema } from '../../../../src/lib/check/rules/schema.ts';
import { parseYaml } from '../../../../src/lib/check/yaml.ts';
import { ModuleSchema } from '../../../../src/schemas/module.ts';

const MODULE = `id: basics
title: Rights basics
summary: What the Act asks of staff.
audience: Ward staff
order: 1
version: 1.0
estimatedMinutes: 20
outcomes:
  - id: o-name
    text: Name the rights.
  - id: O Second
    text: Choose.
completion: all
pasMark: 80
`;

describe('checkSchema', () => {
	test('points each problem at the line of its key, with an offset for frontmatter', () => {
		const { source } = parseYaml(MODULE, 'modules/basics/module.yaml', 1);
		const { value, problems } = checkSchema(source, ModuleSchema, { what: 'a module' });
		expect(value).toBeUndefined();
		expect(problems.map(({ line, field, message, hint }) => ({ line, field, message, hint })))
			.toMatchInlineSnapshot(`
				[
				  {
				    "field": "version",
				    "hint": "Put it in quotes: \`version: "1.0"\`.",
				    "line": 7,
				    "message": "\`version\` should be text, but YAML reads \`1.0\` as a number.",
				  },
				  {
				    "field": "outcomes › item 2 › id",
				    "hint": "Use lower-case letters, digits and single hyphens, for example \`q-least-restrictive\`.",
				    "line": 12,
				    "message": "\`id\` is the text \`"O Second"\`, which is not in the form it needs.",
				  },
				  {
				    "field": "completion",
				    "hint": "The values you can use here are \`all-lessons\`, \`pass-assessment\` or \`all-lessons-and-pass-assessment\`.",
				    "line": 14,
				    "message": "\`completion\` is the text \`"all"\`, which is not one of the choices.",
				  },
				  {
				    "field": "passMark",
				    "hint": "Did you mean \`passMark\` instead of \`pasMark\`? Rename \`pasMark\` to \`passMark\`.",
				    "line": 15,
				    "message": "\`passMark\` is missing.",
				  },
				]
			`);
	});

	test('reports YAML syntax errors with their line', () => {
		const { problems } = parseYaml('id: a\ntitle: Rights: the basics\n', 'module.yaml');
		expect(problems).toMatchInlineSnapshot(`
			[
			  {
			    "column": 8,
			    "field": "YAML",
			    "file": "module.yaml",
			    "hint": "Check this line: each field is \`name: value\` on its own line, list items start with \`- \`, nested fields are indented with spaces by the same amount, and text that contains \`: \` or \`#\` is wrapped in quotes.",
			    "line": 2,
			    "message": "This YAML cannot be read: nested mappings are not allowed in compact mappings.",
			  },
			]
		`);
	});

	test('reports a key written twice', () => {
		const { problems } = parseYaml('id: a\nid: b\n', 'module.yaml');
		expect(problems.map(({ line, message }) => ({ line, message }))).toEqual([
			{ line: 2, message: 'The field `id` appears twice here.' },
		]);
	});
});
