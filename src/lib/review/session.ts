/**
 * A facilitator's review session as pure state changes: bring participants' views together
 * (the same view loaded twice counts once), agree a rating per statement, plan actions, and
 * mark the plan final once every agreed Red (and, if chosen, Amber) has an owner and a date.
 * Any change after that makes the plan a draft again.
 */
import type { Rating, TrafficLightData } from '../../schemas/review.ts';
import {
	REVIEW_APP,
	REVIEW_FILE_FORMAT,
	type PlanAction,
	type ReviewGroup,
	type ReviewSession,
	type ReviewView,
} from '../../schemas/review-files.ts';
import { htmlToText } from '../course/html-text.ts';

export function newSession(
	data: Pick<TrafficLightData, 'id'>,
	groups: readonly ReviewGroup[],
	now: string,
): ReviewSession {
	return {
		app: REVIEW_APP,
		kind: 'traffic-light-session',
		format: REVIEW_FILE_FORMAT,
		reviewId: data.id,
		groups: [...groups],
		title: '',
		createdAt: now,
		savedAt: now,
		views: [],
		agreed: {},
		actions: {},
		amberNeedsOwner: false,
		finalAt: null,
	};
}

export interface AddedViews {
	session: ReviewSession;
	/** Views new to the session. */
	added: number;
	/** Views already in it: the newer copy is kept. */
	repeated: number;
}

/** The session with `views` added; a view already there (same `viewId`) counts once. */
export function addViews(session: ReviewSession, views: readonly ReviewView[]): AddedViews {
	const byId = new Map(session.views.map((view) => [view.viewId, view]));
	let added = 0;
	let repeated = 0;
	let changed = false;
	for (const view of views) {
		const known = byId.get(view.viewId);
		if (known) repeated += 1;
		else added += 1;
		if (!known || view.savedAt > known.savedAt) {
			byId.set(view.viewId, view);
			changed = true;
		}
	}
	if (!changed) return { session, added, repeated };
	const merged = [...byId.values()];
	// A view from a group the session did not ask for still counts, shown after the others.
	const groups = [...new Set([...session.groups, ...merged.map((view) => view.group)])];
	return { session: draft({ ...session, groups, views: merged }), added, repeated };
}

export function removeView(session: ReviewSession, viewId: string): ReviewSession {
	return draft({ ...session, views: session.views.filter((view) => view.viewId !== viewId) });
}

/** Any change to what the team agreed makes a final plan a draft again. */
function draft(session: ReviewSession): ReviewSession {
	return session.finalAt === null ? session : { ...session, finalAt: null };
}

export function setAgreed(
	session: ReviewSession,
	statementId: string,
	rating: Rating | undefined,
): ReviewSession {
	const agreed = { ...session.agreed };
	if (rating) agreed[statementId] = rating;
	else delete agreed[statementId];
	return draft({ ...session, agreed });
}

const EMPTY_ACTION: PlanAction = { text: '', owner: '', due: '', done: false };

/** The team's action for a statement; the statement's suggested action until they write one. */
export function actionFor(
	session: ReviewSession,
	statement: TrafficLightData['statements'][number],
): PlanAction {
	return session.actions[statement.id] ?? { ...EMPTY_ACTION, text: statement.action };
}

export function setAction(
	session: ReviewSession,
	statement: TrafficLightData['statements'][number],
	change: Partial<PlanAction>,
): ReviewSession {
	const action = { ...actionFor(session, statement), ...change };
	return draft({ ...session, actions: { ...session.actions, [statement.id]: action } });
}

export function setTitle(session: ReviewSession, title: string): ReviewSession {
	return { ...session, title };
}

export function setAmberNeedsOwner(session: ReviewSession, value: boolean): ReviewSession {
	return draft({ ...session, amberNeedsOwner: value });
}

/** Something that stops the plan being final, for the statement numbered `number`. */
export interface PlanGap {
	statementId: string;
	number: number;
	statement: string;
	missing: Array<'agreed rating' | 'action' | 'owner' | 'target date'>;
}

/** What the plan still lacks, in statement order; empty when it can be marked final. */
export function planGaps(session: ReviewSession, data: TrafficLightData): PlanGap[] {
	return data.statements.flatMap((statement, index) => {
		const rating = session.agreed[statement.id];
		const missing: PlanGap['missing'] = [];
		if (!rating) missing.push('agreed rating');
		else if (rating === 'red' || (rating === 'amber' && session.amberNeedsOwner)) {
			const action = actionFor(session, statement);
			if (!action.text.trim()) missing.push('action');
			if (!action.owner.trim()) missing.push('owner');
			if (!action.due) missing.push('target date');
		}
		return missing.length === 0
			? []
			: [
					{
						statementId: statement.id,
						number: index + 1,
						statement: htmlToText(statement.html),
						missing,
					},
				];
	});
}

export type FinaliseResult = { ok: true; session: ReviewSession } | { ok: false; gaps: PlanGap[] };

export function finalise(
	session: ReviewSession,
	data: TrafficLightData,
	now: string,
): FinaliseResult {
	const gaps = planGaps(session, data);
	return gaps.length > 0
		? { ok: false, gaps }
		: { ok: true, session: { ...session, finalAt: now } };
}

/** The session as the file it is saved to. */
export function sessionFileText(session: ReviewSession, now: string): string {
	return `${JSON.stringify({ ...session, savedAt: now }, null, '\t')}\n`;
}

/** `tl-m8-service-review-session-2027-03-02.session.json` */
export function sessionFileName(session: ReviewSession, now: string): string {
	return `${session.reviewId}-session-${now.slice(0, 10)}.session.json`;
}

/** Whether the session holds anything a facilitator would lose by replacing it. */
export function hasWork(session: ReviewSession): boolean {
	return (
		session.views.length > 0 ||
		Object.keys(session.agreed).length > 0 ||
		Object.keys(session.actions).length > 0 ||
		session.title.trim() !== ''
	);
}
