import { describe, expect, test } from 'vitest';
import { readReviewFile } from '../../../../src/lib/review/files.ts';
import {
	completeView,
	localDay,
	newDraft,
	newViewId,
	noteInView,
	rateInView,
	readDraft,
	viewFileName,
	viewFileText,
} from '../../../../src/lib/review/views.ts';
import { NOTE_MAX_LENGTH } from '../../../../src/schemas/review-files.ts';
import { REVIEW } from './fixtures.ts';

const TODAY = '2027-03-02';
const NOW = '2027-03-02T15:30:00.000Z';
const VIEW_ID = '0b6f6c0e-2d1a-4c55-9a53-3f3b1f6ad3c1';

const given = () =>
	noteInView(
		rateInView(newDraft(REVIEW.id, VIEW_ID, TODAY, { group: 'parents-carers' }), 'tl-names', 'red'),
		'tl-names',
		'Nobody explained the visiting rules.',
	);

describe('completeView', () => {
	test('turns a draft into a view file the facilitator can read, unrated statements and all', () => {
		const result = completeView(given(), TODAY, NOW);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const file = readReviewFile(
			viewFileName(result.view),
			viewFileText(result.view, NOW),
			REVIEW.id,
		);
		expect(file).toMatchObject({
			ok: true,
			kind: 'view',
			view: {
				viewId: VIEW_ID,
				group: 'parents-carers',
				ratedOn: TODAY,
				savedAt: NOW,
				ratings: { 'tl-names': 'red' },
				notes: { 'tl-names': 'Nobody explained the visiting rules.' },
			},
		});
		expect(viewFileName(result.view)).toBe('tl-ward-parents-carers-2027-03-02.view.json');
	});

	test('asks who the view is from before it can be downloaded', () => {
		const draft = { ...given(), group: null };
		expect(completeView(draft, TODAY, NOW)).toEqual({
			ok: false,
			problems: [{ field: 'group', reason: 'missing' }],
		});
	});

	test.each([
		['an empty date', '', 'missing'],
		['a day that does not exist', '2027-02-30', 'missing'],
		['a day after today', '2027-03-03', 'future'],
	])('refuses %s', (_what, ratedOn, reason) => {
		expect(completeView({ ...given(), ratedOn }, TODAY, NOW)).toEqual({
			ok: false,
			problems: [{ field: 'ratedOn', reason }],
		});
	});

	test('accepts a view dated earlier, as when a group gave it at last week’s meeting', () => {
		expect(completeView({ ...given(), ratedOn: '2027-02-23' }, TODAY, NOW)).toMatchObject({
			ok: true,
			view: { ratedOn: '2027-02-23' },
		});
	});
});

describe('newDraft', () => {
	test('starts with no group unless the form is for one, dated today, with no notes', () => {
		expect(newDraft(REVIEW.id, VIEW_ID, TODAY)).toEqual({
			reviewId: REVIEW.id,
			viewId: VIEW_ID,
			group: null,
			ratedOn: TODAY,
			ratings: {},
			notes: {},
		});
		expect(newDraft(REVIEW.id, VIEW_ID, TODAY, { group: 'young-people' }).group).toBe(
			'young-people',
		);
	});

	test('can start from ratings given earlier', () => {
		const earlier = { 'tl-visits': 'amber' } as const;
		const draft = newDraft(REVIEW.id, VIEW_ID, TODAY, { ratings: earlier });
		expect(draft.ratings).toEqual({ 'tl-visits': 'amber' });
		expect(draft.ratings).not.toBe(earlier);
	});
});

describe('readDraft', () => {
	test('reads back a draft stored as JSON', () => {
		const draft = given();
		expect(readDraft(JSON.parse(JSON.stringify(draft)), REVIEW.id)).toEqual(draft);
	});

	test('is nothing for another review, a damaged entry or one without a view id', () => {
		expect(readDraft(given(), 'tl-other')).toBeUndefined();
		expect(readDraft('not a draft', REVIEW.id)).toBeUndefined();
		expect(readDraft({ ...given(), viewId: 'short' }, REVIEW.id)).toBeUndefined();
	});

	test('keeps what it can of a draft with odd parts', () => {
		const stored = {
			...given(),
			group: 'visitors',
			ratings: { 'tl-names': 'purple', 'tl-visits': 'green' },
			notes: { 'tl-names': 42, 'tl-visits': 'x'.repeat(NOTE_MAX_LENGTH + 10) },
		};
		const draft = readDraft(stored, REVIEW.id);
		expect(draft?.group).toBeNull();
		expect(draft?.ratings).toEqual({ 'tl-visits': 'green' });
		expect(draft?.notes['tl-visits']).toHaveLength(NOTE_MAX_LENGTH);
		expect(draft?.notes).not.toHaveProperty('tl-names');
	});
});

describe('newViewId', () => {
	test('uses a random UUID where the browser offers one', () => {
		const crypto = { randomUUID: () => VIEW_ID, getRandomValues: <T>(array: T) => array };
		expect(newViewId(crypto)).toBe(VIEW_ID);
	});

	test('makes 32 hex digits from random bytes where it does not (plain HTTP)', () => {
		const crypto = {
			getRandomValues: <T extends ArrayBufferView | null>(array: T) => {
				if (array instanceof Uint8Array) array.fill(171);
				return array;
			},
		};
		expect(newViewId(crypto)).toBe('ab'.repeat(16));
	});
});

describe('localDay', () => {
	test('is the calendar day where the participant is', () => {
		expect(localDay(new Date(2027, 2, 2, 23, 59))).toBe('2027-03-02');
		expect(localDay(new Date(2027, 0, 5, 0, 1))).toBe('2027-01-05');
	});
});
