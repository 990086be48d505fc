import { describe, expect, test } from 'vitest';
import { planRows } from '../../../../src/lib/review/plan.ts';
import { planCsvFileName } from '../../../../src/lib/review/plan-csv.ts';
import {
	addViews,
	hasWork,
	newSession,
	sessionFileName,
	setAction,
	setAgreed,
	setTitle,
} from '../../../../src/lib/review/session.ts';
import { REVIEW, view } from './fixtures.ts';

const NOW = '2027-03-02T12:00:00.000Z';
const [names, restraint] = REVIEW.statements as [
	(typeof REVIEW.statements)[number],
	(typeof REVIEW.statements)[number],
];
const start = newSession(REVIEW, ['young-people', 'staff'], NOW);

describe('planRows', () => {
	test('puts agreed Red and Amber statements in the plan, with their action, and leaves the rest out', () => {
		let session = addViews(start, [view('yp-1', 'young-people', 'rg')]).session;
		session = setAgreed(setAgreed(session, names.id, 'red'), restraint.id, 'green');
		session = setAction(session, names, { owner: 'Ward manager', due: '2027-06-01' });
		const rows = planRows(REVIEW, session);
		expect(rows.map(({ number, agreed, action }) => ({ number, agreed, action }))).toEqual([
			{
				number: 1,
				agreed: 'red',
				action: { text: 'Improve names.', owner: 'Ward manager', due: '2027-06-01', done: false },
			},
			{ number: 2, agreed: 'green', action: undefined },
			{ number: 3, agreed: undefined, action: undefined },
		]);
		expect(rows[0]!.ratedBy, 'only groups that rated it').toEqual([
			{ group: 'young-people', red: 1, amber: 0, green: 0, unrated: 0 },
		]);
	});
});

describe('file names and unsaved work', () => {
	test('names the saved session and the CSV after the review and the day', () => {
		expect(sessionFileName(start, NOW)).toBe('tl-ward-session-2027-03-02.session.json');
		expect(planCsvFileName(start, NOW)).toBe('tl-ward-plan-2027-03-02.csv');
	});

	test('a new session holds nothing to lose; a title, a view or an agreed rating is work', () => {
		expect(hasWork(start)).toBe(false);
		expect(hasWork(setTitle(start, 'Ward 3'))).toBe(true);
		expect(hasWork(setAgreed(start, names.id, 'green'))).toBe(true);
		expect(hasWork(addViews(start, [view('yp-1', 'young-people', 'r')]).session)).toBe(true);
	});
});
