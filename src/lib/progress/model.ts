/**
 * The progress reducer: every change to a learner's progress is a `ProgressEvent` folded into
 * `ProgressState` by `applyEvent`. Pure and immutable (unchanged branches are shared, never
 * mutated), so the same function runs in islands, in storage transactions and in tests.
 *
 * Invariants:
 * - Records are keyed by author ids only; the reducer never looks at the course, so ids the
 *   course no longer has are carried along untouched.
 * - `assessment-restarted` is the only event that removes records: it removes the answers of a
 *   failed assessment run, because the module score is taken from stored answers and each
 *   question's attempts are counted from its stored record, so while they stay the questions
 *   stay locked and the failed score stands. Everything else survives question retries and
 *   scenario restarts: answers, scenario best scores, run counts, completion.
 * - Completion is never undone, by any event (the quiz offers no restart in a completed module).
 * - `updatedAt` of the module record is the `at` of the last event applied to it.
 */
import type {
	CheckIn,
	ModuleProgress,
	ProgressEvent,
	ProgressState,
	QuestionProgress,
	ReviewProgress,
	ScenarioProgress,
} from '../../schemas/progress.ts';
import { answeredBeforeRestart } from './restart.ts';

export function createEmptyState(): ProgressState {
	return { modules: {}, learnerName: '' };
}

/** A fresh module record; `version` is `''` when the first event was not `module-opened`. */
export function createModuleProgress(
	moduleId: string,
	version: string,
	at: string,
): ModuleProgress {
	return {
		moduleId,
		moduleVersion: version,
		startedAt: at,
		updatedAt: at,
		lessons: {},
		questions: {},
		scenarios: {},
		reviews: {},
		reflections: {},
		checks: {},
	};
}

function createScenarioProgress(): ScenarioProgress {
	return { path: [], vars: {}, runs: 0 };
}

/**
 * Returns a new state with `event` applied; `state` is not modified. The module record is
 * created on the first event for its `moduleId`.
 *
 * `question-reset` keeps the stored answer: "Try again" is a fresh form in the island, and the
 * next `question-answered` replaces the answer and counts the attempt. Dropping the answer would
 * make the module score disappear between "Try again" and the new answer, and after a reload
 * in between the learner would see the question as never answered.
 *
 * `assessment-restarted` removes the answers to the listed questions and records the time. A
 * stored answer given before that time is not counted as an earlier attempt by the next
 * `question-answered`: for an assessment question it is a failed-run answer that came back from
 * another copy of the progress (an LMS that missed the restart). The reducer does not know which
 * questions are assessed, so an unscored question answered before the restart also starts its
 * attempts again.
 *
 * `scenario-ended` counts a run once: a repeated end for a run that has already ended (a
 * re-render, a reload on the ending) changes nothing but `updatedAt`.
 *
 * `lesson-visited` is recorded once per visit (a visit replayed with the same time changes
 * nothing), and moves the bookmark only when it is the latest visit. `updatedAt` is the time of
 * the latest event, so an older one replayed late never moves it back.
 */
export function applyEvent(state: ProgressState, event: ProgressEvent): ProgressState {
	const module = applyEventToModule(state.modules[event.moduleId], event);
	return { ...state, modules: { ...state.modules, [event.moduleId]: module } };
}

/** `applyEvent` for one module record; `module` is `undefined` before the module's first event. */
export function applyEventToModule(
	module: ModuleProgress | undefined,
	event: ProgressEvent,
): ModuleProgress {
	const before =
		module ??
		createModuleProgress(
			event.moduleId,
			event.type === 'module-opened' ? event.moduleVersion : '',
			event.at,
		);
	// The time of the latest change: an event replayed from a page's notes may be older.
	const updatedAt = before.updatedAt > event.at ? before.updatedAt : event.at;
	return applyModuleEvent({ ...before, updatedAt }, event);
}

function applyModuleEvent(module: ModuleProgress, event: ProgressEvent): ModuleProgress {
	switch (event.type) {
		case 'module-opened':
			return { ...module, moduleVersion: event.moduleVersion };

		case 'lesson-visited': {
			const previous = module.lessons[event.lessonId];
			// The page's note of an opening is replayed until its save is known to have landed
			// (`opened-lessons.ts`): the same visit again changes nothing, and an older one never
			// takes the bookmark from a later visit.
			if (previous !== undefined && previous.lastVisitedAt >= event.at) return module;
			const marked = module.bookmark === undefined ? undefined : module.lessons[module.bookmark];
			const later = marked !== undefined && marked.lastVisitedAt > event.at;
			return {
				...module,
				bookmark: later ? (module.bookmark ?? event.lessonId) : event.lessonId,
				lessons: {
					...module.lessons,
					[event.lessonId]: {
						firstVisitedAt: previous?.firstVisitedAt ?? event.at,
						lastVisitedAt: event.at,
						visits: (previous?.visits ?? 0) + 1,
					},
				},
			};
		}

		case 'question-answered': {
			const previous = module.questions[event.questionId];
			const earlier =
				previous === undefined || answeredBeforeRestart(module, previous) ? 0 : previous.attempts;
			const answer: QuestionProgress = {
				response: [...event.response],
				correct: event.correct,
				attempts: earlier + 1,
				answeredAt: event.at,
			};
			return { ...module, questions: { ...module.questions, [event.questionId]: answer } };
		}

		case 'question-reset':
			return module;

		case 'assessment-restarted': {
			const questions = { ...module.questions };
			for (const id of event.questionIds) delete questions[id];
			return { ...module, assessmentRestartedAt: event.at, questions };
		}

		case 'scenario-node-entered':
			return updateScenario(module, event.scenarioId, (scenario) => ({
				...scenario,
				currentNodeId: event.nodeId,
			}));

		case 'scenario-choice-made':
			return updateScenario(module, event.scenarioId, (scenario) => ({
				...scenario,
				path: [...scenario.path, { nodeId: event.nodeId, choiceId: event.choiceId, at: event.at }],
				vars: { ...scenario.vars, ...event.set },
			}));

		case 'scenario-ended':
			return updateScenario(module, event.scenarioId, (scenario) => {
				if (scenario.ending) return scenario;
				return {
					...scenario,
					ending: { id: event.endingId, outcome: event.outcome, score: event.score, at: event.at },
					bestScore: Math.max(scenario.bestScore ?? event.score, event.score),
					runs: scenario.runs + 1,
				};
			});

		case 'scenario-restarted':
			return updateScenario(module, event.scenarioId, (scenario) => {
				// Only the current run is cleared; `bestScore` and `runs` record earlier runs.
				const next = { ...scenario, path: [], vars: {} };
				delete next.ending;
				delete next.currentNodeId;
				return next;
			});

		case 'review-rated':
			return updateReview(module, event.reviewId, event.at, (review) => ({
				...review,
				ratings: { ...review.ratings, [event.statementId]: event.rating },
			}));

		case 'review-action-edited':
			return updateReview(module, event.reviewId, event.at, (review) => ({
				...review,
				actions: { ...review.actions, [event.statementId]: event.text },
			}));

		case 'reflection-saved':
			return {
				...module,
				reflections: {
					...module.reflections,
					[event.reflectionId]: { text: event.text, updatedAt: event.at },
				},
			};

		case 'rights-check-saved':
			return {
				...module,
				checks: {
					...module.checks,
					[event.checkId]: { answers: copyAnswers(event.answers), updatedAt: event.at },
				},
			};

		case 'check-in-saved': {
			// A saved check-in replaces the phase's earlier answers: the form shows them and saves
			// them all again. A replay older than what is stored changes nothing.
			const previous = module.checkIns?.[event.phase];
			if (previous !== undefined && previous.at > event.at) return module;
			return {
				...module,
				checkIns: { ...module.checkIns, [event.phase]: copyCheckIn(event.checkIn, event.at) },
			};
		}

		case 'feedback-saved':
			if (module.feedback !== undefined && module.feedback.at > event.at) return module;
			return {
				...module,
				feedback: {
					ratings: { ...event.feedback.ratings },
					change: event.feedback.change,
					at: event.at,
				},
			};

		case 'module-completed':
			// Completion is recorded once and never undone: certificates show this date.
			if (module.completedAt !== undefined) return module;
			return {
				...module,
				completedAt: event.at,
				completedVersion: module.moduleVersion,
				...(event.score === undefined ? {} : { completedScore: event.score }),
			};
	}
}

function updateScenario(
	module: ModuleProgress,
	scenarioId: string,
	update: (scenario: ScenarioProgress) => ScenarioProgress,
): ModuleProgress {
	const scenario = module.scenarios[scenarioId] ?? createScenarioProgress();
	return { ...module, scenarios: { ...module.scenarios, [scenarioId]: update(scenario) } };
}

function updateReview(
	module: ModuleProgress,
	reviewId: string,
	at: string,
	update: (review: ReviewProgress) => ReviewProgress,
): ModuleProgress {
	const review = module.reviews[reviewId] ?? { ratings: {}, actions: {}, updatedAt: at };
	return {
		...module,
		reviews: { ...module.reviews, [reviewId]: { ...update(review), updatedAt: at } },
	};
}

function copyCheckIn(checkIn: Omit<CheckIn, 'at'>, at: string): CheckIn {
	return {
		confidence: { ...checkIn.confidence },
		statements: { ...checkIn.statements },
		...(checkIn.rightsGuess === undefined ? {} : { rightsGuess: checkIn.rightsGuess }),
		...(checkIn.rightsNamed === undefined ? {} : { rightsNamed: [...checkIn.rightsNamed] }),
		at,
	};
}

/** Copies an answers map so a caller reusing its object cannot change stored progress. */
function copyAnswers(
	answers: Record<string, string | string[]>,
): Record<string, string | string[]> {
	return Object.fromEntries(
		Object.entries(answers).map(([key, value]) => [key, Array.isArray(value) ? [...value] : value]),
	);
}

/** Returns a new state with the name the learner typed for certificates, kept as typed. */
export function setLearnerName(state: ProgressState, name: string): ProgressState {
	return { ...state, learnerName: name };
}
