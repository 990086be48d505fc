import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkCourseFiles } from '../../../../src/lib/check/course.ts';
import type { SourceText } from '../../../../src/lib/check/load.ts';
import { sortProblems } from '../../../../src/lib/problems/problem.ts';

const root = new URL('../../../../', import.meta.url);
const read = (file: string): SourceText => ({
	file,
	text: readFileSync(new URL(file, root), 'utf8'),
});
const STEPS = read('content/rights-check/steps.yaml');
const NOTICES = read('content/rights-check/notices.yaml');

type Edit = [find: string, replace: string];

function edit(source: SourceText, edits: Edit[]): SourceText {
	let text = source.text;
	for (const [find, replace] of edits) {
		if (!text.includes(find)) throw new Error(`\`${find}\` is not in ${source.file}.`);
		text = text.replace(find, replace);
	}
	return { ...source, text };
}

/** Problems in `content/rights-check/` after the edits, as an author reads them. */
function problemsAfter({ steps = [], notices = [] }: { steps?: Edit[]; notices?: Edit[] }) {
	const { problems } = checkCourseFiles({
		modules: [],
		rights: [],
		scenarios: [],
		law: [],
		sources: read('content/sources.yaml'),
		rightsCheckSteps: edit(STEPS, steps),
		rightsCheckNotices: edit(NOTICES, notices),
	});
	return sortProblems(problems)
		.filter((problem) => problem.file.startsWith('content/rights-check/'))
		.map(({ file, line, column, field, message, hint }) => ({
			at: `${file}:${line ?? '-'}:${column ?? '-'}`,
			field,
			message,
			hint,
		}));
}

describe('checkRightsCheck', () => {
	test('finds no problems in the course’s Rights Check', () => {
		expect(problemsAfter({})).toEqual([]);
	});

	test('reports an anchor’s unknown source with the likely id', () => {
		expect(problemsAfter({ steps: [['source: bank-mellat-2013', 'source: bank-mellat-2031']] }))
			.toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/rights-check/steps.yaml:228:15",
			    "field": "item 6 › anchors › item 1 › source",
			    "hint": "Did you mean \`bank-mellat-2013\`?",
			    "message": "There is no source \`bank-mellat-2031\` in \`content/sources.yaml\`.",
			  },
			]
		`);
	});

	test('reports a renamed field that the gates read', () => {
		expect(problemsAfter({ steps: [['- id: art3-risk', '- id: art3-risks']] }))
			.toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/rights-check/steps.yaml:111:3",
			    "field": "item 3 › fields",
			    "hint": "Add it back as \`- id: art3-risk\` with \`kind: radios\`. Learners’ saved answers are stored against these ids, so never rename one.",
			    "message": "The step \`guard\` has no field \`art3-risk\`, which the Rights Check’s warnings and gates read.",
			  },
			]
		`);
	});

	test('reports a missing option value that the warnings compare with', () => {
		expect(problemsAfter({ steps: [['- value: policy-only', '- value: policy']] }))
			.toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/rights-check/steps.yaml:159:7",
			    "field": "item 4 › fields › item 1 › options",
			    "hint": "Add it back as \`- value: policy-only\` with its \`label\`. Learners’ saved answers are stored against these ids, so never rename one.",
			    "message": "The field \`basis\` has no option \`policy-only\`, which the Rights Check’s warnings and gates look for.",
			  },
			]
		`);
	});

	test('reports a field id used twice, naming both places', () => {
		expect(problemsAfter({ steps: [['- id: family-view', '- id: young-person-view']] }))
			.toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/rights-check/steps.yaml:270:7",
			    "field": "item 7 › fields › item 2 › id",
			    "hint": "Give each field its own id, and keep the one that was there first. Learners’ saved answers are stored against these ids, so never rename one.",
			    "message": "The field id \`young-person-view\` is already used in the step \`voice\`, at content/rights-check/steps.yaml:266:7.",
			  },
			]
		`);
	});

	test('reports a missing step once, and a misspelt one only by its schema', () => {
		const voice = /\n- id: voice\n[\s\S]*?\n(?=\n- id: record)/.exec(STEPS.text)![0];
		expect(problemsAfter({ steps: [[voice, '']] })).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/rights-check/steps.yaml:1:1",
			    "field": "id",
			    "hint": "Add it back as \`- id: voice\`, next to \`smallest\` and \`record\`. See docs/authoring.md › Editing the Rights Check.",
			    "message": "The step \`voice\` is missing: the Rights Check needs every one of \`recognise\`, \`identify\`, \`guard\`, \`basis\`, \`aim\`, \`smallest\`, \`voice\` and \`record\`.",
			  },
			]
		`);
		expect(problemsAfter({ steps: [['- id: voice', '- id: voise']] })).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/rights-check/steps.yaml:252:3",
			    "field": "id",
			    "hint": "Did you mean \`voice\`? The values you can use here are \`recognise\`, \`identify\`, \`guard\`, \`basis\`, \`aim\`, \`smallest\`, \`voice\` or \`record\`.",
			    "message": "\`id\` is the text \`"voise"\`, which is not one of the choices.",
			  },
			]
		`);
	});

	test('reports a field with an unknown kind', () => {
		expect(
			problemsAfter({
				steps: [
					[
						'kind: textarea\n      label: What is being decided?',
						'kind: textbox\n      label: What is being decided?',
					],
				],
			}),
		).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/rights-check/steps.yaml:27:7",
			    "field": "fields › item 1 › kind",
			    "hint": "The values you can use here are \`text\`, \`textarea\`, \`lines\`, \`radios\`, \`checkboxes\` or \`rights\`.",
			    "message": "\`kind\` is the text \`"textbox"\`, which is not one of the choices.",
			  },
			]
		`);
	});

	test('reports a choice field without options', () => {
		expect(
			problemsAfter({
				steps: [
					['kind: text\n      label: For how long?', 'kind: radios\n      label: For how long?'],
				],
			}),
		).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/rights-check/steps.yaml:44:7",
			    "field": "fields › item 3 › options",
			    "hint": "The choices of a radios or checkboxes field, in the order shown.",
			    "message": "\`options\` is not valid: a \`radios\` field needs \`options\`, each with a \`value\` and a \`label\`.",
			  },
			]
		`);
	});

	test('reports an aim notice that cannot quote the learner’s words', () => {
		expect(
			problemsAfter({ notices: [['Your reason mentions {words}.', 'Your reason mentions this.']] }),
		).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/rights-check/notices.yaml:61:3",
			    "field": "item 7 › body",
			    "hint": "Put \`{words}\` where the words go, for example \`Your reason mentions {words}.\`",
			    "message": "The \`aim\` notice’s body has no \`{words}\`, so it cannot quote the learner’s words.",
			  },
			]
		`);
	});
});
