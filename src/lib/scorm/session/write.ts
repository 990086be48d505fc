/**
 * Mapping the learner's progress to the data model: score, status, location, suspend data and
 * exit, and an interaction for every answer, scenario choice and saved evaluation answer
 * (`evaluation-interactions.ts`). Rules from issue 3 ("Runtime",
 * "What real LMSs do"):
 * - Never downgrade: in review or browse mode nothing is written; with `credit = no-credit` or a
 *   record the LMS already holds as finished, status and score are never written; and no status
 *   of a lower rank than the LMS holds (`StatusRank`) is ever written.
 * - An LMS without `cmi.interactions` or `_count` gets no interactions; interactions go at
 *   `_count`, read before each one, so earlier ones in the attempt are never overwritten.
 */
import type { ProgressEvent } from '../../../schemas/progress.ts';
import type { StatusRank } from '../data-model.ts';
import {
	questionInteraction,
	scenarioChoiceInteraction,
	type Interaction,
} from '../interactions.ts';
import { checkInInteractions, feedbackInteractions } from '../evaluation-interactions.ts';
import type { ReportingMode } from '../module-info.ts';
import type { TrimLevel } from '../suspend-data/index.ts';
import type { Lms } from './lms.ts';
import type { SessionLog } from './log.ts';
import { time } from './merge.ts';
import type { ScoScope } from './scope.ts';
import type { Recording, SessionState } from './types.ts';

export interface InteractionQueue {
	/** Queues the interaction `event` makes, timed from when the learner started on it. */
	track(event: ProgressEvent): void;
	/** Writes the queued interactions at `_count`. */
	write(): void;
}

export function createInteractionQueue(options: {
	lms: Lms;
	scope: ScoScope;
	/** Whether the LMS answered `cmi.interactions._count` at launch. */
	supported: boolean;
	recording: Recording;
	now: () => Date;
	log: SessionLog;
}): InteractionQueue {
	const { lms, scope, recording, now, log } = options;
	const { api, model, set } = lms;
	let supported = options.supported;
	if (!supported && recording !== 'none') {
		log.add({
			level: 'info',
			message: 'The LMS has no cmi.interactions._count, so no interactions are recorded.',
		});
	}
	let pending: Interaction[] = [];
	/** When the learner last started on a question: a lesson opened or the last answer. */
	let questionAnchor: number | undefined;
	const nodeAnchors = new Map<string, number>();

	const track = (event: ProgressEvent) => {
		const at = Number.isFinite(time(event.at)) ? time(event.at) : now().getTime();
		const info = scope.module(event.moduleId);
		switch (event.type) {
			case 'lesson-visited':
			case 'question-reset':
				questionAnchor = at;
				return;
			case 'scenario-node-entered':
				nodeAnchors.set(`${event.scenarioId} ${event.nodeId}`, at);
				return;
			case 'question-answered': {
				const question = info?.questions.find((candidate) => candidate.id === event.questionId);
				const latency = questionAnchor === undefined ? undefined : at - questionAnchor;
				questionAnchor = at;
				if (question && supported) {
					pending.push(questionInteraction(api.version, question, event, new Date(at), latency));
				}
				return;
			}
			case 'scenario-choice-made': {
				const scenario = info?.scenarios.find((candidate) => candidate.id === event.scenarioId);
				const entered = nodeAnchors.get(`${event.scenarioId} ${event.nodeId}`);
				const interaction =
					scenario &&
					scenarioChoiceInteraction(
						api.version,
						scenario,
						event.choiceId,
						new Date(at),
						entered === undefined ? undefined : at - entered,
					);
				if (interaction && supported) pending.push(interaction);
				return;
			}
			case 'check-in-saved':
				if (info && supported) {
					pending.push(
						...checkInInteractions(api.version, info, event.phase, event.checkIn, new Date(at)),
					);
				}
				return;
			case 'feedback-saved':
				if (info && supported) {
					pending.push(...feedbackInteractions(api.version, info, event.feedback, new Date(at)));
				}
				return;
			default:
				return;
		}
	};

	const write = () => {
		const queue = pending;
		pending = [];
		for (const interaction of queue) {
			if (!supported) return;
			const text = api.getValue(model.elements.interactionCount).trim();
			if (!/^\d+$/.test(text)) {
				supported = false;
				log.add({
					level: 'warn',
					message: 'cmi.interactions._count stopped answering; no more interactions are recorded.',
					error: api.lastError(),
				});
				return;
			}
			const [first, ...rest] = model.interactionWrites(Number(text), interaction);
			if (!first) continue;
			if (!set(...first)) {
				// Error 401: the LMS lacks the element (1.2), or "Undefined Data Model Element" (2004).
				if (api.lastError().code === '401') supported = false;
				continue;
			}
			for (const entry of rest) set(...entry);
		}
	};

	return { track, write };
}

export interface StateWriter {
	/**
	 * Everything but Commit: score, status, location, suspend data, exit, interactions. `false`
	 * when the LMS refused `cmi.suspend_data`, which holds the learner's work.
	 */
	write(): boolean;
	/** Whether suspend data other than `''` has been written in this launch. */
	wroteSuspendData(): boolean;
}

export function createStateWriter(options: {
	lms: Lms;
	scope: ScoScope;
	state: SessionState;
	recording: Recording;
	reporting: ReportingMode;
	/** The highest status rank the LMS holds at launch. */
	rank: StatusRank;
	interactions: InteractionQueue;
	log: SessionLog;
}): StateWriter {
	const { lms, scope, state, recording, reporting, interactions, log } = options;
	const { model, set } = lms;
	const { elements } = model;
	/** Highest status rank the LMS holds, as read at launch or written since. */
	let rank = options.rank;
	const written = new Map<string, string>();
	let lastScore: number | undefined;
	let lastTrim: TrimLevel = 'nothing';

	const setOnce = (element: string, value: string): boolean => {
		if (written.get(element) === value) return true;
		if (!set(element, value)) return false;
		written.set(element, value);
		return true;
	};

	/** The lesson to show on relaunch: the bookmark of the module worked on last. */
	const bookmark = (): string | undefined => {
		const latest = Object.values(state.current)
			.filter((progress) => progress.bookmark !== undefined)
			.sort((a, b) => time(b.updatedAt) - time(a.updatedAt))[0];
		return latest?.bookmark;
	};

	const write = (): boolean => {
		let suspendDataAccepted = true;
		if (Object.keys(state.current).length > 0) {
			if (recording === 'full') {
				const { outcome: result, score } = scope.outcome(state.current);
				// Score before status: some LMSs (Cornerstone) record 0 otherwise (issue 3).
				if (score !== undefined && !(rank === 3 && lastScore !== undefined && score < lastScore)) {
					let ok = true;
					for (const [element, value] of model.scoreWrites(score)) {
						ok = setOnce(element, value) && ok;
					}
					if (ok) lastScore = score;
				}
				const next = model.statusWrites(result, reporting);
				if (next.rank >= rank) {
					let ok = true;
					for (const [element, value] of next.writes) ok = setOnce(element, value) && ok;
					if (ok) rank = next.rank;
				}
			}
			const lesson = bookmark();
			if (lesson !== undefined && lesson.length <= model.locationLimit) {
				setOnce(elements.location, lesson);
			}
			const fitted = scope.fit(state.current, model.suspendDataLimit, state.attempt);
			if (fitted) {
				if (fitted.trimmed !== lastTrim) {
					lastTrim = fitted.trimmed;
					log.add({
						level: 'warn',
						message: `Suspend data trimmed to fit ${model.suspendDataLimit} characters; left out up to: ${fitted.trimmed}.`,
					});
				}
				suspendDataAccepted = setOnce(elements.suspendData, fitted.value);
			}
		}
		setOnce(elements.exit, model.exitValue(rank === 3));
		interactions.write();
		return suspendDataAccepted;
	};

	return { write, wroteSuspendData: () => Boolean(written.get(elements.suspendData)) };
}
