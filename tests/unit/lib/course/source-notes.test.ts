import { describe, expect, test } from 'vitest';
import { numberSourceNotes, sourceNoteKey } from '../../../../src/lib/course/source-notes.ts';

describe('numberSourceNotes', () => {
	test('numbers sources by first appearance, once per source and pin', () => {
		expect(
			numberSourceNotes([
				{ source: 'nice-ng10' },
				{ source: 'mha-code-2015', pin: 'ch. 26' },
				{ source: 'nice-ng10' },
				{ source: 'mha-code-2015', pin: 'ch. 8' },
				{ source: 'mha-code-2015', pin: 'ch. 26' },
			]),
		).toEqual([
			{ source: 'nice-ng10', number: 1 },
			{ source: 'mha-code-2015', pin: 'ch. 26', number: 2 },
			{ source: 'mha-code-2015', pin: 'ch. 8', number: 3 },
		]);
	});

	test('a source cited with and without a pin is listed twice', () => {
		const notes = numberSourceNotes([{ source: 'hra-1998' }, { source: 'hra-1998', pin: 's.6' }]);
		expect(notes.map((note) => note.number)).toEqual([1, 2]);
		expect(sourceNoteKey('hra-1998')).not.toBe(sourceNoteKey('hra-1998', 's.6'));
	});
});
