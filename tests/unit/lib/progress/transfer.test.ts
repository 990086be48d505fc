import { describe, expect, test } from 'vitest';
import { applyEvent, createEmptyState } from '../../../../src/lib/progress/model.ts';
import { exportProgress } from '../../../../src/lib/progress/export-file.ts';
import {
	MAX_DEPTH,
	MAX_ENTRIES,
	MAX_FILE_BYTES,
	MAX_TEXT_LENGTH,
	fileSizeProblem,
} from '../../../../src/lib/progress/import-limits.ts';
import { CLOCK_SKEW_MS, parseProgressImport } from '../../../../src/lib/progress/transfer.ts';
import type { ProgressState } from '../../../../src/schemas/progress.ts';

const AT = '2025-05-01T08:30:00.000Z';

function sampleState(): ProgressState {
	let state = { ...createEmptyState(), learnerName: 'Alex Jones' };
	state = applyEvent(state, {
		type: 'module-opened',
		moduleId: 'm1',
		moduleVersion: '1.2.0',
		at: AT,
	});
	state = applyEvent(state, { type: 'lesson-visited', moduleId: 'm1', lessonId: 'l1', at: AT });
	state = applyEvent(state, {
		type: 'assessment-restarted',
		moduleId: 'm1',
		questionIds: ['q1'],
		at: AT,
	});
	state = applyEvent(state, {
		type: 'question-answered',
		moduleId: 'm1',
		questionId: 'q1',
		response: ['b'],
		correct: true,
		at: AT,
	});
	state = applyEvent(state, {
		type: 'reflection-saved',
		moduleId: 'm2',
		reflectionId: 'r1',
		text: 'Talk to the ward manager',
		at: AT,
	});
	return applyEvent(state, { type: 'module-completed', moduleId: 'm1', score: 100, at: AT });
}

function fileWith(changes: Record<string, unknown>): string {
	return JSON.stringify({ ...JSON.parse(exportProgress(sampleState())), ...changes });
}

function messageFor(text: string): string {
	const result = parseProgressImport(text);
	if (result.ok) throw new Error('expected the import to be refused');
	return result.message;
}

describe('exportProgress', () => {
	test('writes a pretty-printed file naming the app, format and time', () => {
		const text = exportProgress(sampleState(), new Date(AT));
		expect(text).toContain('\n  "app": "rights-in-practice",\n');
		expect(JSON.parse(text)).toMatchObject({
			app: 'rights-in-practice',
			format: 1,
			exportedAt: AT,
			progress: { schema: 1, learnerName: 'Alex Jones' },
		});
	});
});

describe('parseProgressImport', () => {
	test('reads back what was exported, marking completions as imported', () => {
		const state = sampleState();
		const m1 = { ...state.modules['m1']!, completionImported: true };
		expect(parseProgressImport(exportProgress(state))).toEqual({
			ok: true,
			state: { ...state, modules: { ...state.modules, m1 } },
		});
	});

	test('leaves modules not completed unmarked', () => {
		const result = parseProgressImport(exportProgress(sampleState()));
		expect(result.ok && result.state.modules['m2']).not.toHaveProperty('completionImported');
	});

	test('keeps the time of the latest assessment restart', () => {
		const result = parseProgressImport(exportProgress(sampleState()));
		expect(result.ok && result.state.modules['m1']?.assessmentRestartedAt).toBe(AT);
	});

	test('refuses a file whose restart time is not text', () => {
		const file = JSON.parse(exportProgress(sampleState())) as {
			progress: { modules: { m1: { assessmentRestartedAt: unknown } } };
		};
		file.progress.modules.m1.assessmentRestartedAt = 1700000000;
		expect(messageFor(JSON.stringify(file))).toMatch(
			/problem at: modules › m1 › assessmentRestartedAt/,
		);
	});

	test('refuses a file that is not JSON', () => {
		expect(messageFor('<html>not progress</html>')).toMatch(/not a progress file from this course/);
	});

	test("refuses another app's file", () => {
		expect(messageFor(fileWith({ app: 'other-course' }))).toMatch(
			/not a progress file from this course/,
		);
		expect(messageFor('[1, 2, 3]')).toMatch(/not a progress file from this course/);
	});

	test('refuses a file from a newer format and says to reload', () => {
		expect(messageFor(fileWith({ format: 2 }))).toMatch(/newer version of the course.*Reload/);
	});

	test('refuses progress saved by a newer schema', () => {
		const file = JSON.parse(exportProgress(sampleState())) as { progress: { schema: number } };
		file.progress.schema = 2;
		expect(messageFor(JSON.stringify(file))).toMatch(/newer version of the course/);
	});

	test('refuses a file without a format number', () => {
		expect(messageFor(fileWith({ format: 'one' }))).toMatch(/damaged/);
	});

	test('refuses a malformed record and says where the problem is', () => {
		const file = JSON.parse(exportProgress(sampleState())) as {
			progress: { modules: { m1: { questions: { q1: { correct: unknown } } } } };
		};
		file.progress.modules.m1.questions.q1.correct = 'yes';
		expect(messageFor(JSON.stringify(file))).toBe(
			'This progress file is damaged and cannot be loaded (problem at: modules › m1 › questions › q1 › correct).',
		);
	});

	test('carries check-ins and feedback through export and import', () => {
		let state = applyEvent(sampleState(), {
			type: 'check-in-saved',
			moduleId: 'm1',
			phase: 'start',
			checkIn: {
				confidence: { o1: 2 },
				statements: { 's-everyday-tool': 3 },
				rightsGuess: 5,
				rightsNamed: ['art-2'],
			},
			at: AT,
		});
		state = applyEvent(state, {
			type: 'feedback-saved',
			moduleId: 'm1',
			feedback: { ratings: { relevance: 4, clarity: 5 }, change: 'More on Article 14' },
			at: AT,
		});
		const result = parseProgressImport(exportProgress(state));
		if (!result.ok) throw new Error(result.message);
		expect(result.state.modules['m1']?.checkIns).toEqual(state.modules['m1']?.checkIns);
		expect(result.state.modules['m1']?.feedback).toEqual(state.modules['m1']?.feedback);
	});

	test('refuses a confidence rating outside 1 to 5 and says where it is', () => {
		const file = JSON.parse(exportProgress(sampleState())) as {
			progress: { modules: { m1: Record<string, unknown> } };
		};
		file.progress.modules.m1['checkIns'] = {
			end: { confidence: { o1: 7 }, statements: {}, at: AT },
		};
		expect(messageFor(JSON.stringify(file))).toBe(
			'This progress file is damaged and cannot be loaded (problem at: modules › m1 › checkIns › end › confidence › o1).',
		);
	});

	test('accepts an older file with maps missing and fills them in', () => {
		const result = parseProgressImport(
			JSON.stringify({
				app: 'rights-in-practice',
				format: 1,
				exportedAt: AT,
				progress: { schema: 1, modules: { m1: { moduleId: 'm1', updatedAt: AT } } },
			}),
		);
		expect(result.ok && result.state.modules['m1']?.questions).toEqual({});
		expect(result.ok && result.state.modules['m1']).not.toHaveProperty('assessmentRestartedAt');
		expect(result.ok && result.state.learnerName).toBe('');
	});

	describe('dates', () => {
		function withCompletedAt(completedAt: unknown): string {
			const file = JSON.parse(exportProgress(sampleState(), new Date(AT))) as {
				progress: { modules: { m1: { completedAt: unknown } } };
			};
			file.progress.modules.m1.completedAt = completedAt;
			return JSON.stringify(file);
		}
		const NOW = new Date('2026-01-10T12:00:00.000Z');

		test.each([
			['not a date', 'yesterday'],
			['a date without a time', '2025-05-01'],
			['a day the calendar does not have', '2025-02-30T10:00:00.000Z'],
			['a month that does not exist', '2025-13-01T10:00:00.000Z'],
			['29 February in a year that has none', '2025-02-29T10:00:00.000Z'],
		])('refuses %s and names the field', (_, completedAt) => {
			const result = parseProgressImport(withCompletedAt(completedAt), NOW);
			expect(result.ok).toBe(false);
			expect(!result.ok && result.message).toMatch(
				/not a real date and time, problem at: modules › m1 › completedAt/,
			);
		});

		test('refuses a date more than a day ahead of this device, and says so', () => {
			const result = parseProgressImport(
				withCompletedAt(new Date(NOW.getTime() + CLOCK_SKEW_MS + 1000).toISOString()),
				NOW,
			);
			expect(!result.ok && result.message).toMatch(
				/a date in the future, problem at: .*completedAt/,
			);
		});

		test("accepts a date within a day ahead: the other device's clock may run fast", () => {
			const result = parseProgressImport(
				withCompletedAt(new Date(NOW.getTime() + CLOCK_SKEW_MS - 60_000).toISOString()),
				NOW,
			);
			expect(result.ok).toBe(true);
		});

		test('accepts a time with an offset from UTC', () => {
			const result = parseProgressImport(withCompletedAt('2025-05-01T09:30:00+01:00'), NOW);
			expect(result.ok).toBe(true);
		});

		test('checks the export time too', () => {
			expect(parseProgressImport(fileWith({ exportedAt: '2025-02-31T00:00:00Z' }), NOW).ok).toBe(
				false,
			);
		});
	});

	describe('limits', () => {
		/** 25 modules worked through with a 2,000-character note everywhere: more than any learner writes. */
		function fullCourseState(): ProgressState {
			let state = { ...createEmptyState(), learnerName: 'Alex Jones' };
			const note = 'A long note about the ward and what we agreed to change. '.repeat(35);
			for (let m = 0; m < 25; m++) {
				const moduleId = `module-${m}`;
				const at = AT;
				state = applyEvent(state, { type: 'module-opened', moduleId, moduleVersion: '1.0.0', at });
				for (let i = 0; i < 15; i++) {
					state = applyEvent(state, { type: 'lesson-visited', moduleId, lessonId: `l-${i}`, at });
					state = applyEvent(state, {
						type: 'question-answered',
						moduleId,
						questionId: `q-${i}`,
						response: ['a', 'c'],
						correct: true,
						at,
					});
					state = applyEvent(state, {
						type: 'reflection-saved',
						moduleId,
						reflectionId: `r-${i}`,
						text: note,
						at,
					});
				}
				for (let i = 0; i < 12; i++) {
					state = applyEvent(state, {
						type: 'review-action-edited',
						moduleId,
						reviewId: 'review',
						statementId: `s-${i}`,
						text: note,
						at,
					});
				}
				state = applyEvent(state, { type: 'module-completed', moduleId, score: 90, at });
			}
			return state;
		}

		test('a full-course export with long notes loads and is far inside every limit', () => {
			const text = exportProgress(fullCourseState());
			// About 1.6 MB: 25 modules, a 2,000-character note in every reflection and review.
			expect(text.length).toBeLessThan(MAX_FILE_BYTES / 3);
			expect(parseProgressImport(text).ok).toBe(true);
		});

		test('refuses a file larger than the limit and names the limit', () => {
			expect(fileSizeProblem(MAX_FILE_BYTES)).toBeUndefined();
			expect(fileSizeProblem(44 * 1024 * 1024)).toMatch(
				/too large to be a progress file \(44\.0 MB; a progress file is at most 5 MB\)/,
			);
			expect(messageFor(`${' '.repeat(MAX_FILE_BYTES)}{}`)).toMatch(/at most 5 MB/);
		});

		test('refuses deeply nested data before parsing it, naming the depth', () => {
			const file = JSON.parse(exportProgress(sampleState())) as {
				progress: { modules: { m1: Record<string, unknown> } };
			};
			const levels = 100_000;
			const deep = `${'{"x":'.repeat(levels)}"bottom"${'}'.repeat(levels)}`;
			file.progress.modules.m1['extra'] = '__DEEP__';
			const text = JSON.stringify(file).replace('"__DEEP__"', deep);
			expect(messageFor(text)).toBe(
				`This file is not a progress file from this course: its data is nested more than ${MAX_DEPTH} levels deep. Choose the .json file you downloaded from the My progress page.`,
			);
		});

		test('accepts nesting up to the limit', () => {
			const file = JSON.parse(exportProgress(sampleState())) as {
				progress: { modules: { m1: Record<string, unknown> } };
			};
			// The file, progress, modules and m1 are 4 levels.
			let nested: unknown = {};
			for (let level = 1; level < MAX_DEPTH - 4; level++) nested = { x: nested };
			file.progress.modules.m1['extra'] = nested;
			expect(parseProgressImport(JSON.stringify(file)).ok).toBe(true);
			file.progress.modules.m1['extra'] = { x: nested };
			expect(messageFor(JSON.stringify(file))).toMatch(/nested more than/);
		});

		test('refuses a text longer than the limit, but counts escapes and brackets inside text right', () => {
			const state = sampleState();
			const within = applyEvent(state, {
				type: 'reflection-saved',
				moduleId: 'm2',
				reflectionId: 'r1',
				text: '"[{,\\'.repeat(MAX_TEXT_LENGTH / 10),
				at: AT,
			});
			expect(parseProgressImport(exportProgress(within)).ok).toBe(true);
			const over = applyEvent(state, {
				type: 'reflection-saved',
				moduleId: 'm2',
				reflectionId: 'r1',
				text: 'x'.repeat(MAX_TEXT_LENGTH + 1),
				at: AT,
			});
			expect(messageFor(exportProgress(over))).toMatch(/a text longer than 20,000 characters/);
		});

		test('refuses a file with a million entries, naming the limit', () => {
			const file = JSON.parse(exportProgress(sampleState())) as {
				progress: { modules: { m1: Record<string, unknown> } };
			};
			file.progress.modules.m1['extra'] = Array.from({ length: 1_000_000 }, () => 0);
			expect(JSON.stringify(file).length).toBeLessThan(MAX_FILE_BYTES);
			expect(messageFor(JSON.stringify(file))).toMatch(
				new RegExp(`more than ${MAX_ENTRIES.toLocaleString('en-GB')} entries`),
			);
		});
	});
});
