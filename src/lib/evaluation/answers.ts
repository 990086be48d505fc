/**
 * One learner's evaluation answers (`schemas/evaluation-ids.ts`), in one shape whether they came
 * from a progress file the learner exported or from an LMS export of the SCORM interactions:
 * per module, the check-ins at its start and end and the feedback at its end. Keyed by the ids
 * authors wrote, so an outcome a module no longer has is kept and shown as such.
 */
import type { CheckInPhase, ScalePoint } from '../../schemas/evaluation-ids.ts';

export interface PhaseAnswers {
	/** Confidence, 1 to 5, per outcome id. */
	confidence: Record<string, ScalePoint>;
	/** Agreement, 1 to 5, per everyday-decisions statement id. */
	statements: Record<string, ScalePoint>;
	/** How many of the 16 rights the learner thought they could name, 0 to 16. */
	rightsGuess?: number;
	/** How many of the 16 rights the learner then named, 0 to 16. */
	rightsNamed?: number;
}

interface FeedbackAnswers {
	/** 1 to 5 per feedback question (`relevance`, `clarity`). */
	ratings: Record<string, ScalePoint>;
	/** "What would you change?", trimmed; empty when not answered. */
	change: string;
}

export interface ModuleAnswers {
	checkIns: Partial<Record<CheckInPhase, PhaseAnswers>>;
	feedback?: FeedbackAnswers;
}

/** What one file says about one learner (an LMS export holds one of these per attempt). */
export interface LearnerAnswers {
	/** The same key is the same learner: the LMS's name and identity columns, or the progress file. */
	key: string;
	/** How the trainer knows this learner: their name in the LMS, or the file's name. */
	label: string;
	/** The file it came from. */
	file: string;
	/** The LMS attempt number; 0 for a progress file. */
	attempt: number;
	/** When a progress file was exported (ISO 8601), to choose between two files from one learner. */
	exportedAt?: string;
	modules: Record<string, ModuleAnswers>;
}

export function emptyPhase(): PhaseAnswers {
	return { confidence: {}, statements: {} };
}

/** How many answers a module holds (a written change counts as one). */
export function answerCount(module: ModuleAnswers): number {
	let count = 0;
	for (const phase of Object.values(module.checkIns)) {
		count += Object.keys(phase.confidence).length + Object.keys(phase.statements).length;
		if (phase.rightsGuess !== undefined) count++;
		if (phase.rightsNamed !== undefined) count++;
	}
	if (module.feedback) {
		count += Object.keys(module.feedback.ratings).length;
		if (module.feedback.change !== '') count++;
	}
	return count;
}

/** `record[key]` when `record` has it as its own: an id such as `constructor` is not inherited. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}
