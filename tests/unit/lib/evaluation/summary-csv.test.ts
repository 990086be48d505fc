import { describe, expect, test } from 'vitest';
import { summarise } from '../../../../src/lib/evaluation/summary.ts';
import { summaryCsv, summaryCsvFileName } from '../../../../src/lib/evaluation/summary-csv.ts';
import { COURSE } from './fixtures.ts';

const LABELS = {
	statements: {
		's-everyday-tool': 'I think about rights every day.',
		's-explain-decision': 'I can explain a decision.',
		's-raise-concern': 'I would raise a concern.',
	},
	feedback: { relevance: 'Relevance', clarity: 'Clarity' },
	change: 'What would you change?',
	rightsGuess: 'Rights the learner thought they could name',
	rightsNamed: 'Rights the learner named',
};

const summary = summarise(COURSE, [
	{
		key: 'a',
		modules: {
			'first-look': {
				checkIns: {
					start: { confidence: { 'o-duty': 4 }, statements: {} },
					end: { confidence: { 'o-duty': 3 }, statements: {} },
				},
				feedback: {
					ratings: { clarity: 2 },
					change: '=HYPERLINK("http://example.com"), and "more"\nplease',
				},
			},
		},
	},
	{
		key: 'b',
		modules: {
			'first-look': {
				checkIns: {
					start: { confidence: { 'o-duty': 4 }, statements: {} },
					end: { confidence: { 'o-duty': 4 }, statements: {} },
				},
			},
		},
	},
]);

describe('summaryCsv', () => {
	const lines = summaryCsv(summary, LABELS)
		.replace(/^\uFEFF/, '')
		.split('\r\n');

	test('starts with a byte order mark and the headings, one figure per row', () => {
		expect(
			summaryCsv(summary, LABELS).startsWith(
				'\uFEFFSection,Module ID,Module,Item ID,Item,Measure,Value\r\n',
			),
		).toBe(true);
		expect(lines).toContain('All files,,,,,Learners with any answer,2');
		expect(lines).toContain('Module,first-look,A first look,,,Learners with any answer,2');
	});

	test('writes a negative median change as a number, not as guarded text', () => {
		expect(lines).toContain(
			'Confidence,first-look,A first look,o-duty,Explain the legal duty.,"Median change (after minus before, learners who answered both)",-0.5',
		);
		expect(lines).toContain(
			'Confidence,first-look,A first look,o-duty,Explain the legal duty.,Before: 4,2',
		);
		expect(lines).toContain(
			'Confidence,first-look,A first look,o-duty,Explain the legal duty.,Median after,3.5',
		);
	});

	test('leaves a median nobody gave empty', () => {
		expect(lines).toContain('Feedback,first-look,A first look,relevance,Relevance,Median,');
	});

	test('keeps a written answer as text a spreadsheet will not run, quoted with its line break', () => {
		const csv = summaryCsv(summary, LABELS);
		expect(csv).toContain(
			'Feedback,first-look,A first look,change,What would you change?,Answer 1,"\'=HYPERLINK(""http://example.com""), and ""more""\nplease"\r\n',
		);
	});

	test('names the file by the day', () => {
		expect(summaryCsvFileName(new Date('2027-03-02T12:00:00Z'))).toBe(
			'rights-in-practice-evaluation-2027-03-02.csv',
		);
	});
});
