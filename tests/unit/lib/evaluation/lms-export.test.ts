import { describe, expect, test } from 'vitest';
import { parseDelimited } from '../../../../src/lib/evaluation/delimited.ts';
import { readLmsRows } from '../../../../src/lib/evaluation/lms-export.ts';
import { moodleExport } from './fixtures.ts';

const rows = (text: string) => {
	const parsed = parseDelimited(text);
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.rows;
};

describe('readLmsRows', () => {
	test('reads Moodle’s Interactions report: one attempt per row, learners without one counted apart', () => {
		const text = moodleExport([
			{
				name: 'Sam Patel',
				email: 'sam@example.nhs.uk',
				attempt: 2,
				interactions: [
					['first-look_confidence-start_o-duty', '2'],
					['first-look_feedback_change', 'Less &quot;jargon&quot; &amp; more cases'],
				],
			},
			{ name: 'Alex Jones', email: 'alex@example.nhs.uk', attempt: '-', interactions: [] },
		]);
		const result = readLmsRows(rows(text));
		expect(result).toEqual({
			ok: true,
			layout: 'moodle',
			withoutAttempt: 1,
			attempts: [
				{
					key: 'lms:sam patel\u001fsam@example.nhs.uk',
					label: 'Sam Patel',
					attempt: 2,
					interactions: [
						{
							id: 'first-look_confidence-start_o-duty',
							response: '2',
							where: 'row 2, column “Response 0”',
						},
						{
							id: 'first-look_feedback_change',
							response: 'Less "jargon" & more cases',
							where: 'row 2, column “Response 1”',
						},
					],
				},
			],
		});
	});

	test('asks for the “Question” columns when the report was downloaded with responses only', () => {
		const result = readLmsRows([
			['Name', 'Email address', 'Attempt', 'Response 0'],
			['Sam Patel', 'sam@example.nhs.uk', '1', '4'],
		]);
		expect(result).toEqual({
			ok: false,
			message:
				'it has the learners’ responses but not the interaction ids (the “Question” columns), so the answers cannot be told apart. In Moodle’s Interactions report, tick “Summary of question” as well as “Summary of responses”, then download it again.',
		});
	});

	test('refuses rows longer than the headings, as Moodle writes for a package with several SCOs', () => {
		const result = readLmsRows([
			['Name', 'Attempt', 'Score', 'Module 1', 'Module 2', 'Question 0', 'Response 0'],
			[
				'Sam Patel',
				'1',
				'80',
				'80',
				'x.confidence-start.o-a',
				'3',
				'90',
				'y.confidence-start.o-b',
				'4',
			],
		]);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(
			/^row 2 has more cells than the first row has headings/,
		);
	});

	test('refuses an attempt that is not a number', () => {
		expect(
			readLmsRows([
				['Name', 'Attempt', 'Question 0', 'Response 0'],
				['Sam Patel', 'first', 'a.confidence-start.o-a', '3'],
			]),
		).toEqual({
			ok: false,
			message: 'row 2: the “Attempt” column holds “first”, not an attempt number.',
		});
	});

	test('reads the long layout, one row per interaction, grouped by learner and attempt', () => {
		const result = readLmsRows([
			['Learner', 'Interaction_ID', 'Response', 'Attempt'],
			['Sam Patel', 'first-look.confidence-start.o-duty', '2', '1'],
			['Sam Patel', 'first-look.confidence-end.o-duty', '4', '1'],
			['sam patel', 'first-look.confidence-end.o-duty', '5', '2'],
		]);
		expect(
			result.ok &&
				result.attempts.map(({ key, attempt, interactions }) => [
					key,
					attempt,
					interactions.length,
				]),
		).toEqual([
			['lms:sam patel', 1, 2],
			['lms:sam patel', 2, 1],
		]);
	});

	test('names the columns it reads when the headings are unknown', () => {
		const result = readLmsRows([
			['User', 'Score'],
			['Sam', '80'],
		]);
		expect(!result.ok && result.message).toContain('“learner”, “interaction id” and “response”');
	});
});
