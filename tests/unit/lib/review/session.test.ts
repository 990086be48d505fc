import { describe, expect, test } from 'vitest';
import {
	actionFor,
	addViews,
	finalise,
	newSession,
	planGaps,
	setAction,
	setAgreed,
	setAmberNeedsOwner,
} from '../../../../src/lib/review/session.ts';
import { REVIEW, view } from './fixtures.ts';

const NOW = '2027-03-02T12:00:00.000Z';
const [names, restraint, visits] = REVIEW.statements as [
	(typeof REVIEW.statements)[number],
	(typeof REVIEW.statements)[number],
	(typeof REVIEW.statements)[number],
];
const start = newSession(REVIEW, ['young-people', 'staff'], NOW);

describe('addViews', () => {
	test('brings views together and counts the same view loaded twice once', () => {
		const first = addViews(start, [
			view('yp-1', 'young-people', 'rrg'),
			view('staff-1', 'staff', 'ggg'),
		]);
		expect(first).toMatchObject({ added: 2, repeated: 0 });
		const again = addViews(first.session, [view('yp-1', 'young-people', 'rrg')]);
		expect(again).toMatchObject({ added: 0, repeated: 1 });
		expect(again.session).toBe(first.session);
	});

	test('keeps the later copy of a view saved twice', () => {
		const early = view('yp-1', 'young-people', 'rrr', {}, '2027-03-02T10:00:00.000Z');
		const late = view('yp-1', 'young-people', 'ggg', {}, '2027-03-02T10:30:00.000Z');
		const { session } = addViews(addViews(start, [late]).session, [early]);
		expect(session.views).toEqual([late]);
	});

	test('a view from a group the session did not ask for is added with its group', () => {
		const { session } = addViews(start, [view('adv-1', 'advocates', 'aaa')]);
		expect(session.groups).toEqual(['young-people', 'staff', 'advocates']);
	});
});

describe('the plan', () => {
	test('cannot be final while a statement has no agreed rating or a Red has no owner or date', () => {
		let session = setAgreed(
			setAgreed(setAgreed(start, names.id, 'red'), restraint.id, 'amber'),
			visits.id,
			undefined,
		);
		expect(planGaps(session, REVIEW).map(({ number, missing }) => ({ number, missing }))).toEqual([
			{ number: 1, missing: ['owner', 'target date'] },
			{ number: 3, missing: ['agreed rating'] },
		]);
		expect(finalise(session, REVIEW, NOW).ok).toBe(false);

		session = setAgreed(session, visits.id, 'green');
		session = setAction(session, names, { owner: 'Ward manager', due: '2027-06-01' });
		const result = finalise(session, REVIEW, NOW);
		expect(result).toMatchObject({ ok: true, session: { finalAt: NOW } });
	});

	test('Amber statements need an owner and date too when the team chooses', () => {
		let session = setAgreed(
			setAgreed(setAgreed(start, names.id, 'green'), restraint.id, 'amber'),
			visits.id,
			'green',
		);
		expect(planGaps(session, REVIEW)).toEqual([]);
		session = setAmberNeedsOwner(session, true);
		expect(planGaps(session, REVIEW)).toMatchObject([
			{ number: 2, missing: ['owner', 'target date'] },
		]);
	});

	test('starts from the suggested action, and a change after finalising makes it a draft again', () => {
		expect(actionFor(start, names)).toEqual({
			text: 'Improve names.',
			owner: '',
			due: '',
			done: false,
		});
		let session = setAgreed(
			setAgreed(setAgreed(start, names.id, 'green'), restraint.id, 'green'),
			visits.id,
			'green',
		);
		const final = finalise(session, REVIEW, NOW);
		if (!final.ok) throw new Error('expected a final plan');
		session = setAgreed(final.session, names.id, 'amber');
		expect(session.finalAt).toBeNull();
	});
});
