/**
 * The agreed action plan as CSV for a spreadsheet: one row per statement, with the agreed rating,
 * each group's ratings, the action, owner, target date and whether it is done. Fields are made
 * safe against formula injection and quoted as RFC 4180 says (`csvField`).
 */
import type { TrafficLightData } from '../../schemas/review.ts';
import type { ReviewSession } from '../../schemas/review-files.ts';
import { csvField, RATING_LABELS } from '../course/traffic-light.ts';
import { GROUP_LABELS } from './groups.ts';
import { planRows } from './plan.ts';

const HEADER = [
	'Number',
	'Statement',
	'Agreed rating',
	'Ratings by group',
	'Improvement action',
	'Owner',
	'Target date',
	'Done',
];

export function planCsv(data: TrafficLightData, session: ReviewSession): string {
	const rows = planRows(data, session).map(({ number, statement, agreed, ratedBy, action }) => [
		String(number),
		statement,
		agreed ? RATING_LABELS[agreed] : 'Not agreed',
		ratedBy
			.map(
				(counts) =>
					`${GROUP_LABELS[counts.group]}: ${counts.red} Red, ${counts.amber} Amber, ${counts.green} Green`,
			)
			.join('; '),
		action?.text ?? '',
		action?.owner ?? '',
		action?.due ?? '',
		action ? (action.done ? 'Yes' : 'No') : '',
	]);
	const body = [HEADER, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n');
	// The byte order mark makes Excel on Windows read the file as UTF-8 (see `toCsv`).
	return `\uFEFF${body}\r\n`;
}

/** `tl-m8-service-review-plan-2027-03-02.csv` */
export function planCsvFileName(session: ReviewSession, now: string): string {
	return `${session.reviewId}-plan-${now.slice(0, 10)}.csv`;
}
