import type { CompletionRule } from './module.ts';

/**
 * What the browser needs to know about a module to show progress and decide completion.
 * Built at build time from `module.yaml` and the lessons' components, serialised into pages.
 */
export interface ModuleSummary {
	id: string;
	title: string;
	version: string;
	href: string;
	/** The module's certificate page; absent in SCORM packages, where the LMS keeps the record. */
	certificateHref?: string;
	completion: CompletionRule;
	passMark: number;
	estimatedMinutes: number;
	lessons: Array<{ id: string; title: string; href: string }>;
	/** Question ids of the module's assessment quizzes: the module score is over these. */
	assessmentQuestionIds: string[];
	/** Every question id in the module, assessment or not. */
	questionIds: string[];
	/** Scenario ids played in the module, with their titles for the progress page. */
	scenarios: Array<{ id: string; title: string }>;
	/** The module this one is the easy read version of; either version completes it in a course. */
	easyReadOf?: string;
}
