import { describe, expect, test } from 'vitest';
import type { TrafficLightData } from '../../../../src/schemas/review.ts';
import {
	actionPlan,
	countRatings,
	csvField,
	describeCounts,
	orderStatements,
	toCsv,
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
	actions: { 'tl-five': 'Use "my plan", with families.' },
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

describe('orderStatements', () => {
	test('puts Red first, then Amber, Green and not rated, keeping authored order within each', () => {
		expect(orderStatements(data, review).map((row) => [row.number, row.rating ?? 'none'])).toEqual([
			[3, 'red'],
			[5, 'red'],
			[2, 'amber'],
			[1, 'green'],
			[4, 'none'],
		]);
	});
});

describe('actionPlan', () => {
	test('lists Red then Amber statements with the edited or suggested action', () => {
		expect(actionPlan(data, review)).toEqual([
			{
				statementId: 'tl-three',
				number: 3,
				statement: 'Young people know how to complain.',
				rating: 'red',
				action: 'Explain at admission.',
			},
			{
				statementId: 'tl-five',
				number: 5,
				statement: 'Families shape plans.',
				rating: 'red',
				action: 'Use "my plan", with families.',
			},
			{
				statementId: 'tl-two',
				number: 2,
				statement: 'Blanket rules are logged.',
				rating: 'amber',
				action: 'Hold a rule review, quarterly.',
			},
		]);
	});

	test('keeps an action the team emptied', () => {
		const [row] = actionPlan(data, { ratings: { 'tl-one': 'red' }, actions: { 'tl-one': '' } });
		expect(row?.action).toBe('');
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

describe('toCsv', () => {
	test('writes a header and a CRLF-terminated row per Red and Amber statement', () => {
		expect(toCsv(data, review, { bom: false })).toBe(
			[
				'Number,Statement,Rating,Improvement action,Owner,Target date',
				'3,Young people know how to complain.,Red,Explain at admission.,,',
				'5,Families shape plans.,Red,"Use ""my plan"", with families.",,',
				'2,Blanket rules are logged.,Amber,"Hold a rule review, quarterly.",,',
				'',
			].join('\r\n'),
		);
	});

	test('starts with a byte order mark by default', () => {
		expect(toCsv(data, review).startsWith('\uFEFFNumber,')).toBe(true);
	});

	test('writes only the header when nothing is Red or Amber', () => {
		expect(toCsv(data, undefined, { bom: false })).toBe(
			'Number,Statement,Rating,Improvement action,Owner,Target date\r\n',
		);
	});
});
