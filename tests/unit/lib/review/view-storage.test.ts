import { describe, expect, test } from 'vitest';
import { memoryStorage } from '../../memory-storage.ts';
import { loadDraft, saveDraft, viewStorageKey } from '../../../../src/lib/review/view-storage.ts';
import { newDraft, noteInView } from '../../../../src/lib/review/views.ts';
import { REVIEW } from './fixtures.ts';

const draft = noteInView(
	newDraft(REVIEW.id, 'view-0001-abcd', '2027-03-02', { group: 'staff' }),
	'tl-names',
	'Handover sheet has no legal status box.',
);

describe('view storage', () => {
	test('keeps a draft under a key of its own per form and review', () => {
		const storage = memoryStorage();
		const key = viewStorageKey('toolkit', REVIEW.id);
		expect(key).toBe('rights-in-practice:review-view:toolkit:tl-ward');
		expect(saveDraft(storage, key, draft)).toBe(true);
		expect(loadDraft(storage, key, REVIEW.id)).toEqual(draft);
		expect(
			loadDraft(storage, viewStorageKey('young-people', REVIEW.id), REVIEW.id),
		).toBeUndefined();
	});

	test('says when the browser refuses to keep it', () => {
		const storage = memoryStorage({ full: true });
		expect(saveDraft(storage, 'key', draft)).toBe(false);
	});

	test('reads nothing from a damaged entry', () => {
		const storage = memoryStorage();
		storage.entries.set('key', '{"reviewId": "tl-wa');
		expect(loadDraft(storage, 'key', REVIEW.id)).toBeUndefined();
	});
});
