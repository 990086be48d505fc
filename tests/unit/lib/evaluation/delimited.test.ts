import { describe, expect, test } from 'vitest';
import { detectDelimiter, parseDelimited } from '../../../../src/lib/evaluation/delimited.ts';

describe('parseDelimited', () => {
	test('keeps commas, double quotes and line breaks inside a quoted cell', () => {
		const text = 'learner,response\n"Patel, Sam","Fewer slides,\nmore ""real"" cases"\n';
		expect(parseDelimited(text)).toEqual({
			ok: true,
			rows: [
				['learner', 'response'],
				['Patel, Sam', 'Fewer slides,\nmore "real" cases'],
			],
		});
	});

	test('drops a byte order mark and reads CRLF, LF and CR line ends alike', () => {
		const result = parseDelimited('\uFEFFa,b\r\n1,2\n3,4\r5,6');
		expect(result).toEqual({
			ok: true,
			rows: [
				['a', 'b'],
				['1', '2'],
				['3', '4'],
				['5', '6'],
			],
		});
	});

	test('reads Moodle’s tab-separated text and a spreadsheet’s semicolons', () => {
		expect(parseDelimited('"Question 0"\t"Response 0"\nfirst-look_feedback_clarity\t4')).toEqual({
			ok: true,
			rows: [
				['Question 0', 'Response 0'],
				['first-look_feedback_clarity', '4'],
			],
		});
		expect(parseDelimited('learner;response\nSam;3')).toMatchObject({
			rows: [
				['learner', 'response'],
				['Sam', '3'],
			],
		});
	});

	test('leaves out empty lines', () => {
		expect(parseDelimited('a,b\n\n1,2\n,\n')).toEqual({
			ok: true,
			rows: [
				['a', 'b'],
				['1', '2'],
			],
		});
	});

	test('refuses a quoted cell that is never closed', () => {
		expect(parseDelimited('a,b\n"open,2\n')).toEqual({
			ok: false,
			message:
				'it is damaged: a quoted cell is never closed (a double quote is missing), so its rows cannot be told apart.',
		});
	});

	test('refuses a cell longer than any answer', () => {
		expect(parseDelimited(`a\n${'x'.repeat(20_001)}`)).toMatchObject({ ok: false });
	});
});

describe('detectDelimiter', () => {
	test('looks at the first line only, outside quotes', () => {
		expect(detectDelimiter('"a,b";c\n1,2,3,4')).toBe(';');
		expect(detectDelimiter('a,b\tc')).toBe('\t');
		expect(detectDelimiter('a,b;c')).toBe(',');
	});
});
