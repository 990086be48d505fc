import { describe, expect, test } from 'vitest';
import { loadFiles } from '../../../../src/lib/evaluation/load.ts';
import { moduleRecord, NOW, progressFile } from './fixtures.ts';

const file = (name: string, text: string) => ({ name, text, bytes: text.length });
const sam = progressFile({
	'first-look': moduleRecord('first-look', {
		feedback: { ratings: { clarity: 4 }, change: '', at: '2027-02-01T10:00:00.000Z' },
	}),
});

describe('loadFiles', () => {
	test('loads the good files of a batch and names each refused one', () => {
		const outcome = loadFiles(
			[],
			[file('sam.json', sam), file('notes.txt', 'hello'), file('ali.json', progressFile({}))],
			NOW,
		);
		expect(outcome.added).toEqual(['sam.json', 'ali.json']);
		expect(outcome.refused).toHaveLength(1);
		expect(outcome.refused[0]).toMatch(/^notes\.txt: /);
		expect(outcome.sources.map((source) => [source.name, source.kind])).toEqual([
			['sam.json', 'progress'],
			['ali.json', 'progress'],
		]);
	});

	test('counts a file loaded twice once, under its own name or another', () => {
		const first = loadFiles([], [file('sam.json', sam)], NOW);
		const again = loadFiles(first.sources, [file('sam.json', sam), file('sam (1).json', sam)], NOW);
		expect(again.sources).toHaveLength(1);
		expect(again.added).toEqual([]);
		expect(again.repeated).toEqual([
			'sam.json: this file is already loaded, so it is counted once.',
			'sam (1).json: this file is the same as sam.json, which is already loaded, so it is counted once.',
		]);
	});
});
