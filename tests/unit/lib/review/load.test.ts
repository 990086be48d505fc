import { describe, expect, test } from 'vitest';
import {
	applyLoadedFiles,
	readEarlierSession,
	sortReviewFiles,
	type LoadedFile,
} from '../../../../src/lib/review/load.ts';
import {
	addViews,
	newSession,
	sessionFileText,
	setAgreed,
} from '../../../../src/lib/review/session.ts';
import { viewFileText } from '../../../../src/lib/review/views.ts';
import { REVIEW, view } from './fixtures.ts';

const NOW = '2027-03-02T12:00:00.000Z';
const file = (name: string, text: string): LoadedFile => ({ name, text, bytes: text.length });
const viewFile = (name: string, ...args: Parameters<typeof view>) =>
	file(name, viewFileText(view(...args), NOW));
const young = viewFile('yp.view.json', 'view-yp-1', 'young-people', 'rrg');
const staff = viewFile('staff.view.json', 'view-staff-1', 'staff', 'ggg');
const start = newSession(REVIEW, ['young-people', 'staff'], NOW);
const saved = setAgreed(
	addViews(start, [view('view-adv-1', 'advocates', 'aaa')]).session,
	'tl-names',
	'red',
);
const savedFile = file('march.session.json', sessionFileText(saved, NOW));

describe('sortReviewFiles and applyLoadedFiles', () => {
	test('adds the views of a batch, counts a duplicate once and names a broken file without changing anything for it', () => {
		const sorted = sortReviewFiles(
			[young, file('broken.view.json', '{"app":'), staff, young],
			REVIEW.id,
		);
		expect(sorted.refused).toEqual([
			'broken.view.json: this is not a review file, or it is damaged: it could not be read.',
		]);
		const outcome = applyLoadedFiles(start, sorted, false);
		expect(outcome).toMatchObject({ added: 2, repeated: 1, opened: undefined });
		expect(outcome.session.views.map((v) => v.viewId)).toEqual(['view-yp-1', 'view-staff-1']);
	});

	test('a batch of only refused files leaves the session as it was', () => {
		const sorted = sortReviewFiles([file('notes.txt', 'hello')], REVIEW.id);
		expect(applyLoadedFiles(start, sorted, false).session).toBe(start);
	});

	test('opens a saved session in place of the current one, with the batch’s views added to it', () => {
		const sorted = sortReviewFiles([young, savedFile], REVIEW.id);
		expect(sorted.session?.name).toBe('march.session.json');
		const outcome = applyLoadedFiles(start, sorted, true);
		expect(outcome.opened).toBe('march.session.json');
		expect(outcome.session.agreed).toEqual({ 'tl-names': 'red' });
		expect(outcome.session.views.map((v) => v.viewId)).toEqual(['view-adv-1', 'view-yp-1']);
	});

	test('keeps the current session when the facilitator chooses not to open the saved one', () => {
		const outcome = applyLoadedFiles(start, sortReviewFiles([young, savedFile], REVIEW.id), false);
		expect(outcome.opened).toBeUndefined();
		expect(outcome.session.agreed).toEqual({});
		expect(outcome.session.views.map((v) => v.viewId)).toEqual(['view-yp-1']);
	});

	test('opens no session when a batch holds two, naming both', () => {
		const other = file('june.session.json', sessionFileText(start, NOW));
		const sorted = sortReviewFiles([savedFile, other], REVIEW.id);
		expect(sorted.session).toBeUndefined();
		expect(sorted.refused).toEqual([
			expect.stringMatching(
				/^march\.session\.json: only one saved session can be opened at a time/,
			),
			expect.stringMatching(/^june\.session\.json: only one saved session/),
		]);
	});
});

describe('readEarlierSession', () => {
	test('reads a saved session of this review', () => {
		expect(readEarlierSession(savedFile, REVIEW.id)).toMatchObject({
			ok: true,
			session: { agreed: { 'tl-names': 'red' } },
		});
	});

	test('refuses a participant’s view and a session of another review, naming the file', () => {
		expect(readEarlierSession(young, REVIEW.id)).toEqual({
			ok: false,
			message:
				'yp.view.json: this is a participant\'s view, not a saved session. Choose a file saved with "Save the session".',
		});
		expect(readEarlierSession(savedFile, 'tl-other')).toEqual({
			ok: false,
			message: 'march.session.json: this file is for a different review (`tl-ward`), not this one.',
		});
	});
});
