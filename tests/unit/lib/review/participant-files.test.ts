import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readReviewFile } from '../../../../src/lib/review/files.ts';
import { STANDALONE_REVIEW_ID } from '../../../../src/lib/course/toolkit.ts';

// Real files the participants' forms downloaded (tests/e2e/review-participants.spec.ts), kept for
// the facilitator's tests: they must stay readable as the file format changes.
const FOLDER = join(import.meta.dirname, '../../../fixtures/review');

describe('the participants’ view files in tests/fixtures/review', () => {
	test('read as views of the standalone review, one from each of three groups', async () => {
		const names = (await readdir(FOLDER)).filter((name) => name.endsWith('.view.json')).sort();
		expect(names).toEqual([
			'parents-carers.view.json',
			'staff.view.json',
			'young-people.view.json',
		]);
		for (const name of names) {
			const result = readReviewFile(
				name,
				await readFile(join(FOLDER, name), 'utf8'),
				STANDALONE_REVIEW_ID,
			);
			expect(result, name).toMatchObject({
				ok: true,
				kind: 'view',
				view: { group: name.replace('.view.json', '') },
			});
		}
	});
});
