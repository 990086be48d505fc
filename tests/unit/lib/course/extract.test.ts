import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import {
	collectReferences,
	extractLesson,
	extractQuiz,
	extractReflection,
	extractRightsCheck,
	extractScenario,
	extractTrafficLight,
} from '../../../../src/lib/course/extract/index.ts';
import { isJsxElement, parseMdx, type JsxElement } from '../../../../src/lib/course/mdx.ts';
import { QuizDataSchema, type QuizData } from '../../../../src/schemas/quiz.ts';
import {
	ReflectionDataSchema,
	RightsCheckDataSchema,
	TrafficLightDataSchema,
} from '../../../../src/schemas/review.ts';
import { ScenarioDataSchema } from '../../../../src/schemas/scenario.ts';

const options = { file: 'lesson.mdx', glossaryHref: '/glossary/' };

/** The first component in `source`, whether MDX made it a flow or a text element. */
function firstElement(source: string): JsxElement {
	const tree = parseMdx(source);
	const first = tree.children[0];
	const element = first?.type === 'paragraph' ? first.children[0] : first;
	if (!element || !isJsxElement(element)) throw new Error('No element in the source.');
	return element;
}

function problemsOf(result: {
	problems: Array<{ line?: number; field: string; message: string; hint?: string }>;
}) {
	return result.problems.map(({ line, field, message, hint }) => ({ line, field, message, hint }));
}

const QUIZ = `<Quiz id="quiz-16-rights" title="Check your understanding" assessment attempts={2}>
  <Question id="q-how-many-rights" type="single" outcome="o-name-rights" sources="hra-1998 echr">
    How many Convention rights does the <Term id="hra">Act</Term> protect?

    <Option id="ten">10</Option>
    <Option id="sixteen" correct>**16**</Option>
    <Option id="thirty" feedback="That is the number of articles in the UDHR.">30</Option>

    <Feedback correct>Right: see <LegalRef source="hra-1998" pin="Sch 1" />.</Feedback>
    <Feedback>Look again at Schedule 1.</Feedback>
  </Question>
  <Question id="q-art-13" type="true-false" answer="false">
    Article 13 is one of the Convention rights in Schedule 1.
    <Feedback correct>Yes: Article 13 is left out.</Feedback>
    <Feedback>Article 13 is not in Schedule 1.</Feedback>
  </Question>
</Quiz>`;

describe('extractQuiz', () => {
	test('reads questions, options and feedback as HTML', () => {
		const { data, problems } = extractQuiz(firstElement(QUIZ), options);
		expect(problems).toEqual([]);
		expect(QuizDataSchema.parse(data)).toEqual(data);
		expect(data).toMatchObject({
			id: 'quiz-16-rights',
			title: 'Check your understanding',
			assessment: true,
			attempts: 2,
		});
		expect(data.questions[0]).toMatchInlineSnapshot(`
			{
			  "correctHtml": "<p>Right: see <cite class="app-legal-ref" data-source="hra-1998" data-pin="Sch 1">hra-1998, Sch 1</cite>.</p>",
			  "id": "q-how-many-rights",
			  "incorrectHtml": "<p>Look again at Schedule 1.</p>",
			  "options": [
			    {
			      "correct": false,
			      "feedbackHtml": "",
			      "id": "ten",
			      "labelHtml": "10",
			    },
			    {
			      "correct": true,
			      "feedbackHtml": "",
			      "id": "sixteen",
			      "labelHtml": "<strong>16</strong>",
			    },
			    {
			      "correct": false,
			      "feedbackHtml": "<p>That is the number of articles in the UDHR.</p>",
			      "id": "thirty",
			      "labelHtml": "30",
			    },
			  ],
			  "outcome": "o-name-rights",
			  "promptHtml": "<p>How many Convention rights does the <a class="app-term" href="/glossary/#hra">Act</a> protect?</p>",
			  "sources": [
			    "hra-1998",
			    "echr",
			  ],
			  "type": "single",
			}
		`);
	});

	test('gives true-false questions the options `true` and `false`', () => {
		const { data } = extractQuiz(firstElement(QUIZ), options);
		expect(data.questions[1]?.options).toEqual([
			{ id: 'true', labelHtml: 'True', correct: false, feedbackHtml: '' },
			{ id: 'false', labelHtml: 'False', correct: true, feedbackHtml: '' },
		]);
	});

	test('defaults to unlimited attempts and no assessment', () => {
		const { data } = extractQuiz(
			firstElement(
				'<Quiz id="quiz-a">\n  <Question id="q-a" answer="true">\n    Yes?\n  </Question>\n</Quiz>',
			),
			options,
		);
		expect(data).toMatchObject<Partial<QuizData>>({ title: '', assessment: false, attempts: 0 });
		expect(data.questions[0]?.type).toBe('true-false');
	});

	test('reports a question with no correct option', () => {
		const result = extractQuiz(
			firstElement(
				'<Quiz id="quiz-a">\n  <Question id="q-a">\n    Which?\n    <Option id="a">A</Option>\n    <Option id="b">B</Option>\n    <Feedback>Why.</Feedback>\n  </Question>\n</Quiz>',
			),
			options,
		);
		expect(problemsOf(result)).toMatchInlineSnapshot(`
			[
			  {
			    "field": "<Question id="q-a"> <Option> correct",
			    "hint": "Add \`correct\` to the right \`<Option>\`, for example \`<Option id="a" correct>\`. See docs/authoring.md › Quiz.",
			    "line": 2,
			    "message": "No option in \`<Question id="q-a">\` is marked correct.",
			  },
			]
		`);
	});

	test('reports a single-answer question with two correct options', () => {
		const result = extractQuiz(
			firstElement(
				'<Quiz id="quiz-a">\n  <Question id="q-a" type="single">\n    Which?\n    <Option id="a" correct>A</Option>\n    <Option id="b" correct>B</Option>\n    <Feedback>Why.</Feedback>\n  </Question>\n</Quiz>',
			),
			options,
		);
		expect(problemsOf(result)).toMatchInlineSnapshot(`
			[
			  {
			    "field": "<Question id="q-a"> <Option> correct",
			    "hint": "Leave \`correct\` on one option only, or set \`type="multiple"\` if learners should pick several.",
			    "line": 2,
			    "message": "\`<Question id="q-a">\` is a \`single\` question, but 2 options are marked correct (\`a\` and \`b\`).",
			  },
			]
		`);
	});

	test('reports a misspelt type, attribute and expression with a likely fix', () => {
		const result = extractQuiz(
			firstElement(
				'<Quiz id="quiz-a" attempts={many}>\n  <Question id="q-a" type="singel" outcom="o-a">\n    Which?\n    <Option id="a" correct>A</Option>\n    <Option id="a" feedback="Why.">B</Option>\n  </Question>\n</Quiz>',
			),
			options,
		);
		expect(problemsOf(result)).toMatchInlineSnapshot(`
			[
			  {
			    "field": "<Quiz id="quiz-a"> attempts",
			    "hint": "Write a number, \`true\`, \`false\` or text in quotes, for example \`attempts="…"\`.",
			    "line": 1,
			    "message": "\`attempts={many}\` on \`<Quiz id="quiz-a">\` is not a plain value the course can read.",
			  },
			  {
			    "field": "<Question id="q-a"> outcom",
			    "hint": "Did you mean \`outcome\`?",
			    "line": 2,
			    "message": "\`<Question id="q-a">\` has an attribute \`outcom\` that it does not use.",
			  },
			  {
			    "field": "<Question id="q-a"> type",
			    "hint": "Did you mean \`single\`? The values you can use here are \`single\`, \`multiple\` or \`true-false\`.",
			    "line": 2,
			    "message": "\`type="singel"\` on \`<Question id="q-a">\` is not one of the choices.",
			  },
			  {
			    "field": "<Option id="a"> id",
			    "hint": "Give each one its own id.",
			    "line": 5,
			    "message": "Two elements in \`<Question id="q-a">\` have the id \`a\` (lines 4 and 5).",
			  },
			]
		`);
	});

	test('reports a question with no feedback at all, where the question starts', () => {
		const withFeedback = (feedback: string) =>
			problemsOf(
				extractQuiz(
					firstElement(
						`<Quiz id="quiz-a">\n  <Question id="q-a" type="true-false" answer="true">\n    Article 3 is absolute.\n    ${feedback}\n  </Question>\n</Quiz>`,
					),
					options,
				),
			);
		expect(withFeedback('')).toMatchInlineSnapshot(`
			[
			  {
			    "field": "<Question id="q-a"> <Feedback>",
			    "hint": "At the end of the question, add \`<Feedback correct>…</Feedback>\` saying why the answer is right and \`<Feedback>…</Feedback>\` saying what to look at again.",
			    "line": 2,
			    "message": "\`<Question id="q-a">\` has no feedback, so a learner is told only whether they were right.",
			  },
			]
		`);
		// Any one kind of feedback is enough for this check.
		expect(withFeedback('<Feedback>It is.</Feedback>')).toEqual([]);
		expect(withFeedback('<Feedback correct>Yes.</Feedback>')).toEqual([]);
	});

	test('reports a missing id and text in the wrong place without throwing', () => {
		const result = extractQuiz(
			firstElement('<Quiz>\n  Stray text.\n  <Option id="x">X</Option>\n</Quiz>'),
			options,
		);
		expect(problemsOf(result)).toMatchInlineSnapshot(`
			[
			  {
			    "field": "<Quiz> id",
			    "hint": "Add an \`id\` that is unique in the course and never changes, in lower-case words joined by hyphens, for example \`id="q-least-restrictive"\`.",
			    "line": 1,
			    "message": "\`<Quiz>\` has no \`id\`.",
			  },
			  {
			    "field": "<Quiz>",
			    "hint": "Move it, or delete it. See docs/authoring.md.",
			    "line": 2,
			    "message": "Text cannot go here: only \`<Question>\` elements can go directly inside \`<Quiz>\`.",
			  },
			  {
			    "field": "<Option>",
			    "hint": "Move it into \`<Question>\`. See docs/authoring.md.",
			    "line": 3,
			    "message": "\`<Option>\` must be inside \`<Question>\`, but it is directly inside \`<Quiz>\`.",
			  },
			  {
			    "field": "<Quiz>",
			    "hint": "Add at least one \`<Question>\` inside it. See docs/authoring.md › Quiz.",
			    "line": 1,
			    "message": "\`<Quiz>\` has no questions.",
			  },
			]
		`);
	});
});

describe('extractTrafficLight', () => {
	test('reads statements with their amber, red and action text', () => {
		const { data, problems } = extractTrafficLight(
			firstElement(`<TrafficLight id="tl-ward" title="Ward review">
  Rate your ward honestly.

  <Statement id="tl-name-rights" sources="mhu-2018">
    Staff can name the rights engaged by *restraint*.
    <Amber>Senior staff can.</Amber>
    <Red>Staff describe restraint purely as policy.</Red>
    <Action>Add a Rights Check huddle to induction.</Action>
  </Statement>
</TrafficLight>`),
			options,
		);
		expect(problems).toEqual([]);
		expect(TrafficLightDataSchema.parse(data)).toEqual(data);
		expect(data).toMatchInlineSnapshot(`
			{
			  "id": "tl-ward",
			  "introHtml": "<p>Rate your ward honestly.</p>",
			  "statements": [
			    {
			      "action": "Add a Rights Check huddle to induction.",
			      "amberHtml": "<p>Senior staff can.</p>",
			      "html": "<p>Staff can name the rights engaged by <em>restraint</em>.</p>",
			      "id": "tl-name-rights",
			      "redHtml": "<p>Staff describe restraint purely as policy.</p>",
			      "sources": [
			        "mhu-2018",
			      ],
			    },
			  ],
			  "title": "Ward review",
			}
		`);
	});
	test('reads the groups a review asks for and a statement in plain words', () => {
		const { data, problems } = extractTrafficLight(
			firstElement(`<TrafficLight id="tl-ward" title="Ward review" groups="young-people staff">
  <Statement id="tl-name-rights">
    Staff can name the rights engaged by restraint.
    <Plain>Staff know your **rights** when they hold you.</Plain>
    <Amber>Senior staff can.</Amber>
    <Red>Staff describe restraint purely as policy.</Red>
  </Statement>
</TrafficLight>`),
			options,
		);
		expect(problems).toEqual([]);
		expect(TrafficLightDataSchema.parse(data)).toEqual(data);
		expect(data.groups).toEqual(['young-people', 'staff']);
		expect(data.statements[0]?.plainHtml).toBe(
			'<p>Staff know your <strong>rights</strong> when they hold you.</p>',
		);
	});

	test('leaves groups and plain words out when the author writes none', () => {
		const { data } = extractTrafficLight(
			firstElement(`<TrafficLight id="tl-ward">
  <Statement id="tl-a">
    Text.
    <Amber>Some.</Amber>
    <Red>None.</Red>
  </Statement>
</TrafficLight>`),
			options,
		);
		expect(data).not.toHaveProperty('groups');
		expect(data.statements[0]).not.toHaveProperty('plainHtml');
	});

	test('reports an unknown or repeated group, an empty or second <Plain>, with the fix', () => {
		const result = extractTrafficLight(
			firstElement(`<TrafficLight id="tl-ward" groups="young-poeple staff staff visitors">
  <Statement id="tl-a">
    Text.
    <Plain></Plain>
    <Plain>Again.</Plain>
    <Amber>Some.</Amber>
    <Red>None.</Red>
  </Statement>
</TrafficLight>`),
			options,
		);
		expect(problemsOf(result)).toMatchInlineSnapshot(`
			[
			  {
			    "field": "<TrafficLight id="tl-ward"> groups",
			    "hint": "Did you mean \`young-people\`? The groups you can use here are \`young-people\`, \`parents-carers\`, \`advocates\`, \`staff\` or \`leaders\`.",
			    "line": 1,
			    "message": "\`young-poeple\` in \`groups\` on \`<TrafficLight id="tl-ward">\` is not a group the review knows.",
			  },
			  {
			    "field": "<TrafficLight id="tl-ward"> groups",
			    "hint": "Keep one of them.",
			    "line": 1,
			    "message": "\`groups\` on \`<TrafficLight id="tl-ward">\` lists \`staff\` twice.",
			  },
			  {
			    "field": "<TrafficLight id="tl-ward"> groups",
			    "hint": "The groups you can use here are \`young-people\`, \`parents-carers\`, \`advocates\`, \`staff\` or \`leaders\`.",
			    "line": 1,
			    "message": "\`visitors\` in \`groups\` on \`<TrafficLight id="tl-ward">\` is not a group the review knows.",
			  },
			  {
			    "field": "<Statement id="tl-a"> <Plain>",
			    "hint": "Write the statement in words a young person would use, or remove \`<Plain>\`. See docs/authoring.md › TrafficLight.",
			    "line": 4,
			    "message": "\`<Plain>\` in \`<Statement id="tl-a">\` has no text.",
			  },
			  {
			    "field": "<Statement id="tl-a"> <Plain>",
			    "hint": "Keep one \`<Plain>\` and merge the text.",
			    "line": 5,
			    "message": "\`<Statement id="tl-a">\` has more than one \`<Plain>\`.",
			  },
			]
		`);
	});
});

describe('extractReflection', () => {
	test('reads the prompt as HTML', () => {
		const { data, problems } = extractReflection(
			firstElement(
				'<Reflection id="r-rules">\n  Think of a rule that applies to **everyone**.\n</Reflection>',
			),
			options,
		);
		expect(problems).toEqual([]);
		expect(ReflectionDataSchema.parse(data)).toEqual({
			id: 'r-rules',
			promptHtml: '<p>Think of a rule that applies to <strong>everyone</strong>.</p>',
		});
	});
});

describe('extractRightsCheck', () => {
	test('reads the situation, model rights and model answer', () => {
		const { data, problems } = extractRightsCheck(
			firstElement(
				'<RightsCheck id="rc-phones" title="Phone ban" rights="art-8 art-10, art-14">\n  No young person may keep a phone.\n  <ModelAnswer>Article 8 is engaged.</ModelAnswer>\n</RightsCheck>',
			),
			options,
		);
		expect(problems).toEqual([]);
		expect(RightsCheckDataSchema.parse(data)).toEqual({
			id: 'rc-phones',
			title: 'Phone ban',
			situationHtml: '<p>No young person may keep a phone.</p>',
			modelRights: ['art-8', 'art-10', 'art-14'],
			modelNotesHtml: '<p>Article 8 is engaged.</p>',
		});
	});
});

const SCENARIO = `---
id: s-search
---

Introduction with a <Term id="search">search</Term>.

<Node id="n-start">
  Kai is 16.

  <Choice id="c-covert" to="n-covert" rights="art-8 art-9" set="trust=low told=no">
    Search the room while Kai is at school.
    <Feedback>Covert searches damage trust.</Feedback>
  </Choice>
  <Choice id="c-ask" to="e-best" rights="art-8" if="told=no" best>
    Ask Kai for consent.
    <Feedback>Explaining respects Kai's privacy.</Feedback>
  </Choice>
</Node>

<Node id="n-covert">
  Later that day:
  <When if="trust=low">Kai finds out.</When>
  <Goto if="trust=low" to="e-harm" />
  <Goto to="e-best" />
</Node>

<Ending id="e-best" title="Safe and respectful" outcome="positive" score={100}>
  Kai hands the blade over.
</Ending>

<Ending id="e-harm" title="Trust lost" outcome="negative" score="20">
  Kai stops talking to staff.
</Ending>
`;

describe('extractScenario', () => {
	const frontmatter = {
		id: 's-search',
		title: 'Searching',
		summary: 'A search.',
		start: 'n-start',
	};

	test('reads nodes, choices, conditions, assignments and endings', () => {
		const { data, problems } = extractScenario(parseMdx(SCENARIO), frontmatter, options);
		expect(problems).toEqual([]);
		expect(ScenarioDataSchema.parse(data)).toEqual(data);
		expect(data.introHtml).toBe(
			'<p>Introduction with a <a class="app-term" href="/glossary/#search">search</a>.</p>',
		);
		expect(data.nodes).toMatchInlineSnapshot(`
			[
			  {
			    "blocks": [
			      {
			        "html": "<p>Kai is 16.</p>",
			      },
			    ],
			    "choices": [
			      {
			        "best": false,
			        "feedbackHtml": "<p>Covert searches damage trust.</p>",
			        "id": "c-covert",
			        "labelHtml": "Search the room while Kai is at school.",
			        "rights": [
			          "art-8",
			          "art-9",
			        ],
			        "set": [
			          {
			            "name": "trust",
			            "value": "low",
			          },
			          {
			            "name": "told",
			            "value": "no",
			          },
			        ],
			        "to": "n-covert",
			      },
			      {
			        "best": true,
			        "feedbackHtml": "<p>Explaining respects Kai's privacy.</p>",
			        "id": "c-ask",
			        "labelHtml": "Ask Kai for consent.",
			        "rights": [
			          "art-8",
			        ],
			        "set": [],
			        "to": "e-best",
			        "when": {
			          "name": "told",
			          "value": "no",
			        },
			      },
			    ],
			    "gotos": [],
			    "id": "n-start",
			    "kind": "node",
			  },
			  {
			    "blocks": [
			      {
			        "html": "<p>Later that day:</p>",
			      },
			      {
			        "html": "<p>Kai finds out.</p>",
			        "when": {
			          "name": "trust",
			          "value": "low",
			        },
			      },
			    ],
			    "choices": [],
			    "gotos": [
			      {
			        "to": "e-harm",
			        "when": {
			          "name": "trust",
			          "value": "low",
			        },
			      },
			      {
			        "to": "e-best",
			      },
			    ],
			    "id": "n-covert",
			    "kind": "node",
			  },
			]
		`);
		expect(data.endings.map(({ id, outcome, score }) => ({ id, outcome, score }))).toEqual([
			{ id: 'e-best', outcome: 'positive', score: 100 },
			{ id: 'e-harm', outcome: 'negative', score: 20 },
		]);
	});

	test('a question just before the choices becomes their question, so it is not asked twice', () => {
		const asks = (nodeText: string) => {
			const tree = parseMdx(`<Node id="n-start">
  ${nodeText}
  <Choice id="c-a" to="e-a">Go.<Feedback>Fine.</Feedback></Choice>
</Node>

<Ending id="e-a" title="End" outcome="positive" score={100}>Done.</Ending>
`);
			const [node] = extractScenario(tree, frontmatter, options).data.nodes;
			return { question: node?.question, blocks: node?.blocks.map((block) => block.html) };
		};
		expect(asks('Kai is upset.\n\n  What do you *say* first?')).toEqual({
			question: 'What do you <em>say</em> first?',
			blocks: ['<p>Kai is upset.</p>'],
		});
		expect(asks('Kai is upset.\n\n  *What now?*')).toEqual({
			question: '<em>What now?</em>',
			blocks: ['<p>Kai is upset.</p>'],
		});
		// Text that is not a question stays where it is; the player asks its own question.
		expect(asks('Kai asks "why?" and walks off.')).toEqual({
			question: undefined,
			blocks: ['<p>Kai asks "why?" and walks off.</p>'],
		});
		// A question that only some learners see stays in its `<When>`.
		expect(asks('Kai is upset.\n\n  <When if="told=no">Why now?</When>')).toEqual({
			question: undefined,
			blocks: ['<p>Kai is upset.</p>', '<p>Why now?</p>'],
		});
	});

	test('reports endings without outcome or a valid score and choices without feedback', () => {
		const tree = parseMdx(`<Node id="n-start">
  Text.
  <Choice id="c-a" to="e-a" set="trust">Go.</Choice>
</Node>

<Ending id="e-a" title="End" score={150}>
  Done.
</Ending>
`);
		expect(problemsOf(extractScenario(tree, frontmatter, options))).toMatchInlineSnapshot(`
			[
			  {
			    "field": "<Choice id="c-a"> set",
			    "hint": "Write \`set="name=value"\`, with several separated by spaces, for example \`set="trust=low consent=no"\`.",
			    "line": 3,
			    "message": "\`trust\` in \`set\` on \`<Choice id="c-a">\` is not a variable assignment.",
			  },
			  {
			    "field": "<Choice id="c-a"> <Feedback>",
			    "hint": "Add \`<Feedback>…</Feedback>\` after the choice text, explaining the rights this choice engages.",
			    "line": 3,
			    "message": "\`<Choice id="c-a">\` has no feedback.",
			  },
			  {
			    "field": "<Ending id="e-a"> outcome",
			    "hint": "Add \`outcome="positive"\`, \`outcome="mixed"\` or \`outcome="negative"\`. See docs/authoring.md › Scenario.",
			    "line": 6,
			    "message": "\`<Ending id="e-a">\` has no \`outcome\`.",
			  },
			  {
			    "field": "<Ending id="e-a"> score",
			    "hint": "Write a whole number from 0 to 100, for example \`score={100}\`.",
			    "line": 6,
			    "message": "\`score\` on \`<Ending id="e-a">\` is \`150\`, but it must be a whole number from 0 to 100.",
			  },
			]
		`);
	});
});

describe('extractLesson', () => {
	test('collects every tracked component and scenario reference', () => {
		const tree = parseMdx(
			`${QUIZ}\n\n<Callout type="key" title="Remember">\n  <Reflection id="r-a">Why?</Reflection>\n</Callout>\n\n<Scenario id="s-search" />\n`,
		);
		const { data, problems } = extractLesson(tree, options);
		expect(problems).toEqual([]);
		expect(data.quizzes.map((quiz) => quiz.id)).toEqual(['quiz-16-rights']);
		expect(data.reflections.map((reflection) => reflection.id)).toEqual(['r-a']);
		expect(data.scenarios).toEqual([{ id: 's-search', line: 23, column: 1 }]);
	});

	test('collects the citations an author lists at the end of the page, in order', () => {
		const tree = parseMdx(
			'Key rule <LegalRef source="hra-1998" pin="s.6(1)" />. Detail <LegalRef source="nice-ng10" listed />, more <LegalRef source="mha-code-2015" pin="ch. 26" listed />.\n',
		);
		const { data, problems } = extractLesson(tree, options);
		expect(problems).toEqual([]);
		expect(data.listedSources).toEqual([
			{ source: 'nice-ng10' },
			{ source: 'mha-code-2015', pin: 'ch. 26' },
		]);
	});

	test('reports an id longer than the schema allows, where it is written', () => {
		const long = `q-${'very-'.repeat(14)}long`;
		const tree = parseMdx(`<Scenario id="${long}" />\n`);
		const { problems } = extractLesson(tree, options);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ field: `<Scenario id="${long}"> id`, line: 1 });
		expect(problems[0]?.message).toContain(`is ${long.length} characters long; ids are at most 64`);
	});

	test('reports a value on the listed switch of a citation', () => {
		const tree = parseMdx('Detail <LegalRef source="nice-ng10" listed="yes" />.\n');
		const { data, problems } = extractLesson(tree, options);
		expect(problems.map((p) => p.field)).toEqual(['<LegalRef> listed']);
		expect(data.listedSources).toEqual([]);
	});

	test('reports components out of place, unknown components and bad props', () => {
		const tree = parseMdx(
			'<Option id="a">A</Option>\n\n<Node id="n-a">Text</Node>\n\n<Quizz id="q" />\n\n<Callout type="warn">Careful.</Callout>\n',
		);
		expect(problemsOf(extractLesson(tree, options))).toMatchInlineSnapshot(`
			[
			  {
			    "field": "<Option>",
			    "hint": "Move it into \`<Question>\`. See docs/authoring.md.",
			    "line": 1,
			    "message": "\`<Option>\` must be inside \`<Question>\`.",
			  },
			  {
			    "field": "<Node>",
			    "hint": "Write the scenario in its own file and show it here with \`<Scenario id="…" />\`.",
			    "line": 3,
			    "message": "\`<Node>\` belongs in a scenario file in \`content/scenarios/\`, not in a lesson.",
			  },
			  {
			    "field": "<Quizz>",
			    "hint": "Did you mean \`<Quiz>\`?",
			    "line": 5,
			    "message": "\`<Quizz>\` is not one of the course components.",
			  },
			  {
			    "field": "<Callout> type",
			    "hint": "The values you can use here are \`info\`, \`warning\` or \`key\`.",
			    "line": 7,
			    "message": "\`type="warn"\` on \`<Callout>\` is not one of the choices.",
			  },
			]
		`);
	});

	test('collects law notices in order, and refers to their items by id', () => {
		const tree = parseMdx(
			'<LawStatus law="dol-2026" />\n\nText.\n\n<LawStatus law="lps-dols" />\n',
		);
		const { data, problems } = extractLesson(tree, options);
		expect(problems).toEqual([]);
		expect(data.laws).toEqual([
			{ id: 'dol-2026', line: 1, column: 1 },
			{ id: 'lps-dols', line: 5, column: 1 },
		]);
		expect(collectReferences(tree).references.map(({ kind, id }) => `${kind} ${id}`)).toEqual([
			'law dol-2026',
			'law lps-dols',
		]);
	});

	test('reports a law notice without an item or with its own text', () => {
		const tree = parseMdx('<LawStatus asOf="2026-11">\nThe law changed in June.\n</LawStatus>\n');
		expect(problemsOf(extractLesson(tree, options))).toMatchInlineSnapshot(`
			[
			  {
			    "field": "<LawStatus> asOf",
			    "hint": "Remove it. \`<LawStatus>\` takes \`law\`.",
			    "line": 1,
			    "message": "\`<LawStatus>\` has an attribute \`asOf\` that it does not use.",
			  },
			  {
			    "field": "<LawStatus> law",
			    "hint": "Add \`law="…"\` to it. See docs/authoring.md.",
			    "line": 1,
			    "message": "\`<LawStatus>\` has no \`law\`.",
			  },
			  {
			    "field": "<LawStatus>",
			    "hint": "Write the text as an item in \`content/law/<id>.yaml\` and show it with \`<LawStatus law="<id>" />\`. See README › Authoring › The law in one place.",
			    "line": 1,
			    "message": "\`<LawStatus>\` has text inside it, but a law notice shows only the item it names.",
			  },
			]
		`);
	});

	test('never throws on odd input', () => {
		const tree: Root = parseMdx('<>\n  {1}\n</>\n\n<Quiz {...props} />\n\n<Reflection id={7} />\n');
		expect(() => extractLesson(tree, options)).not.toThrow();
		expect(extractLesson(tree, options).problems.length).toBeGreaterThan(0);
	});
});

describe('collectReferences', () => {
	test('lists referenced ids and component ids with positions', () => {
		const { references, components } = collectReferences(
			parseMdx(`${QUIZ}\n\n<RightCard right="art-8" />\n`),
		);
		expect(references.map(({ kind, id, line }) => `${kind} ${id} ${line}`)).toEqual([
			'outcome o-name-rights 2',
			'source hra-1998 2',
			'source echr 2',
			'term hra 3',
			'source hra-1998 9',
			'right art-8 19',
		]);
		expect(
			components.map(({ kind, id, scope, line }) => `${kind} ${id} ${scope ?? '-'} ${line}`),
		).toEqual([
			'quiz quiz-16-rights - 1',
			'question q-how-many-rights - 2',
			'option ten q-how-many-rights 5',
			'option sixteen q-how-many-rights 6',
			'option thirty q-how-many-rights 7',
			'question q-art-13 - 12',
		]);
	});
});
