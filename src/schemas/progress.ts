import type { CheckInPhase, FeedbackRating, ScalePoint } from './evaluation-ids.ts';
import type { EndingOutcome } from './scenario.ts';
import type { Rating } from './review.ts';

/**
 * The learner's progress, keyed only by author-written ids (never by order or title), so that
 * content edits and reorders keep it. Records for ids the course no longer has are kept, not
 * deleted: the course may bring them back, and an export should still carry them.
 */
export interface ProgressState {
	modules: Record<string, ModuleProgress>;
	/** Name the learner typed for certificates; never leaves the device. */
	learnerName: string;
}

export interface ModuleProgress {
	moduleId: string;
	/** Module version the learner last worked on. */
	moduleVersion: string;
	startedAt: string;
	updatedAt: string;
	/** Set once, when the module first meets its completion rule; certificates show it. */
	completedAt?: string;
	/** Score (percent) when completion was recorded. */
	completedScore?: number;
	/** Module version completed; certificates show it even after the module is updated. */
	completedVersion?: string;
	/**
	 * The completion came from an imported progress file, not from work seen in this browser;
	 * the certificate says so. Set by import only (never in SCORM packages).
	 */
	completionImported?: true;
	/** Last lesson the learner opened: where "Resume" goes. */
	bookmark?: string;
	/**
	 * ISO time the learner last started the assessment again after failing it. Assessment answers
	 * given before it belong to the failed run and do not count.
	 */
	assessmentRestartedAt?: string;
	lessons: Record<string, LessonProgress>;
	questions: Record<string, QuestionProgress>;
	scenarios: Record<string, ScenarioProgress>;
	reviews: Record<string, ReviewProgress>;
	reflections: Record<string, { text: string; updatedAt: string }>;
	checks: Record<string, { answers: Record<string, string | string[]>; updatedAt: string }>;
	/** Confidence and baseline answers at the module's start and end (`schemas/evaluation.ts`). */
	checkIns?: Partial<Record<CheckInPhase, CheckIn>>;
	/** End-of-module feedback. */
	feedback?: ModuleFeedback;
}

/** What the learner answered at one check-in; every part is optional. */
export interface CheckIn {
	/** Confidence (1 not at all confident … 5 very confident) per module outcome id. */
	confidence: Record<string, ScalePoint>;
	/** Agreement (1 strongly disagree … 5 strongly agree) per everyday-decisions statement id. */
	statements: Record<string, ScalePoint>;
	/** How many of the 16 rights the learner thought they could name, 0 to 16. */
	rightsGuess?: number;
	/**
	 * Right ids (`art-8`, `p1-2`) found in what the learner typed when asked to name them. Only
	 * the ids are kept, not the typed text.
	 */
	rightsNamed?: string[];
	/** When the learner saved it. */
	at: string;
}

export interface ModuleFeedback {
	/** 1 to 5 per question of `FEEDBACK_RATINGS`. */
	ratings: Partial<Record<FeedbackRating, ScalePoint>>;
	/** "What would you change?": free text, reported to the LMS in SCORM packages. */
	change: string;
	at: string;
}

export interface LessonProgress {
	firstVisitedAt: string;
	lastVisitedAt: string;
	visits: number;
}

export interface QuestionProgress {
	/** Option ids chosen in the latest attempt. */
	response: string[];
	correct: boolean;
	attempts: number;
	answeredAt: string;
}

export interface ScenarioStep {
	nodeId: string;
	choiceId: string;
	at: string;
}

export interface ScenarioProgress {
	/** Steps of the current (or last) run, in order. */
	path: ScenarioStep[];
	/** Variables set by choices on the current run. */
	vars: Record<string, string>;
	/** Node the learner is on; absent before the first step is shown. */
	currentNodeId?: string;
	/** The ending reached on the current run, if it has ended. */
	ending?: { id: string; outcome: EndingOutcome; score: number; at: string };
	/** Best ending score over all runs. */
	bestScore?: number;
	/** Completed runs. */
	runs: number;
}

export interface ReviewProgress {
	ratings: Record<string, Rating>;
	/** Improvement actions as the team edited them. */
	actions: Record<string, string>;
	updatedAt: string;
}

interface ModuleEvent {
	moduleId: string;
	/** ISO 8601 time the learner did it. */
	at: string;
}

/** Everything a learner can do that changes progress. Islands dispatch these; nothing else writes. */
export type ProgressEvent =
	| (ModuleEvent & { type: 'module-opened'; moduleVersion: string })
	| (ModuleEvent & { type: 'lesson-visited'; lessonId: string })
	| (ModuleEvent & {
			type: 'question-answered';
			questionId: string;
			response: string[];
			correct: boolean;
	  })
	| (ModuleEvent & { type: 'question-reset'; questionId: string })
	| (ModuleEvent & {
			type: 'assessment-restarted';
			/** The assessment's question ids: their answers are cleared. */
			questionIds: string[];
	  })
	| (ModuleEvent & { type: 'scenario-node-entered'; scenarioId: string; nodeId: string })
	| (ModuleEvent & {
			type: 'scenario-choice-made';
			scenarioId: string;
			nodeId: string;
			choiceId: string;
			/** Variables the choice sets. */
			set: Record<string, string>;
	  })
	| (ModuleEvent & {
			type: 'scenario-ended';
			scenarioId: string;
			endingId: string;
			outcome: EndingOutcome;
			score: number;
	  })
	| (ModuleEvent & { type: 'scenario-restarted'; scenarioId: string })
	| (ModuleEvent & { type: 'review-rated'; reviewId: string; statementId: string; rating: Rating })
	| (ModuleEvent & {
			type: 'review-action-edited';
			reviewId: string;
			statementId: string;
			text: string;
	  })
	| (ModuleEvent & { type: 'reflection-saved'; reflectionId: string; text: string })
	| (ModuleEvent & {
			type: 'rights-check-saved';
			checkId: string;
			answers: Record<string, string | string[]>;
	  })
	| (ModuleEvent & { type: 'check-in-saved'; phase: CheckInPhase; checkIn: Omit<CheckIn, 'at'> })
	| (ModuleEvent & { type: 'feedback-saved'; feedback: Omit<ModuleFeedback, 'at'> })
	| (ModuleEvent & { type: 'module-completed'; score: number | undefined });

export type ProgressEventType = ProgressEvent['type'];
