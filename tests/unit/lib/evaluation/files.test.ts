import { describe, expect, test } from 'vitest';
import { readEvaluationFile } from '../../../../src/lib/evaluation/files.ts';
import { moduleRecord, moodleExport, NOW, progressFile } from './fixtures.ts';

const read = (name: string, text: string) =>
	readEvaluationFile({ name, text, bytes: text.length }, NOW);

const checkIns = {
	start: {
		confidence: { 'o-duty': 2 },
		statements: {},
		rightsNamed: ['art-2', 'art-8', 'art-8'],
		at: '2027-02-01T10:00:00.000Z',
	},
	end: { confidence: { 'o-duty': 4 }, statements: {}, at: '2027-02-01T11:00:00.000Z' },
};

describe('readEvaluationFile', () => {
	test('reads a progress file: the answers only, with the rights named counted once each', () => {
		const result = read(
			'sam.json',
			progressFile({ 'first-look': moduleRecord('first-look', { checkIns, completedScore: 80 }) }),
		);
		expect(result).toMatchObject({
			ok: true,
			kind: 'progress',
			notes: [],
			learners: [
				{
					label: 'sam.json',
					attempt: 0,
					modules: {
						'first-look': {
							checkIns: {
								start: { confidence: { 'o-duty': 2 }, rightsNamed: 2 },
								end: { confidence: { 'o-duty': 4 } },
							},
						},
					},
				},
			],
		});
	});

	test('notes a progress file with no answers yet', () => {
		expect(read('new.json', progressFile({}))).toMatchObject({
			ok: true,
			notes: ['new.json: this progress file holds no confidence ratings or feedback yet.'],
		});
	});

	test('reads a Moodle export with a byte order mark and CRLF line ends', () => {
		const text = moodleExport([
			{
				name: 'Sam Patel',
				email: 'sam@example.nhs.uk',
				attempt: 1,
				interactions: [['first-look_confidence-start_o-duty', '3']],
			},
		]);
		const result = read('report.txt', `\uFEFF${text.replaceAll('\n', '\r\n')}`);
		expect(result).toMatchObject({
			ok: true,
			kind: 'lms',
			learners: [
				{
					label: 'Sam Patel',
					attempt: 1,
					modules: { 'first-look': { checkIns: { start: { confidence: { 'o-duty': 3 } } } } },
				},
			],
		});
	});

	test.each([
		[
			'notes.json',
			'Dear trainer,',
			'notes.json: this is not a progress file, or it is damaged: it could not be read as JSON. Ask the learner to download it again from the My progress page.',
		],
		[
			'view.json',
			'{"app":"rights-in-practice-review","kind":"traffic-light-view"}',
			'view.json: this is not a progress file from this course. A progress file is the .json file a learner downloads from the My progress page.',
		],
		['empty.csv', '  \n', 'empty.csv: this file is empty, or it could not be read.'],
		[
			'grades.csv',
			'User,Grade\nSam,80\n',
			'grades.csv: it is not an LMS interactions export this page can read: its first row has neither Moodle’s columns (“Attempt”, “Question 0”, “Response 0” …) nor the columns “learner”, “interaction id” and “response”.',
		],
	])('refuses %s, naming it', (name, text, message) => {
		expect(read(name, text)).toEqual({ ok: false, message });
	});

	test('refuses a progress file with a rating outside 1 to 5, naming the file and where', () => {
		const text = progressFile({
			'first-look': moduleRecord('first-look', {
				checkIns: {
					start: { confidence: { 'o-duty': 7 }, statements: {}, at: '2027-02-01T10:00:00.000Z' },
				},
			}),
		});
		expect(read('sam.json', text)).toEqual({
			ok: false,
			message:
				'sam.json: This progress file is damaged and cannot be loaded (problem at: modules › first-look › checkIns › start › confidence › o-duty).',
		});
	});

	test('refuses an LMS export with a rating outside 1 to 5, naming the file, row and column', () => {
		const text = moodleExport([
			{
				name: 'Sam Patel',
				email: 'sam@example.nhs.uk',
				attempt: 1,
				interactions: [
					['q-1', 'a'],
					['first-look_feedback_clarity', '6'],
				],
			},
		]);
		expect(read('report.txt', text)).toEqual({
			ok: false,
			message:
				'report.txt: row 2, column “Response 1” (first-look › feedback › clarity): “6” is not a rating from 1 to 5.',
		});
	});

	test('refuses an LMS export with no evaluation answers as not from this course', () => {
		const text = moodleExport([
			{
				name: 'Sam Patel',
				email: 'sam@example.nhs.uk',
				attempt: 1,
				interactions: [['Slide4_Q1', 'choice_a']],
			},
		]);
		const result = read('other-course.txt', text);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(
			/^other-course\.txt: this LMS export holds no answers from this course’s/,
		);
	});

	test('refuses a file over the size limit without reading it', () => {
		expect(readEvaluationFile({ name: 'huge.csv', text: '', bytes: 6 * 1024 * 1024 }, NOW)).toEqual(
			{
				ok: false,
				message:
					'huge.csv: this file is too large (6.0 MB) to be a progress file or an LMS export of this course, which are at most 5 MB.',
			},
		);
	});
});
