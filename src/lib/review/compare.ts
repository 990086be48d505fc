/**
 * Progress over time: an earlier session beside the current one. For each statement, whether
 * the agreed rating got better, worse or stayed; and the earlier plan's actions with whether
 * they were done.
 */
import type { Rating, TrafficLightData } from '../../schemas/review.ts';
import type { PlanAction, ReviewSession } from '../../schemas/review-files.ts';
import { htmlToText } from '../course/html-text.ts';

export type Change = 'better' | 'worse' | 'same' | 'not-compared';

export interface StatementChange {
	statementId: string;
	number: number;
	statement: string;
	before: Rating | undefined;
	after: Rating | undefined;
	/** `not-compared` when either session has no agreed rating for it. */
	change: Change;
}

const POINTS: Record<Rating, number> = { red: 0, amber: 1, green: 2 };

export interface Comparison {
	changes: StatementChange[];
	counts: Record<Change, number>;
	/** The earlier plan's actions, for statements it had one for. */
	earlierActions: Array<{ number: number; statement: string; action: PlanAction }>;
}

export function compareSessions(
	data: TrafficLightData,
	earlier: ReviewSession,
	current: ReviewSession,
): Comparison {
	const counts: Record<Change, number> = { better: 0, worse: 0, same: 0, 'not-compared': 0 };
	const changes = data.statements.map((statement, index): StatementChange => {
		const before = earlier.agreed[statement.id];
		const after = current.agreed[statement.id];
		const change: Change =
			!before || !after
				? 'not-compared'
				: POINTS[after] > POINTS[before]
					? 'better'
					: POINTS[after] < POINTS[before]
						? 'worse'
						: 'same';
		counts[change] += 1;
		return {
			statementId: statement.id,
			number: index + 1,
			statement: htmlToText(statement.html),
			before,
			after,
			change,
		};
	});
	const earlierActions = data.statements.flatMap((statement, index) => {
		const action = earlier.actions[statement.id];
		return action && action.text.trim()
			? [{ number: index + 1, statement: htmlToText(statement.html), action }]
			: [];
	});
	return { changes, counts, earlierActions };
}
