import { describe, expect, test } from 'vitest';
import type { TrafficLightData } from '../../../../src/schemas/review.ts';
import {
	countRatings,
	csvField,
	describeCounts,
} from '../../../../src/lib/course/traffic-light.ts';

function statement(id: string, html: string, action: string) {
	return { id, html, amberHtml: '', redHtml: '', action, sources: [] };
}

const data: TrafficLightData = {
	id: 'tl-ward',
	title: 'Ward review',
	introHtml: '',
	statements: [
		statement('tl-one', '<p>Staff can name the rights.</p>', 'Add a huddle.'),
		statement(
			'tl-two',
			'<p>Blanket rules are <em>logged</em>.</p>',
			'Hold a rule review, quarterly.',
		),
		statement('tl-three', '<p>Young people know how to complain.</p>', 'Explain at admission.'),
		statement('tl-four', '<p>Force is recorded.</p>', 'Add an equality breakdown.'),
		statement('tl-five', '<p>Families shape plans.</p>', 'Use “my plan”.'),
	],
};

const review = {
	ratings: {
		'tl-one': 'green',
		'tl-two': 'amber',
		'tl-three': 'red',
		'tl-five': 'red',
		'tl-removed': 'red',
	} as const,
};

describe('countRatings', () => {
	test('counts each rating and the statements not yet rated', () => {
		expect(countRatings(data, review)).toEqual({
			red: 2,
			amber: 1,
			green: 1,
			unrated: 1,
			total: 5,
		});
	});

	test('counts everything as not rated before any rating', () => {
		expect(countRatings(data, undefined)).toMatchObject({ unrated: 5, total: 5 });
	});

	test('describes the counts in one sentence', () => {
		expect(describeCounts(countRatings(data, review))).toBe(
			'2 Red, 1 Amber, 1 Green, 1 not rated, out of 5 statements.',
		);
	});
});

describe('csvField', () => {
	test('leaves plain text unquoted', () => {
		expect(csvField('Add a huddle.')).toBe('Add a huddle.');
	});

	test('quotes commas, quotes and line breaks, doubling inner quotes', () => {
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('line\nbreak')).toBe('"line\nbreak"');
	});

	test('stops spreadsheets reading text as a formula', () => {
		expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
		expect(csvField('- bullet, item')).toBe(`"'- bullet, item"`);
	});
});
