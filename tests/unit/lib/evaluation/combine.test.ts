import { describe, expect, test } from 'vitest';
import type { LearnerAnswers } from '../../../../src/lib/evaluation/answers.ts';
import { combineLearners } from '../../../../src/lib/evaluation/combine.ts';
import type { LoadedSource } from '../../../../src/lib/evaluation/load.ts';

const rated = (rating: 1 | 2 | 3 | 4 | 5) => ({
	checkIns: { start: { confidence: { 'o-duty': rating }, statements: {} } },
});

function source(name: string, learners: Array<Omit<LearnerAnswers, 'file'>>): LoadedSource {
	return {
		name,
		fingerprint: name,
		kind: learners[0]?.attempt === 0 ? 'progress' : 'lms',
		learners: learners.map((learner) => ({ ...learner, file: name })),
		notes: [],
	};
}

describe('combineLearners', () => {
	test('keeps the latest attempt with answers for each module, and says so', () => {
		const combined = combineLearners([
			source('first-look.txt', [
				{ key: 'lms:sam', label: 'Sam Patel', attempt: 1, modules: { 'first-look': rated(2) } },
				{ key: 'lms:sam', label: 'Sam Patel', attempt: 2, modules: { 'first-look': rated(4) } },
			]),
			source('sixteen-rights.txt', [
				{ key: 'lms:sam', label: 'Sam Patel', attempt: 1, modules: { 'sixteen-rights': rated(3) } },
			]),
		]);
		expect(combined.learners).toEqual([
			{ key: 'lms:sam', modules: { 'first-look': rated(4), 'sixteen-rights': rated(3) } },
		]);
		expect(combined.notes).toEqual([
			'Sam Patel answered in more than one attempt (first-look): the latest attempt is counted.',
		]);
	});

	test('counts the same attempt in two files once', () => {
		const attempt = {
			key: 'lms:sam',
			label: 'Sam Patel',
			attempt: 1,
			modules: { 'first-look': rated(2) },
		};
		const combined = combineLearners([
			source('march.txt', [attempt]),
			source('april.txt', [attempt]),
		]);
		expect(combined.learners).toHaveLength(1);
		expect(combined.notes).toEqual([
			'Sam Patel: the same attempt is in more than one file (march.txt and april.txt), and is counted once.',
		]);
	});

	test('takes two progress files with the same learner’s name as one learner, exported last', () => {
		const combined = combineLearners([
			source('sam-march.json', [
				{
					key: 'name:sam',
					label: 'sam-march.json',
					attempt: 0,
					exportedAt: '2027-03-01T10:00:00.000Z',
					modules: { 'first-look': rated(2) },
				},
			]),
			source('sam-feb.json', [
				{
					key: 'name:sam',
					label: 'sam-feb.json',
					attempt: 0,
					exportedAt: '2027-02-01T10:00:00.000Z',
					modules: {},
				},
			]),
			source('ali.json', [
				{ key: 'file:1', label: 'ali.json', attempt: 0, modules: { 'first-look': rated(5) } },
			]),
		]);
		expect(combined.learners).toEqual([
			{ key: 'name:sam', modules: { 'first-look': rated(2) } },
			{ key: 'file:1', modules: { 'first-look': rated(5) } },
		]);
		expect(combined.notes).toEqual([
			'sam-feb.json and sam-march.json carry the same learner’s name: only sam-march.json, exported last, is counted.',
		]);
	});
});
