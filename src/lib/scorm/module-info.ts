/**
 * What the SCO runtime knows about its module, built at build time and serialised into the
 * launch page: the module summary plus the ids, answer keys and short descriptions the LMS data
 * model needs (interactions) and the suspend-data codec decodes against (ids by hash).
 */
import type { ScormModuleSummary } from '../../schemas/module-summary.ts';
import { htmlToText, truncateText } from '../course/html-text.ts';
import type { QuestionData } from '../../schemas/quiz.ts';
import type { TrafficLightData } from '../../schemas/review.ts';
import type { ScenarioData } from '../../schemas/scenario.ts';
import type { ScormModuleInfo } from '../../schemas/scorm-contract.ts';

export type { ScormModuleInfo } from '../../schemas/scorm-contract.ts';
export type { ReportingMode, ScormVersion } from '../../schemas/scorm.ts';

/** The id of the one-SCO course: its launch file is `launch/course/index.html`. */
export const COURSE_SCO = 'course';

/**
 * What the one-SCO course package knows: every module, in course order. The learner moves
 * between modules inside the one SCO, which reports the course as a whole.
 */
export interface ScormCourseInfo {
	/** Names the SCO in logs and in the device's safety-net keys. */
	id: typeof COURSE_SCO;
	title: string;
	modules: ScormModuleInfo[];
}

/** What a SCO's launch page is given: one module, or the whole course. */
export type ScoInfo = ScormModuleInfo | ScormCourseInfo;

export function isCourseInfo(info: ScoInfo): info is ScormCourseInfo {
	return 'modules' in info;
}

/**
 * Longest scenario path kept in suspend data, in choices. Also what `maxPathLength` says for a
 * scenario that can loop, where a run has no natural bound.
 */
export const MAX_SCENARIO_PATH = 24;

/** `cmi.interactions.n.description`: localized_string_type, SPM 250 (SCORM 2004 RTE 4.2). */
const DESCRIPTION_LENGTH = 250;

export interface ScormModuleSources {
	summary: ScormModuleSummary;
	/** Every question of the module's quizzes, assessment or not. */
	questions: readonly QuestionData[];
	/** The scenarios the module plays. */
	scenarios: readonly ScenarioData[];
	/** The module's Traffic Light self-assessments. */
	reviews: readonly TrafficLightData[];
}

/** Builds the info from the module's parsed content. Pure; no zod, usable in the build and tests. */
export function buildScormModuleInfo(sources: ScormModuleSources): ScormModuleInfo {
	return {
		summary: sources.summary,
		questions: sources.questions.map((question) => ({
			id: question.id,
			type: question.type,
			optionIds: question.options.map((option) => option.id),
			correctOptionIds: question.options
				.filter((option) => option.correct)
				.map((option) => option.id),
			description: describe(question.promptHtml),
		})),
		scenarios: sources.scenarios.map((scenario) => ({
			id: scenario.id,
			title: scenario.title,
			choices: scenario.nodes.flatMap((node) =>
				node.choices.map((choice) => ({
					id: choice.id,
					nodeId: node.id,
					best: choice.best,
					description: describe(choice.labelHtml),
				})),
			),
			nodeIds: scenario.nodes.map((node) => node.id),
			endingIds: scenario.endings.map((ending) => ending.id),
			maxPathLength: longestPath(scenario),
		})),
		reviews: sources.reviews.map((review) => ({
			id: review.id,
			statementIds: review.statements.map((statement) => statement.id),
		})),
	};
}

function describe(html: string): string {
	return truncateText(htmlToText(html), DESCRIPTION_LENGTH);
}

/**
 * Most choices a run can make from `start` to an ending. Gotos cost nothing. Returns
 * `MAX_SCENARIO_PATH` if a loop is reachable (or the longest path is longer), since a looping
 * run has no bound of its own.
 */
function longestPath(scenario: ScenarioData): number {
	const nodes = new Map(scenario.nodes.map((node) => [node.id, node]));
	const longest = new Map<string, number>();
	const onStack = new Set<string>();
	let looped = false;

	const visit = (id: string): number => {
		const node = nodes.get(id);
		if (!node) return 0;
		const known = longest.get(id);
		if (known !== undefined) return known;
		if (onStack.has(id)) {
			looped = true;
			return 0;
		}
		onStack.add(id);
		let best = 0;
		for (const choice of node.choices) best = Math.max(best, 1 + visit(choice.to));
		for (const goto of node.gotos) best = Math.max(best, visit(goto.to));
		onStack.delete(id);
		longest.set(id, best);
		return best;
	};

	const length = visit(scenario.start);
	return looped ? MAX_SCENARIO_PATH : Math.min(length, MAX_SCENARIO_PATH);
}
