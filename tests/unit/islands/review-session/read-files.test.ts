import { describe, expect, test } from 'vitest';
import { REVIEW_FILE_MAX_BYTES } from '../../../../src/lib/review/files.ts';
import { readFiles } from '../../../../src/islands/review-session/read-files.ts';

describe('readFiles', () => {
	test('reads each file’s name, size and text', async () => {
		const files = [new File(['{"a":1}'], 'one.view.json'), new File(['é'], 'two.view.json')];
		expect(await readFiles(files)).toEqual([
			{ name: 'one.view.json', bytes: 7, text: '{"a":1}' },
			{ name: 'two.view.json', bytes: 2, text: 'é' },
		]);
	});

	test('does not read a file too big to be a review file', async () => {
		const big = new File(['x'.repeat(REVIEW_FILE_MAX_BYTES + 1)], 'huge.json');
		expect(await readFiles([big])).toEqual([
			{ name: 'huge.json', bytes: REVIEW_FILE_MAX_BYTES + 1, text: '' },
		]);
	});
});
