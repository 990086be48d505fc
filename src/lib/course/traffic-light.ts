/**
 * The Traffic Light self-assessment: counts, ordering and the action plan. There is no overall
 * score by design (content brief §4): teams see how many statements are Red, Amber and Green,
 * with Red first, and edit the suggested actions into their own plan.
 */
import type { Rating, StatementData, TrafficLightData } from '../../schemas/review.ts';
import type { ReviewProgress } from '../../schemas/progress.ts';
import { htmlToText } from './html-text.ts';

type Review = Partial<Pick<ReviewProgress, 'ratings' | 'actions'>> | undefined;

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

export interface RatedStatement {
	statement: StatementData;
	/** 1-based position in the authored order, the number teams refer to. */
	number: number;
	rating: Rating | undefined;
}

const ORDER: Record<Rating | 'unrated', number> = { red: 0, amber: 1, green: 2, unrated: 3 };

/** Statements Red first, then Amber, Green and not rated; authored order within each group. */
export function orderStatements(data: TrafficLightData, review: Review): RatedStatement[] {
	return data.statements
		.map((statement, index) => ({
			statement,
			number: index + 1,
			rating: ratingOf(review, statement.id),
		}))
		.sort(
			(a, b) => ORDER[a.rating ?? 'unrated'] - ORDER[b.rating ?? 'unrated'] || a.number - b.number,
		);
}

export interface ActionRow {
	statementId: string;
	number: number;
	/** The statement as plain text. */
	statement: string;
	rating: 'red' | 'amber';
	/** The team's edited action, or the suggested one until they edit it. */
	action: string;
}

/** The action plan: a row for every Red then every Amber statement. */
export function actionPlan(data: TrafficLightData, review: Review): ActionRow[] {
	const rows: ActionRow[] = [];
	for (const { statement, number, rating } of orderStatements(data, review)) {
		if (rating !== 'red' && rating !== 'amber') continue;
		rows.push({
			statementId: statement.id,
			number,
			statement: htmlToText(statement.html),
			rating,
			action: review?.actions?.[statement.id] ?? statement.action,
		});
	}
	return rows;
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

const CSV_HEADER = ['Number', 'Statement', 'Rating', 'Improvement action', 'Owner', 'Target date'];

export interface CsvOptions {
	/**
	 * Starts the file with a UTF-8 byte order mark. RFC 4180 does not mention one, and most tools
	 * ignore it, but Excel on Windows reads a CSV without it in the legacy code page, so curly
	 * quotes, dashes and accented names arrive garbled. On by default because ward teams mostly
	 * open the plan in Excel.
	 */
	bom?: boolean;
}

/**
 * The action plan as CSV: a header row, then one row per Red and Amber statement, with empty
 * Owner and Target date columns for the team to fill in (brief §4: Red items need both). Records
 * end with CRLF, as RFC 4180 §2 specifies.
 */
export function toCsv(
	data: TrafficLightData,
	review: Review,
	{ bom = true }: CsvOptions = {},
): string {
	const rows = actionPlan(data, review).map((row) => [
		String(row.number),
		row.statement,
		RATING_LABELS[row.rating],
		row.action,
		'',
		'',
	]);
	const body = [CSV_HEADER, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n');
	return `${bom ? '\uFEFF' : ''}${body}\r\n`;
}
