import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ProgressEvent } from '../../../../src/schemas/progress.ts';
import {
	courseDataCollisions,
	decodeCourse,
	encodeCourse,
	fitCourseToLimit,
	worstCaseCourseLength,
} from '../../../../src/lib/scorm/course-data.ts';
import type { ScormCourseInfo, ScormModuleInfo } from '../../../../src/lib/scorm/module-info.ts';
import { courseOutcome, startScormSession } from '../../../../src/lib/scorm/session/index.ts';
import { encode, worstCaseLength } from '../../../../src/lib/scorm/suspend-data/index.ts';
import {
	info,
	Learner,
	MODULE_ID,
	newLms12,
	newLms2004,
	spyOnApi,
	storedCmi,
	windowWith,
} from './fixtures.ts';

/** A second, one-lesson module with one assessment question. */
const second: ScormModuleInfo = {
	summary: {
		id: 'second-module',
		title: 'Second module',
		version: '1.0.0',
		href: '/second/',
		completion: 'all-lessons-and-pass-assessment',
		passMark: 50,
		estimatedMinutes: 10,
		lessons: [{ id: 'only-lesson', title: 'Only lesson', href: '/second/only/' }],
		assessmentQuestionIds: ['q-second'],
		questionIds: ['q-second'],
		outcomes: [],
		checkIns: { confidence: false, feedback: false, baseline: { start: [], end: [] } },
		scenarios: [],
	},
	questions: [
		{
			id: 'q-second',
			type: 'single',
			optionIds: ['yes', 'no'],
			correctOptionIds: ['yes'],
			description: 'Is this the second module?',
		},
	],
	scenarios: [],
	reviews: [],
};

const courseInfo: ScormCourseInfo = { id: 'course', title: 'Course', modules: [info, second] };

function finishSecond(learner: Learner, correct = true) {
	const at = (minute: number) => new Date(Date.UTC(2025, 2, 1, 12, minute)).toISOString();
	const events: ProgressEvent[] = [
		{ type: 'module-opened', moduleId: 'second-module', at: at(0), moduleVersion: '1.0.0' },
		{ type: 'lesson-visited', moduleId: 'second-module', at: at(1), lessonId: 'only-lesson' },
		{
			type: 'question-answered',
			moduleId: 'second-module',
			at: at(2),
			questionId: 'q-second',
			response: [correct ? 'yes' : 'no'],
			correct,
		},
	];
	for (const event of events) learner.do(event);
}

beforeEach(() => {
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
});

describe('course suspend data', () => {
	test('round-trips every module under one attempt id and drops a module the course lost', () => {
		const learner = new Learner();
		learner.finish(true);
		finishSecond(learner);
		const value = encodeCourse(learner.state.modules, [info, second], 'Att3mp');
		expect(value.startsWith('C1|Att3mp|R4~')).toBe(true);
		const decoded = decodeCourse(value, [info, second]);
		expect(decoded.problems).toEqual([]);
		expect(decoded.attempt).toBe('Att3mp');
		expect(Object.keys(decoded.progress).sort()).toEqual([MODULE_ID, 'second-module']);
		expect(decoded.progress['second-module']?.questions['q-second']?.correct).toBe(true);

		const withoutSecond = decodeCourse(value, [info]);
		expect(Object.keys(withoutSecond.progress)).toEqual([MODULE_ID]);
		expect(withoutSecond.problems[0]).toContain('matches no module of this course');
	});

	test('bounds the course by the modules’ worst cases and fits a limit by trimming', () => {
		const bound = worstCaseCourseLength([info, second]);
		expect(bound).toBe(
			2 + 1 + 6 + (1 + worstCaseLength(info, '')) + (1 + worstCaseLength(second, '')),
		);
		const learner = new Learner();
		learner.finish(true);
		const full = encodeCourse(learner.state.modules, [info, second], 'Att3mp');
		const fitted = fitCourseToLimit(
			learner.state.modules,
			[info, second],
			full.length - 1,
			'Att3mp',
		);
		expect(fitted.value.length).toBeLessThan(full.length);
		expect(fitted.trimmed).not.toBe('nothing');
		expect(
			decodeCourse(fitted.value, [info, second]).progress[MODULE_ID]?.completedAt,
		).toBeDefined();
	});

	test('reads an unknown format as a problem, not as progress', () => {
		const moduleValue = encode(new Learner().finish(true).state.modules[MODULE_ID]!, info);
		expect(decodeCourse(moduleValue, [info]).problems[0]).toContain('not the course format');
		expect(decodeCourse('', [info])).toEqual({ progress: {}, attempt: '', problems: [] });
	});

	test('finds two modules whose ids share a hash', () => {
		expect(courseDataCollisions([info, second])).toEqual([]);
		expect(courseDataCollisions([info, info])[0]).toContain('share the suspend-data hash');
	});
});

describe('courseOutcome', () => {
	const summaries = [info.summary, second.summary];

	test('is in progress after one module and done with the mean score after the last', () => {
		const learner = new Learner();
		learner.finish(true);
		expect(courseOutcome(summaries, learner.state.modules)).toEqual({
			outcome: 'in-progress',
			score: undefined,
		});
		finishSecond(learner, false);
		expect(courseOutcome(summaries, learner.state.modules)).toEqual({
			outcome: 'failed',
			score: 50,
		});
	});

	test('counts a module and its easy read version as one: either done is enough', () => {
		const easyRead = { ...second.summary, id: 'second-easy-read', easyReadOf: 'second-module' };
		const learner = new Learner();
		learner.finish(true);
		expect(courseOutcome([...summaries, easyRead], learner.state.modules).outcome).toBe(
			'in-progress',
		);
		finishSecond(learner, true);
		expect(courseOutcome([...summaries, easyRead], learner.state.modules)).toEqual({
			outcome: 'done',
			score: 100,
		});
	});

	test('is done once every module is done', () => {
		const learner = new Learner();
		learner.finish(true);
		finishSecond(learner, true);
		expect(courseOutcome(summaries, learner.state.modules)).toEqual({
			outcome: 'done',
			score: 100,
		});
	});
});

describe.each(['1.2', '2004-4'] as const)('the one-SCO course in SCORM %s', (version) => {
	const v12 = version === '1.2';

	function launchCourse(json?: Record<string, unknown>) {
		const lms = v12 ? newLms12(json) : newLms2004(json);
		const { proxy } = spyOnApi(lms);
		const session = startScormSession({
			win: windowWith(v12 ? 'API' : 'API_1484_11', proxy),
			version,
			info: courseInfo,
			reporting: 'passed-incomplete',
		});
		const cmi = () => storedCmi(lms) as Record<string, Record<string, unknown>>;
		const status = () => (v12 ? cmi()['core']?.['lesson_status'] : cmi()['completion_status']);
		return { lms, session, learner: new Learner(session), cmi, status };
	}

	test('completes only when the last module is complete, with the course score', async () => {
		const { session, learner, cmi, status } = launchCourse();
		await session.ready;
		expect(session.moduleIds).toEqual([MODULE_ID, 'second-module']);
		learner.finish(true);
		vi.advanceTimersByTime(500);
		expect(status(), 'one module of two is not the course').toBe('incomplete');
		expect(v12 ? cmi()['core']?.['score'] : cmi()['score']).toMatchObject({ raw: '' });
		finishSecond(learner, true);
		vi.advanceTimersByTime(500);
		expect(status()).toBe(v12 ? 'passed' : 'completed');
		const score = (v12 ? cmi()['core']?.['score'] : cmi()['score']) as Record<string, unknown>;
		expect(score['raw']).toBe('100');
		session.terminate();
	});

	test('resumes every module from the course envelope', async () => {
		const first = launchCourse();
		await first.session.ready;
		first.learner.finish(false);
		finishSecond(first.learner, true);
		first.session.terminate();
		const suspendData = String((first.cmi() as Record<string, unknown>)['suspend_data']);
		expect(suspendData.startsWith(`C1|${first.session.attempt}|`)).toBe(true);

		const again = launchCourse(
			v12
				? { suspend_data: suspendData, core: { lesson_status: 'incomplete', entry: 'resume' } }
				: { suspend_data: suspendData, completion_status: 'incomplete', entry: 'resume' },
		);
		await again.session.ready;
		expect(again.session.attempt).toBe(first.session.attempt);
		expect(again.session.state('second-module')?.questions['q-second']?.correct).toBe(true);
		expect(again.session.state(MODULE_ID)?.questions['q-tf']?.correct).toBe(false);
	});
});
