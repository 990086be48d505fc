import { describe, expect, test } from 'vitest';
import { compareSessions } from '../../../../src/lib/review/compare.ts';
import { planCsv } from '../../../../src/lib/review/plan-csv.ts';
import { addViews, newSession, setAction, setAgreed } from '../../../../src/lib/review/session.ts';
import { REVIEW, view } from './fixtures.ts';

const NOW = '2027-03-02T12:00:00.000Z';
const [names, restraint, visits] = REVIEW.statements as [
	(typeof REVIEW.statements)[number],
	(typeof REVIEW.statements)[number],
	(typeof REVIEW.statements)[number],
];

function agreedSession(ratings: [string, 'red' | 'amber' | 'green'][]) {
	let session = addViews(newSession(REVIEW, ['young-people', 'staff'], NOW), [
		view('yp-1', 'young-people', 'rar'),
		view('staff-1', 'staff', 'gar'),
	]).session;
	for (const [id, rating] of ratings) session = setAgreed(session, id, rating);
	return session;
}

describe('planCsv', () => {
	test('one row per statement with the agreed rating, each group’s ratings and the action', () => {
		let session = agreedSession([
			[names.id, 'red'],
			[restraint.id, 'green'],
		]);
		session = setAction(session, names, { owner: 'Ward manager', due: '2027-06-01' });
		const lines = planCsv(REVIEW, session)
			.replace(/^\uFEFF/, '')
			.split('\r\n');
		expect(lines.slice(0, 4)).toEqual([
			'Number,Statement,Agreed rating,Ratings by group,Improvement action,Owner,Target date,Done',
			'1,Staff get names right.,Red,"Young people: 1 Red, 0 Amber, 0 Green; Staff: 0 Red, 0 Amber, 1 Green",Improve names.,Ward manager,2027-06-01,No',
			'2,Staff get restraint right.,Green,"Young people: 0 Red, 1 Amber, 0 Green; Staff: 0 Red, 1 Amber, 0 Green",,,,',
			'3,Staff get visits right.,Not agreed,"Young people: 1 Red, 0 Amber, 0 Green; Staff: 1 Red, 0 Amber, 0 Green",,,,',
		]);
	});

	test('a spreadsheet formula typed as an action or owner is shown as text, and quotes are escaped', () => {
		let session = agreedSession([[names.id, 'red']]);
		session = setAction(session, names, {
			text: '=HYPERLINK("http://x","click")',
			owner: '+Ward "3" lead',
		});
		const row = planCsv(REVIEW, session).split('\r\n')[1]!;
		expect(row).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
		expect(row).toContain(`"'+Ward ""3"" lead"`);
	});
});

describe('compareSessions', () => {
	test('shows what moved from Red, what got worse and which earlier actions were done', () => {
		let earlier = agreedSession([
			[names.id, 'red'],
			[restraint.id, 'green'],
			[visits.id, 'amber'],
		]);
		earlier = setAction(earlier, names, { owner: 'Ward manager', due: '2027-06-01', done: true });
		const current = agreedSession([
			[names.id, 'amber'],
			[restraint.id, 'red'],
		]);
		const { changes, counts, earlierActions } = compareSessions(REVIEW, earlier, current);
		expect(
			changes.map(({ number, before, after, change }) => ({ number, before, after, change })),
		).toEqual([
			{ number: 1, before: 'red', after: 'amber', change: 'better' },
			{ number: 2, before: 'green', after: 'red', change: 'worse' },
			{ number: 3, before: 'amber', after: undefined, change: 'not-compared' },
		]);
		expect(counts).toEqual({ better: 1, worse: 1, same: 0, 'not-compared': 1 });
		expect(earlierActions).toEqual([
			{
				number: 1,
				statement: 'Staff get names right.',
				action: { text: 'Improve names.', owner: 'Ward manager', due: '2027-06-01', done: true },
			},
		]);
	});
});
