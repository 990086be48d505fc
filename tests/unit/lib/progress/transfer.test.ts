import { describe, expect, test } from 'vitest';
import { applyEvent, createEmptyState } from '../../../../src/lib/progress/model.ts';
import { exportProgress } from '../../../../src/lib/progress/export-file.ts';
import { parseProgressImport } from '../../../../src/lib/progress/transfer.ts';
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
	test('reads back exactly what was exported', () => {
		const state = sampleState();
		expect(parseProgressImport(exportProgress(state))).toEqual({ ok: true, state });
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
});
