/**
 * The agreed action plan as CSV for a spreadsheet: one row per statement, with the agreed rating,
 * each group's ratings, the action, owner, target date and whether it is done. Fields are made
 * safe against formula injection and quoted as RFC 4180 says (`csvField`).
 */
import type { TrafficLightData } from '../../schemas/review.ts';
import type { ReviewSession } from '../../schemas/review-files.ts';
import { csvField, RATING_LABELS } from '../course/traffic-light.ts';
import { htmlToText } from '../course/html-text.ts';
import { differences } from './differences.ts';
import { GROUP_LABELS } from './groups.ts';
import { actionFor } from './session.ts';

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
	const byStatement = new Map(differences(data, session).map((row) => [row.statement.id, row]));
	const rows = data.statements.map((statement, index) => {
		const agreed = session.agreed[statement.id];
		const action = actionFor(session, statement);
		const planned = agreed === 'red' || agreed === 'amber' || statement.id in session.actions;
		const groups = (byStatement.get(statement.id)?.byGroup ?? [])
			.filter((counts) => counts.red + counts.amber + counts.green > 0)
			.map(
				(counts) =>
					`${GROUP_LABELS[counts.group]}: ${counts.red} Red, ${counts.amber} Amber, ${counts.green} Green`,
			)
			.join('; ');
		return [
			String(index + 1),
			htmlToText(statement.html),
			agreed ? RATING_LABELS[agreed] : 'Not agreed',
			groups,
			planned ? action.text : '',
			planned ? action.owner : '',
			planned ? action.due : '',
			planned ? (action.done ? 'Yes' : 'No') : '',
		];
	});
	const body = [HEADER, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n');
	// The byte order mark makes Excel on Windows read the file as UTF-8 (see `toCsv`).
	return `\uFEFF${body}\r\n`;
}
