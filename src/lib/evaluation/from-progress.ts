/**
 * A learner's evaluation answers as their exported progress holds them (`ModuleProgress.checkIns`
 * and `.feedback`, read by `progress/transfer.ts`). Only the answers are kept: no score, lesson or
 * reflection goes further. The rights a learner named become a count of the distinct rights.
 */
import { HRA_RIGHT_IDS } from '../../schemas/evaluation-ids.ts';
import type { CheckIn, ModuleProgress, ProgressState } from '../../schemas/progress.ts';
import { answerCount, type ModuleAnswers, type PhaseAnswers } from './answers.ts';

const RIGHT_IDS = new Set<string>(HRA_RIGHT_IDS);

function phaseAnswers(checkIn: CheckIn): PhaseAnswers {
	const phase: PhaseAnswers = {
		confidence: { ...checkIn.confidence },
		statements: { ...checkIn.statements },
	};
	if (checkIn.rightsGuess !== undefined) phase.rightsGuess = checkIn.rightsGuess;
	if (checkIn.rightsNamed !== undefined) {
		phase.rightsNamed = new Set(checkIn.rightsNamed.filter((id) => RIGHT_IDS.has(id))).size;
	}
	return phase;
}

function moduleAnswers(progress: ModuleProgress): ModuleAnswers {
	const answers: ModuleAnswers = { checkIns: {} };
	if (progress.checkIns?.start) answers.checkIns.start = phaseAnswers(progress.checkIns.start);
	if (progress.checkIns?.end) answers.checkIns.end = phaseAnswers(progress.checkIns.end);
	if (progress.feedback) {
		answers.feedback = {
			ratings: { ...progress.feedback.ratings },
			change: progress.feedback.change.trim(),
		};
	}
	return answers;
}

/** The evaluation answers in a learner's progress, by module id; modules with none are left out. */
export function answersFromProgress(state: ProgressState): Record<string, ModuleAnswers> {
	return Object.fromEntries(
		Object.entries(state.modules)
			.map(([moduleId, progress]) => [moduleId, moduleAnswers(progress)] as const)
			.filter(([, answers]) => answerCount(answers) > 0),
	);
}
