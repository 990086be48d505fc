/**
 * The agreed plan as rows, one per statement in authored order: what the CSV and the printed
 * plan both show. A statement is in the plan when it is agreed Red or Amber, or the team wrote an
 * action for it anyway.
 */
import type { Rating, TrafficLightData } from '../../schemas/review.ts';
import type { PlanAction, ReviewSession } from '../../schemas/review-files.ts';
import { htmlToText } from '../course/html-text.ts';
import { differences, type GroupRatings } from './differences.ts';
import { actionFor } from './session.ts';

export interface PlanRow {
	statementId: string;
	number: number;
	/** The statement as plain text. */
	statement: string;
	agreed: Rating | undefined;
	/** Groups with at least one rating for the statement, in the session's order. */
	ratedBy: GroupRatings[];
	/** The action, owner, date and done, for a statement in the plan. */
	action: PlanAction | undefined;
}

export function planRows(data: TrafficLightData, session: ReviewSession): PlanRow[] {
	const byStatement = new Map(differences(data, session).map((row) => [row.statement.id, row]));
	return data.statements.map((statement, index) => {
		const agreed = session.agreed[statement.id];
		const planned = agreed === 'red' || agreed === 'amber' || statement.id in session.actions;
		return {
			statementId: statement.id,
			number: index + 1,
			statement: htmlToText(statement.html),
			agreed,
			ratedBy: (byStatement.get(statement.id)?.byGroup ?? []).filter(
				(counts) => counts.red + counts.amber + counts.green > 0,
			),
			action: planned ? actionFor(session, statement) : undefined,
		};
	});
}
