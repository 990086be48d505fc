/**
 * The Traffic Light review's ratings: their names and meanings, counts, and safe CSV fields. There
 * is no overall score by design (content brief §4): a participant sees how many statements they
 * rated Red, Amber and Green; the team's agreed plan is made in the review session
 * (`lib/review/`).
 */
import type { Rating, TrafficLightData } from '../../schemas/review.ts';
import type { ReviewProgress } from '../../schemas/progress.ts';

type Review = Partial<Pick<ReviewProgress, 'ratings'>> | undefined;

export const RATINGS: readonly Rating[] = ['red', 'amber', 'green'];

export const RATING_LABELS: Record<Rating, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

/** What each rating means, shown once beside the statements. */
export const RATING_MEANINGS: Record<Rating, string> = {
	green: 'True all the time, and you can show the evidence.',
	amber: 'Partly true, true only sometimes, or true without evidence.',
	red: 'Not true, or the opposite is happening.',
};

export const UNRATED_LABEL = 'Not rated';

export interface RatingCounts {
	red: number;
	amber: number;
	green: number;
	unrated: number;
	total: number;
}

function ratingOf(review: Review, statementId: string): Rating | undefined {
	return review?.ratings?.[statementId];
}

/** How many statements have each rating; ratings for statements no longer in `data` are ignored. */
export function countRatings(data: TrafficLightData, review: Review): RatingCounts {
	const counts: RatingCounts = { red: 0, amber: 0, green: 0, unrated: 0, total: 0 };
	for (const statement of data.statements) {
		counts[ratingOf(review, statement.id) ?? 'unrated'] += 1;
		counts.total += 1;
	}
	return counts;
}

/** One sentence of counts, for the chart's text equivalent and for announcements. */
export function describeCounts(counts: RatingCounts): string {
	return `${counts.red} Red, ${counts.amber} Amber, ${counts.green} Green, ${counts.unrated} not rated, out of ${counts.total} statements.`;
}

/**
 * Quotes a field when it holds a comma, double quote, CR or LF, doubling inner quotes (RFC 4180
 * §2). A field starting with `=`, `+`, `-` or `@` gets a leading apostrophe first, so a
 * spreadsheet shows the text instead of running it as a formula (OWASP "CSV injection").
 */
export function csvField(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
