/**
 * Where views differ: for each statement, how each group rated it and what they noted, with the
 * statements where groups disagree most first. The differences between what staff and young
 * people see are the finding of a review, so there is no overall score and no league table.
 */
import type { Rating, StatementData, TrafficLightData } from '../../schemas/review.ts';
import type { ReviewGroup, ReviewSession } from '../../schemas/review-files.ts';

export interface GroupRatings {
	group: ReviewGroup;
	red: number;
	amber: number;
	green: number;
	/** Views from this group that left the statement unrated. */
	unrated: number;
}

export interface StatementDifferences {
	statement: StatementData;
	/** 1-based position in the authored order. */
	number: number;
	/** One entry per group the session asks for, in its order. */
	byGroup: GroupRatings[];
	notes: Array<{ group: ReviewGroup; text: string }>;
	/**
	 * How far apart the groups are, from 0 (every group that rated it sees it alike) to 2 (one
	 * group says Green, another Red): the gap between the highest and lowest group average,
	 * counting Red 0, Amber 1 and Green 2.
	 */
	spread: number;
}

const POINTS: Record<Rating, number> = { red: 0, amber: 1, green: 2 };

function groupAverage(counts: GroupRatings): number | undefined {
	const rated = counts.red + counts.amber + counts.green;
	return rated === 0
		? undefined
		: (counts.amber * POINTS.amber + counts.green * POINTS.green) / rated;
}

/** Every statement with its ratings by group, the most disagreed first, then in authored order. */
export function differences(
	data: TrafficLightData,
	session: ReviewSession,
): StatementDifferences[] {
	return data.statements
		.map((statement, index): StatementDifferences => {
			const byGroup = session.groups.map((group): GroupRatings => {
				const counts: GroupRatings = { group, red: 0, amber: 0, green: 0, unrated: 0 };
				for (const view of session.views) {
					if (view.group !== group) continue;
					counts[view.ratings[statement.id] ?? 'unrated'] += 1;
				}
				return counts;
			});
			const averages = byGroup.flatMap((counts) => groupAverage(counts) ?? []);
			const spread = averages.length < 2 ? 0 : Math.max(...averages) - Math.min(...averages);
			const notes = session.views.flatMap((view) => {
				const text = view.notes[statement.id]?.trim();
				return text ? [{ group: view.group, text }] : [];
			});
			return { statement, number: index + 1, byGroup, notes, spread };
		})
		.sort((a, b) => b.spread - a.spread || a.number - b.number);
}

/**
 * How far apart the groups are on a statement, in words for the page: no group or one group has
 * rated it, or the groups that did agree, differ a little (averages under one rating apart),
 * differ (a whole rating apart), or differ widely (one group near Green, another near Red).
 */
export type Agreement =
	'unrated' | 'one-group' | 'agree' | 'differ-a-little' | 'differ' | 'differ-widely';

export function agreement(row: Pick<StatementDifferences, 'byGroup' | 'spread'>): Agreement {
	const groupsRated = row.byGroup.filter((counts) => groupAverage(counts) !== undefined).length;
	if (groupsRated === 0) return 'unrated';
	if (groupsRated === 1) return 'one-group';
	if (row.spread === 0) return 'agree';
	if (row.spread < 1) return 'differ-a-little';
	return row.spread < 1.5 ? 'differ' : 'differ-widely';
}

/** Views in the session from each group, for "3 views: 1 young people, 2 staff". */
export function viewsByGroup(session: ReviewSession): Array<{ group: ReviewGroup; views: number }> {
	return session.groups.map((group) => ({
		group,
		views: session.views.filter((view) => view.group === group).length,
	}));
}
