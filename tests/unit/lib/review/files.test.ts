import { describe, expect, test } from 'vitest';
import { readReviewFile, REVIEW_FILE_MAX_BYTES } from '../../../../src/lib/review/files.ts';
import { newSession } from '../../../../src/lib/review/session.ts';
import { viewFileText } from '../../../../src/lib/review/views.ts';
import { REVIEW, view } from './fixtures.ts';

const NOW = '2027-03-02T11:00:00.000Z';
const read = (name: string, text: string) => readReviewFile(name, text, REVIEW.id);
const viewText = viewFileText(
	view('view-0001', 'young-people', 'rag', { 'tl-names': 'Asked three staff.' }),
	NOW,
);

describe('readReviewFile', () => {
	test('reads a participant view and a saved session', () => {
		const result = read('yp.view.json', viewText);
		expect(result).toMatchObject({
			ok: true,
			kind: 'view',
			view: { group: 'young-people', savedAt: NOW },
		});
		const session = JSON.stringify(newSession(REVIEW, ['staff'], NOW));
		expect(read('march.session.json', session)).toMatchObject({ ok: true, kind: 'session' });
	});

	test('accepts a file an editor saved with a byte order mark', () => {
		expect(read('yp.view.json', `\uFEFF${viewText}`).ok).toBe(true);
	});

	test.each([
		[
			'a broken file',
			'notes.view.json',
			'{"app": "rights-in',
			'notes.view.json: this is not a review file, or it is damaged: it could not be read.',
		],
		[
			'a file from another tool',
			'export.json',
			'{"app":"other","kind":"traffic-light-view"}',
			'export.json: this is not a Rights in Practice review file.',
		],
		[
			'a progress file',
			'progress.json',
			'{"app":"rights-in-practice","format":1,"progress":{}}',
			'progress.json: this Rights in Practice file is not a Traffic Light review file.',
		],
		[
			'a file from a newer release',
			'new.view.json',
			viewText.replace('"format": 1', '"format": 2'),
			'new.view.json: this file was made by a newer version of the course, which this site cannot read yet. Open it on the site it came from.',
		],
		[
			'a view of another review',
			'other.view.json',
			viewText.replace('"reviewId": "tl-ward"', '"reviewId": "tl-other"'),
			'other.view.json: this file is for a different review (`tl-other`), not this one.',
		],
		[
			'a damaged rating',
			'bad.view.json',
			viewText.replace('"red"', '"purple"'),
			expect.stringMatching(
				/^bad\.view\.json: this file is damaged: `ratings\.tl-names` is not as expected/,
			),
		],
		[
			'an unknown group',
			'group.view.json',
			viewText.replace('"young-people"', '"visitors"'),
			expect.stringMatching(/^group\.view\.json: this file is damaged: `group`/),
		],
	])('refuses %s, naming the file and why', (_what, name, text, message: unknown) => {
		expect(read(name, text)).toEqual({ ok: false, message });
	});

	test('refuses a huge file before reading it', () => {
		expect(readReviewFile('big.json', '{}', REVIEW.id, REVIEW_FILE_MAX_BYTES + 1)).toEqual({
			ok: false,
			message: 'big.json: this file is far too large to be a review file, so it was not opened.',
		});
	});
});
