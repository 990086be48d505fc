/**
 * The text of the files `npm run new` writes. Every file passes the course check as written:
 * what learners would see comes from the author's answers, and the guidance for the author sits
 * in MDX comments (`{/* … *\/}`), which are never shown. The one exception is a new scenario,
 * whose story the author writes over the starter text (see docs/authoring.md › Your first
 * scenario).
 */
import { stringify } from 'yaml';
import { countWords, estimateMinutes } from '../course/estimate.ts';
import { parseMdx, toPlainText } from '../course/mdx.ts';

/** YAML as the course writes it: block style, long lines never folded. */
function yaml(value: Record<string, unknown>): string {
	return stringify(value, { lineWidth: 0 });
}

function frontmatter(value: Record<string, unknown>): string {
	return `---\n${yaml(value)}---\n`;
}

/**
 * `text` as one paragraph of literal MDX text: line breaks become spaces, and the characters MDX
 * or Markdown would read as code, components or formatting are escaped.
 */
function mdxText(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\`*_{}[\]<>~&]/g, (character) => `\\${character}`)
		.replace(/^[-+=#]/, (marker) => `\\${marker}`)
		.replace(/^(\d+)([.)])/, '$1\\$2');
}

function comment(lines: readonly string[]): string {
	return `{/*\n${lines.map((line) => `  ${line}`).join('\n')}\n*/}\n`;
}

const LESSON_GUIDANCE = [
	'Write the lesson here, in Markdown: paragraphs, ## headings, lists, **bold**.',
	'The components (Quiz, Scenario, Reflection, RightCard, LegalRef, Term…) are in docs/authoring.md.',
	'Keep the id above as it is once the lesson is published: learners’ progress is stored against it.',
	'This note is not shown to learners; delete it when you like.',
];

export interface LessonText {
	id: string;
	title: string;
	summary?: string;
}

/** A lesson with its frontmatter and a note for the author in place of the text. */
export function lessonMdx({ id, title, summary }: LessonText): string {
	return `${frontmatter({ id, title, ...(summary ? { summary } : {}) })}\n${comment(LESSON_GUIDANCE)}`;
}

export interface AssessmentText {
	lessonId: string;
	quizId: string;
	questionId: string;
	outcomeId: string;
	/** A statement that is true or false, which checks the outcome. */
	statement: string;
	answer: 'true' | 'false';
	/** Source ids from `content/sources.yaml`. */
	sources: readonly string[];
	passMark: number;
}

/** Attempts at each assessment question, as in the course's other modules. */
const ATTEMPTS = 2;

/** The module's last lesson: an assessment quiz with one true-or-false question. */
export function assessmentMdx(text: AssessmentText): string {
	const answer = text.answer === 'true' ? 'true' : 'false';
	const sources = text.sources.length > 0 ? ` sources="${text.sources.join(' ')}"` : '';
	return [
		frontmatter({
			id: text.lessonId,
			title: 'Check your understanding',
			summary: `Score ${text.passMark}% or more to complete the module.`,
		}),
		// The quiz itself tells learners how many attempts they have.
		'Answer each question, then check your answer.',
		'',
		comment([
			'Add a <Question> for every learning outcome in module.yaml, with outcome="<its id>".',
			'Write each feedback so it says why the answer is right.',
			'The module’s score is the share of these questions answered correctly.',
		]).trimEnd(),
		'',
		`<Quiz id="${text.quizId}" title="End of module check" assessment attempts={${ATTEMPTS}}>`,
		`<Question id="${text.questionId}" type="true-false" answer="${answer}" outcome="${text.outcomeId}"${sources}>`,
		mdxText(text.statement),
		'',
		`<Feedback correct>Correct: it is ${answer}.</Feedback>`,
		`<Feedback>It is ${answer}.</Feedback>`,
		'</Question>',
		'</Quiz>',
		'',
	].join('\n');
}

export interface ModuleText {
	id: string;
	title: string;
	summary: string;
	audience: string;
	order: number;
	outcome: { id: string; text: string };
	passMark: number;
	/** The texts of the module's lessons, to estimate the minutes it takes. */
	lessons: readonly string[];
	questions: number;
}

/** `module.yaml` for a new module, with every field the schema asks for. */
export function moduleYaml(module: ModuleText): string {
	// The line `npm run schemas` gives every module.yaml (scripts/json-schemas.ts), so editors
	// check the new file as the author types.
	return `# yaml-language-server: $schema=../../schemas/module.schema.json\n${yaml({
		id: module.id,
		title: module.title,
		summary: module.summary,
		audience: module.audience,
		order: module.order,
		version: '1.0.0',
		estimatedMinutes: minutesFor(module.lessons, module.questions),
		outcomes: [module.outcome],
		completion: 'all-lessons-and-pass-assessment',
		passMark: module.passMark,
	})}`;
}

/**
 * The minutes lessons take at the pace of `src/lib/course/estimate.ts` (words read and questions
 * answered), at least one.
 */
function minutesFor(lessons: readonly string[], questions: number): number {
	const lessonWords = lessons.reduce(
		(sum, text) => sum + countWords(toPlainText(parseMdx(text).children)),
		0,
	);
	const minutes = estimateMinutes({
		lessonWords,
		scenarioWords: 0,
		questions,
		reflections: 0,
		reviewStatements: 0,
		rightsChecks: 0,
	});
	return Math.max(1, Math.round(minutes));
}

export interface ScenarioText {
	id: string;
	title: string;
	summary: string;
	/** Right ids from `content/rights/`, at least one. */
	rights: readonly string[];
	/** Source ids from `content/sources.yaml`. */
	sources: readonly string[];
}

/**
 * A small branching scenario to write over: a first decision with a best choice that ends well
 * and another that leads to a second decision, which can end mixed or badly. Every choice engages
 * the scenario's rights until the author says otherwise.
 */
export function scenarioMdx(scenario: ScenarioText): string {
	const rights = scenario.rights.join(' ');
	return [
		frontmatter({
			id: scenario.id,
			title: scenario.title,
			summary: scenario.summary,
			start: 'n-start',
			rights,
			...(scenario.sources.length > 0 ? { sources: scenario.sources.join(' ') } : {}),
		}),
		comment([
			'A branching scenario. The learner reads a <Node>, picks a <Choice>, reads its <Feedback>,',
			'then goes to the <Node> or <Ending> named in the choice’s `to`. Write your story over the',
			'text below; keep the structure, or add nodes, choices and endings the same way.',
			'rights="…" on a choice lists the rights it engages; `best` marks the best choice at a node;',
			'score={…} on an ending is the learner’s score for that run, 0 to 100.',
			'Ids (n-…, c-…, e-…) only need to be unique in this file. This note is not shown to learners.',
			'See docs/authoring.md › Your first scenario.',
		]).trimEnd(),
		'',
		'Set the scene in a sentence or two: where the learner is and what their role is. All names are fictional.',
		'',
		'<Node id="n-start">',
		'Describe the situation: who is involved, what has just happened, and the decision the learner has to make now.',
		'',
		`<Choice id="c-best" to="e-rights-respected" rights="${rights}" best>`,
		'The option you think is best.',
		'<Feedback>',
		'Say why this option respects the rights it engages, and what supports it in law or guidance.',
		'</Feedback>',
		'</Choice>',
		'',
		`<Choice id="c-other" to="n-what-next" rights="${rights}">`,
		'An option that looks reasonable but falls short.',
		'<Feedback>',
		'Say what this option misses, and which right it puts at risk.',
		'</Feedback>',
		'</Choice>',
		'</Node>',
		'',
		'<Node id="n-what-next">',
		'Describe what happens after that choice, and the next decision the learner has to make.',
		'',
		`<Choice id="c-put-right" to="e-put-right" rights="${rights}" best>`,
		'An option that puts things right.',
		'<Feedback>',
		'Say what this option repairs, and what it cannot undo.',
		'</Feedback>',
		'</Choice>',
		'',
		`<Choice id="c-carry-on" to="e-rights-at-risk" rights="${rights}">`,
		'An option that carries on as before.',
		'<Feedback>',
		'Say what carrying on means for the young person and their rights.',
		'</Feedback>',
		'</Choice>',
		'</Node>',
		'',
		'<Ending id="e-rights-respected" title="Rights respected" outcome="positive" score={100}>',
		'Say how things ended and why the choices made respected everyone’s rights.',
		'</Ending>',
		'',
		'<Ending id="e-put-right" title="Put right, but late" outcome="mixed" score={50}>',
		'Say how things ended, what went well and what would have been better.',
		'</Ending>',
		'',
		'<Ending id="e-rights-at-risk" title="Rights put at risk" outcome="negative" score={0}>',
		'Say how things ended and which rights were not respected.',
		'</Ending>',
		'',
	].join('\n');
}
