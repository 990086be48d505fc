import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ProgressEvent } from '../../../../src/schemas/progress.ts';
import type {
	ReportingMode,
	ScormModuleInfo,
	ScormVersion,
} from '../../../../src/lib/scorm/module-info.ts';
import {
	mergeModuleProgress,
	startScormSession,
	type SafetyNet,
	type SafetyNetRecord,
} from '../../../../src/lib/scorm/session/index.ts';
import { decode, encode } from '../../../../src/lib/scorm/suspend-data/index.ts';
import {
	info,
	Learner,
	MODULE_ID,
	newLms12,
	newLms2004,
	spyOnApi,
	storedCmi,
	windowWith,
	type SpyOptions,
} from './fixtures.ts';

interface LaunchOptions {
	json?: Record<string, unknown>;
	reporting?: ReportingMode;
	safetyNet?: SafetyNet;
	intercept?: SpyOptions['intercept'];
	info?: ScormModuleInfo;
	now?: () => Date;
	onLmsSaveChange?: (refused: boolean) => void;
}

function launch(version: ScormVersion, options: LaunchOptions = {}) {
	const lms = version === '1.2' ? newLms12(options.json) : newLms2004(options.json);
	const { proxy, calls } = spyOnApi(lms, options.intercept ? { intercept: options.intercept } : {});
	const session = startScormSession({
		win: windowWith(version === '1.2' ? 'API' : 'API_1484_11', proxy),
		version,
		info: options.info ?? info,
		reporting: options.reporting ?? 'passed-incomplete',
		...(options.safetyNet ? { safetyNet: options.safetyNet } : {}),
		...(options.now ? { now: options.now } : {}),
		...(options.onLmsSaveChange ? { onLmsSaveChange: options.onLmsSaveChange } : {}),
	});
	const learner = new Learner(session);
	const resumed = session.state();
	if (resumed) learner.state = { modules: { [MODULE_ID]: resumed }, learnerName: '' };
	/** A CMI value as the LMS holds it, e.g. `core.lesson_status`. */
	const value = (path: string): unknown =>
		path
			.split('.')
			.reduce<unknown>(
				(node, key) => (node as Record<string, unknown> | undefined)?.[key],
				storedCmi(lms),
			);
	return { lms, calls, session, learner, value };
}

function memoryNet() {
	const saved = new Map<string, SafetyNetRecord>();
	const net: SafetyNet = {
		load: (key) => Promise.resolve(saved.get(key)),
		save: (key, record) => {
			saved.set(key, record);
			return Promise.resolve();
		},
	};
	return { saved, net };
}

const learnerJson = (version: ScormVersion, extra: Record<string, unknown> = {}) =>
	version === '1.2'
		? { core: { student_id: 'L123', student_name: 'Doe, Jo', ...extra } }
		: { learner_id: 'L123', learner_name: 'Jo Doe', ...extra };

const count = (calls: string[], prefix: string) =>
	calls.filter((call) => call === prefix || call.startsWith(`${prefix} `)).length;

const VERSIONS: ScormVersion[] = ['1.2', '2004-4'];

beforeEach(() => {
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
});

describe('startScormSession without an LMS', () => {
	test('runs standalone, calls nothing and never throws', () => {
		const session = startScormSession({
			win: {} as Window,
			version: '1.2',
			info,
			reporting: 'passed-incomplete',
		});
		expect(session.mode).toBe('standalone');
		expect(session.problem).toContain('No SCORM 1.2 LMS connection was found');
		const learner = new Learner(session).finish();
		expect(session.state()).toBe(learner.state.modules[MODULE_ID]);
		expect(session.commit()).toBe(false);
		session.terminate();
		expect(session.terminated).toBe(true);
	});

	test('does not use an API of the other version', () => {
		const session = startScormSession({
			win: windowWith('API', newLms12()),
			version: '2004-4',
			info,
			reporting: 'passed-incomplete',
		});
		expect(session.mode).toBe('standalone');
	});
});

describe.each(VERSIONS)('startScormSession with SCORM %s', (version) => {
	const v12 = version === '1.2';
	const Initialize = v12 ? 'LMSInitialize' : 'Initialize';
	const Terminate = v12 ? 'LMSFinish' : 'Terminate';
	const Commit = v12 ? 'LMSCommit' : 'Commit';
	const SetValue = v12 ? 'LMSSetValue' : 'SetValue';
	const statusElement = v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status';
	const scoreElement = v12 ? 'cmi.core.score.raw' : 'cmi.score.raw';
	const statusPath = v12 ? 'core.lesson_status' : 'completion_status';
	const scorePath = v12 ? 'core.score.raw' : 'score.raw';

	test('initializes and terminates exactly once across many records', () => {
		const { calls, session, learner } = launch(version);
		learner.finish();
		for (const lesson of ['why-rights', 'team-tools', 'why-rights']) {
			learner.visit(lesson);
			vi.advanceTimersByTime(600);
		}
		session.commit();
		session.terminate();
		session.terminate();
		learner.visit('team-tools');
		vi.advanceTimersByTime(10_000);
		expect(count(calls, Initialize)).toBe(1);
		expect(count(calls, Terminate)).toBe(1);
		expect(calls.at(-1)).toBe(Terminate);
		expect(calls.some((call) => call.includes('adl.nav.request'))).toBe(false);
	});

	test('returns the same session when started twice on one API', () => {
		const lms = v12 ? newLms12() : newLms2004();
		const { proxy, calls } = spyOnApi(lms);
		const options = {
			win: windowWith(v12 ? 'API' : 'API_1484_11', proxy),
			version,
			info,
			reporting: 'passed-incomplete' as const,
		};
		expect(startScormSession(options)).toBe(startScormSession(options));
		expect(count(calls, Initialize)).toBe(1);
	});

	test('sets incomplete on first launch before anything else', () => {
		const { calls, value, session } = launch(version);
		const firstSet = calls.find((call) => call.startsWith(SetValue));
		expect(firstSet).toBe(`${SetValue} ${statusElement} = incomplete`);
		const setIndex = calls.indexOf(firstSet!);
		expect(calls[setIndex + 1]).toBe(Commit);
		expect(value(statusPath)).toBe('incomplete');
		expect(session.recording).toBe('full');
	});

	test('sends the score before the status', () => {
		const { calls, session, learner } = launch(version);
		learner.finish();
		session.commit();
		const score = calls.findIndex((call) => call.startsWith(`${SetValue} ${scoreElement} =`));
		const status = calls.findIndex((call) =>
			call.startsWith(`${SetValue} ${statusElement} = ${v12 ? 'passed' : 'completed'}`),
		);
		expect(score).toBeGreaterThan(-1);
		expect(status).toBeGreaterThan(score);
	});

	test('commits once per burst of changes', () => {
		const { calls, learner } = launch(version);
		const before = count(calls, Commit);
		learner.visit('why-rights').visit('team-tools').answer('q-tf', ['false'], true);
		vi.advanceTimersByTime(499);
		expect(count(calls, Commit)).toBe(before);
		vi.advanceTimersByTime(1);
		expect(count(calls, Commit)).toBe(before + 1);
		learner.do({ type: 'reflection-saved', reflectionId: 'r', text: 'typing' } as ProgressEvent);
		vi.advanceTimersByTime(1000);
		expect(count(calls, Commit)).toBe(before + 1);
	});

	test('writes location, suspend data, exit and session time in its own formats', () => {
		let clock = Date.UTC(2025, 2, 1, 9);
		const { session, learner, value, calls } = launch(version, {
			now: () => new Date((clock += 45_500)),
		});
		learner.visit('why-rights').visit('team-tools');
		session.terminate();
		expect(value(v12 ? 'core.lesson_location' : 'location')).toBe('team-tools');
		const suspend = value('suspend_data') as string;
		expect(decode(suspend, info).progress?.bookmark).toBe('team-tools');
		expect(value(v12 ? 'core.exit' : 'exit')).toBe('suspend');
		// Session time as sent: scorm-again renders what it stores in its own format.
		const sessionTime = calls.find((call) => call.includes('session_time'));
		expect(sessionTime).toMatch(v12 ? / = \d{4}:\d\d:\d\d\.\d\d$/ : / = PT(\d+H)?(\d+M)?[\d.]+S$/);
	});

	test('records an interaction for every answer and scenario choice', () => {
		const { session, learner, value } = launch(version);
		learner
			.visit('check-your-understanding')
			.answer('q-absolute', ['art-3', 'art-9'], true)
			.do({
				type: 'scenario-node-entered',
				scenarioId: 's-bedroom-search',
				nodeId: 'n-concern',
			} as ProgressEvent)
			.do({
				type: 'scenario-choice-made',
				scenarioId: 's-bedroom-search',
				nodeId: 'n-concern',
				choiceId: 'c-strip',
				set: {},
			} as ProgressEvent);
		session.terminate();
		expect(value('interactions.0.id')).toBe('q-absolute');
		expect(value(`interactions.0.${v12 ? 'student_response' : 'learner_response'}`)).toBe(
			v12 ? 'b,d' : 'art_3[,]art_9',
		);
		expect(value('interactions.1.id')).toBe(
			v12 ? 's-bedroom-search_c-strip' : 's-bedroom-search.c-strip',
		);
		expect(value('interactions.1.result')).toBe('neutral');
		if (!v12) {
			expect(value('interactions.0.latency')).toBe('PT1M');
			expect(value('interactions.1.latency')).toBe('PT1M');
		}
	});

	test('appends interactions at _count and restores answers, bookmark and scenario on relaunch', () => {
		const first = launch(version);
		first.learner
			.visit('why-rights')
			.visit('searching-a-bedroom')
			.answer('q-tf', ['true'], false)
			.do({
				type: 'scenario-node-entered',
				scenarioId: 's-bedroom-search',
				nodeId: 'n-concern',
			} as ProgressEvent)
			.do({
				type: 'scenario-choice-made',
				scenarioId: 's-bedroom-search',
				nodeId: 'n-concern',
				choiceId: 'c-covert',
				set: {},
			} as ProgressEvent)
			.do({
				type: 'scenario-node-entered',
				scenarioId: 's-bedroom-search',
				nodeId: 'n-covert-found',
			} as ProgressEvent);
		first.session.terminate();

		const second = launch(version, { json: storedCmi(first.lms) });
		const resumed = second.session.state()!;
		expect(resumed.bookmark).toBe('searching-a-bedroom');
		expect(resumed.questions['q-tf']).toMatchObject({
			response: ['true'],
			correct: false,
			attempts: 1,
		});
		expect(resumed.scenarios['s-bedroom-search']).toMatchObject({
			currentNodeId: 'n-covert-found',
			path: [{ nodeId: 'n-concern', choiceId: 'c-covert' }],
		});
		expect(second.value(statusPath)).toBe('incomplete');
		expect(count(second.calls, `${SetValue} ${statusElement}`)).toBe(0);

		second.learner.answer('q-tf', ['false'], true);
		second.session.terminate();
		const interactions = second.value('interactions') as Record<string, { id: string }>;
		expect(Object.values(interactions).map((interaction) => interaction.id)).toEqual([
			'q-tf',
			v12 ? 's-bedroom-search_c-covert' : 's-bedroom-search.c-covert',
			'q-tf',
		]);
		expect(second.calls).toContain(`${SetValue} cmi.interactions.2.id = q-tf`);
		expect(
			decode(second.value('suspend_data') as string, info).progress?.questions['q-tf'],
		).toMatchObject({
			correct: true,
			attempts: 2,
		});
	});

	test.each<[ReportingMode, string, string, string, string]>([
		// mode, 1.2 pass, 1.2 fail, 2004 success on pass, 2004 success on fail
		['passed-incomplete', 'passed', 'incomplete', 'passed', 'unknown'],
		['passed-failed', 'passed', 'failed', 'passed', 'failed'],
		['completed-incomplete', 'completed', 'incomplete', 'unknown', 'unknown'],
		['completed-failed', 'completed', 'failed', 'unknown', 'failed'],
	])('reports %s', (reporting, pass12, fail12, pass2004, fail2004) => {
		const passed = launch(version, { reporting });
		passed.learner.finish(true);
		passed.session.terminate();
		const failed = launch(version, { reporting });
		failed.learner.finish(false);
		failed.session.terminate();
		expect(passed.value(scorePath)).toBe('100');
		expect(failed.value(scorePath)).toBe('60');
		if (v12) {
			expect(passed.value(statusPath)).toBe(pass12);
			expect(failed.value(statusPath)).toBe(fail12);
		} else {
			expect(passed.value('completion_status')).toBe('completed');
			expect(passed.value('success_status')).toBe(pass2004);
			expect(passed.value('score.scaled')).toBe('1');
			// A reported fail ends the attempt as completed, so an LMS can offer a new one.
			expect(failed.value('completion_status')).toBe(
				fail2004 === 'failed' ? 'completed' : 'incomplete',
			);
			expect(failed.value('success_status')).toBe(fail2004);
			expect(failed.value('score.scaled')).toBe('0.6');
		}
	});

	test(`keeps exit ${v12 ? 'empty' : 'suspend'} after finishing`, () => {
		const { session, learner, value } = launch(version);
		learner.finish();
		session.terminate();
		expect(value(v12 ? 'core.exit' : 'exit')).toBe(v12 ? '' : 'suspend');
	});

	test('never downgrades a finished record on relaunch', () => {
		const first = launch(version);
		first.learner.finish();
		first.session.terminate();
		const second = launch(version, { json: storedCmi(first.lms) });
		expect(second.session.recording).toBe('no-result');
		second.learner.answer('q-practice', ['a-two'], false).visit('why-rights');
		second.session.terminate();
		expect(
			second.calls
				.filter((call) => call.includes('status') || call.includes('score.'))
				.filter((call) => call.startsWith(SetValue)),
		).toEqual([]);
		expect(second.value(v12 ? 'core.lesson_status' : 'success_status')).toBe('passed');
		expect(second.value(scorePath)).toBe('100');
		expect(
			decode(second.value('suspend_data') as string, info).progress?.questions['q-practice'],
		).toBeDefined();
	});

	test('writes nothing in review mode', () => {
		const first = launch(version);
		first.learner.visit('why-rights');
		first.session.terminate();
		const json = storedCmi(first.lms);
		const review = v12
			? { ...json, core: { ...(json.core as object), lesson_mode: 'review' } }
			: { ...json, mode: 'review' };
		const second = launch(version, { json: review });
		expect(second.session.recording).toBe('none');
		second.learner.finish();
		second.session.commit();
		second.session.terminate();
		expect(count(second.calls, SetValue)).toBe(0);
		expect(count(second.calls, Terminate)).toBe(1);
	});

	test('writes no status or score with no-credit, but keeps the learner’s place', () => {
		const json = v12 ? { core: { credit: 'no-credit' } } : { credit: 'no-credit' };
		const { session, learner, calls, value } = launch(version, { json });
		expect(session.recording).toBe('no-result');
		learner.finish();
		session.terminate();
		expect(calls.filter((call) => call.startsWith(SetValue) && /status|score/.test(call))).toEqual(
			[],
		);
		expect(decode(value('suspend_data') as string, info).progress?.completedAt).toBeDefined();
	});

	test('logs refused commits, retries them and keeps the work in the safety net', async () => {
		let refuse = true;
		const { saved, net } = memoryNet();
		const { session, learner, calls } = launch(version, {
			json: learnerJson(version),
			safetyNet: net,
			intercept: (method) =>
				refuse && method === Commit ? { result: 'false', error: '101' } : undefined,
		});
		await session.ready;
		expect(session.learner).toEqual({ id: 'L123', name: v12 ? 'Doe, Jo' : 'Jo Doe' });
		learner.visit('why-rights').answer('q-tf', ['false'], true);
		vi.advanceTimersByTime(500);
		const errors = session.entries().filter((entry) => entry.level === 'error');
		expect(errors.at(-1)).toMatchObject({
			call: 'Commit',
			error: { code: '101', message: 'General Exception', diagnostic: 'Injected by the test' },
		});
		expect(saved.get(`L123:${MODULE_ID}`)?.progress.questions['q-tf']?.correct).toBe(true);

		const commits = count(calls, Commit);
		vi.advanceTimersByTime(5000);
		expect(count(calls, Commit)).toBe(commits + 1);
		learner.visit('team-tools');
		vi.advanceTimersByTime(500);
		expect(count(calls, Commit)).toBe(commits + 2);

		refuse = false;
		session.terminate();
		expect(calls.slice(-3)[0]).toMatch(/session_time/);
		expect(calls.slice(-2)).toEqual([Commit, Terminate]);
	});

	test('tells the page after three refused Commits in a row, and again when one succeeds', async () => {
		let refuse = true;
		const told: boolean[] = [];
		const { session, learner } = launch(version, {
			json: learnerJson(version),
			intercept: (method) =>
				refuse && method === Commit ? { result: 'false', error: '101' } : undefined,
			onLmsSaveChange: (refused) => told.push(refused),
		});
		await session.ready;
		learner.visit('why-rights');
		vi.advanceTimersByTime(500);
		vi.advanceTimersByTime(5000);
		expect(told, 'two refusals may be a passing error').toEqual([]);
		vi.advanceTimersByTime(30000);
		expect(told, 'told once the retries are refused too').toEqual([true]);
		learner.visit('team-tools');
		vi.advanceTimersByTime(500);
		expect(told, 'told once, not at every refusal').toEqual([true]);

		refuse = false;
		learner.visit('check');
		vi.advanceTimersByTime(500);
		expect(told).toEqual([true, false]);
	});

	test('counts a refused cmi.suspend_data as a save the LMS did not keep, and retries it', async () => {
		let refuse = true;
		const told: boolean[] = [];
		const { session, learner, calls } = launch(version, {
			json: learnerJson(version),
			intercept: (method, args) =>
				refuse && method === SetValue && args[0] === 'cmi.suspend_data'
					? { result: 'false', error: v12 ? '101' : '351' }
					: undefined,
			onLmsSaveChange: (refused) => told.push(refused),
		});
		await session.ready;
		learner.visit('why-rights');
		vi.advanceTimersByTime(500 + 5000 + 30000);
		expect(count(calls, `${SetValue} cmi.suspend_data`), 'sent at each try').toBe(3);
		expect(told).toEqual([true]);

		refuse = false;
		expect(session.commit()).toBe(true);
		expect(told).toEqual([true, false]);
	});

	test('sends work kept on the device at the next launch', async () => {
		const { saved, net } = memoryNet();
		const first = launch(version, { json: learnerJson(version), safetyNet: net });
		await first.session.ready;
		first.learner.finish();
		// The LMS lost everything of that launch, e.g. its commits failed while the page unloaded.
		expect(saved.get(`L123:${MODULE_ID}`)?.progress.completedAt).toBeDefined();

		const second = launch(version, {
			json: learnerJson(
				version,
				v12 ? { lesson_status: 'incomplete' } : { completion_status: 'incomplete' },
			),
			safetyNet: net,
		});
		expect(second.session.state()).toBeUndefined();
		await second.session.ready;
		expect(second.session.state()?.completedAt).toBeDefined();
		expect(second.value(statusPath)).toBe(v12 ? 'passed' : 'completed');
		expect(second.value(scorePath)).toBe('100');
		expect(second.calls.some((call) => call.startsWith(`${SetValue} cmi.suspend_data`))).toBe(true);
	});

	test('a new LMS attempt in the same browser starts clean, not from the device’s copy', async () => {
		const { saved, net } = memoryNet();
		const first = launch(version, { json: learnerJson(version), safetyNet: net });
		await first.session.ready;
		first.learner.finish(false);
		vi.advanceTimersByTime(500);
		first.session.terminate();
		expect(saved.get(`L123:${MODULE_ID}`)).toMatchObject({
			attempt: first.session.attempt,
			confirmed: true,
		});

		// What Moodle delivers for "Start a new attempt", and for an administrator's reset.
		const second = launch(version, { json: learnerJson(version), safetyNet: net });
		await second.session.ready;
		expect(second.session.state(), 'nothing comes back from the failed attempt').toBeUndefined();
		expect(second.session.attempt).not.toBe(first.session.attempt);
		expect(second.calls.filter((call) => call.startsWith(`${SetValue} cmi.suspend_data`))).toEqual(
			[],
		);
		expect(second.value(statusPath)).toBe('incomplete');
		second.learner.visit('why-rights');
		vi.advanceTimersByTime(500);
		const stored = decode(second.value('suspend_data') as string, info);
		expect(Object.keys(stored.progress?.questions ?? {})).toEqual([]);
		expect(stored.attempt).toBe(second.session.attempt);
	});

	test('after a refused Commit the next launch still sends the device’s copy', async () => {
		let refuse = true;
		const { saved, net } = memoryNet();
		const first = launch(version, {
			json: learnerJson(version),
			safetyNet: net,
			intercept: (method) =>
				refuse && method === Commit ? { result: 'false', error: '101' } : undefined,
		});
		await first.session.ready;
		first.learner.finish(true);
		vi.advanceTimersByTime(500);
		refuse = false;
		first.session.terminate();
		expect(
			saved.get(`L123:${MODULE_ID}`)?.confirmed,
			'one success after a refusal proves nothing',
		).toBe(false);

		// An LMS that marked the refused values as sent never stored them (Moodle's CollectData).
		const second = launch(version, { json: learnerJson(version), safetyNet: net });
		await second.session.ready;
		expect(second.session.state()?.completedAt).toBeDefined();
		expect(second.session.attempt).toBe(first.session.attempt);
	});

	test('reads no location or suspend data at the start of a new attempt', () => {
		const { calls } = launch(version, { json: learnerJson(version, { entry: 'ab-initio' }) });
		const reads = calls.filter((call) =>
			/GetValue cmi\.(core\.lesson_location|location|suspend_data)/.test(call),
		);
		// SCORM 2004 answers 403 for values never set; 1.2 answers "" with no error.
		expect(reads).toHaveLength(v12 ? 2 : 0);
	});

	test('uses the LMS’s record when the device’s copy is of another attempt', async () => {
		const { saved, net } = memoryNet();
		const elsewhere = launch(version, { json: learnerJson(version) });
		await elsewhere.session.ready;
		elsewhere.learner.visit('team-tools');
		vi.advanceTimersByTime(500);
		elsewhere.session.terminate();
		const lmsValue = elsewhere.value('suspend_data') as string;
		saved.set(`L123:${MODULE_ID}`, {
			progress: new Learner(undefined).finish(false).state.modules[MODULE_ID]!,
			attempt: 'OLDATT',
			confirmed: true,
		});

		const again = launch(version, {
			json: {
				...learnerJson(
					version,
					v12 ? { lesson_status: 'incomplete' } : { completion_status: 'incomplete' },
				),
				suspend_data: lmsValue,
			},
			safetyNet: net,
		});
		await again.session.ready;
		expect(again.session.attempt).toBe(elsewhere.session.attempt);
		expect(again.session.state()?.bookmark).toBe('team-tools');
		expect(again.session.state()?.questions, 'no answers from the other attempt').toEqual({});
	});

	test('tolerates an LMS without interactions, _count or lesson mode', () => {
		const { session, learner, calls, value } = launch(version, {
			intercept: (method, args) =>
				method.endsWith('GetValue') &&
				(args[0] === 'cmi.interactions._count' ||
					args[0] === (v12 ? 'cmi.core.lesson_mode' : 'cmi.mode'))
					? { result: '', error: '401' }
					: undefined,
		});
		expect(session.recording).toBe('full');
		expect(session.launch?.interactionCount).toBeUndefined();
		learner.finish();
		session.terminate();
		expect(calls.some((call) => call.startsWith(`${SetValue} cmi.interactions.`))).toBe(false);
		expect(value(scorePath)).toBe('100');
		expect(session.entries().some((entry) => entry.level === 'error')).toBe(false);
	});

	test('stamps an event with an unreadable time with the current time', () => {
		const { session, value } = launch(version, { now: () => new Date(Date.UTC(2025, 5, 1, 8)) });
		const event: ProgressEvent = {
			type: 'question-answered',
			moduleId: MODULE_ID,
			questionId: 'q-tf',
			response: ['false'],
			correct: true,
			at: 'yesterday',
		};
		const learner = new Learner();
		learner.state = { modules: {}, learnerName: '' };
		expect(() => session.record(event, learner.do(event).state)).not.toThrow();
		session.terminate();
		expect(value(v12 ? 'interactions.0.time' : 'interactions.0.timestamp')).toMatch(
			v12 ? /^\d\d:\d\d:00$/ : /^2025-06-01T08:00:00/,
		);
	});

	test('never throws when the LMS throws', () => {
		const { session, learner } = launch(version, {
			intercept: (method) => {
				if (method === SetValue || method === Commit || method === Terminate) {
					throw new Error('LMS is down');
				}
				return undefined;
			},
		});
		expect(session.mode).toBe('lms');
		expect(() => {
			learner.finish();
			vi.advanceTimersByTime(60_000);
			session.terminate();
		}).not.toThrow();
		expect(session.entries().find((entry) => entry.level === 'error')?.error).toMatchObject({
			code: '101',
			diagnostic: 'Error: LMS is down',
		});
		const broken = launch(version, {
			intercept: () => {
				throw new Error('broken');
			},
		});
		expect(broken.session.mode).toBe('standalone');
		expect(broken.session.problem).toContain('did not start a session');
	});

	test('trims suspend data to the version’s limit', () => {
		const lessons = Array.from({ length: 1000 }, (_, index) => ({
			id: `lesson-${index}`,
			title: 'x',
			href: 'x',
		}));
		const huge: ScormModuleInfo = { ...info, summary: { ...info.summary, lessons } };
		const { session, learner, value } = launch(version, { info: huge });
		learner.answer('q-tf', ['false'], true);
		for (const lesson of lessons) learner.visit(lesson.id);
		session.terminate();
		const suspend = value('suspend_data') as string;
		if (v12) {
			expect(suspend.length).toBeLessThanOrEqual(4096);
			expect(session.entries().some((entry) => entry.message.includes('trimmed'))).toBe(true);
			expect(decode(suspend, huge).progress?.questions['q-tf']).toBeDefined();
		} else {
			expect(suspend.length).toBeGreaterThan(4096);
		}
	});
});

describe('mergeModuleProgress', () => {
	test('keeps the newer record of each kind, the device’s on a tie, and the device’s free text', () => {
		const lms = new Learner(undefined, Date.UTC(2025, 2, 2))
			.visit('why-rights')
			.answer('q-tf', ['true'], false).state.modules[MODULE_ID]!;
		const local = new Learner(undefined, Date.UTC(2025, 2, 1))
			.answer('q-tf', ['false'], true)
			.answer('q-how-many', ['n-16'], true)
			.do({ type: 'reflection-saved', reflectionId: 'r', text: 'mine' } as ProgressEvent)
			.do({ type: 'module-completed', score: 80 } as ProgressEvent).state.modules[MODULE_ID]!;
		const merged = mergeModuleProgress(lms, local)!;
		expect(merged.questions['q-tf']?.correct).toBe(false);
		expect(merged.questions['q-how-many']?.correct).toBe(true);
		expect(merged.lessons['why-rights']).toBeDefined();
		expect(merged.reflections['r']?.text).toBe('mine');
		expect(merged.completedScore).toBe(80);
		expect(merged.bookmark).toBe('why-rights');
		expect(mergeModuleProgress(undefined, local)).toBe(local);
		expect(mergeModuleProgress(lms, undefined)).toBe(lms);
	});

	test('keeps the newer check-in of each phase and the newer feedback, with the device’s free text', () => {
		const local = new Learner()
			.do({ type: 'module-opened', moduleVersion: '1.0.0' } as ProgressEvent)
			.do({
				type: 'check-in-saved',
				phase: 'start',
				checkIn: { confidence: { 'o-legal-duty': 2 }, statements: {} },
			} as unknown as ProgressEvent)
			.do({
				type: 'check-in-saved',
				phase: 'end',
				checkIn: { confidence: { 'o-legal-duty': 4 }, statements: {} },
			} as unknown as ProgressEvent)
			.do({
				type: 'feedback-saved',
				feedback: { ratings: { relevance: 3 }, change: 'More case law' },
			} as ProgressEvent).state.modules[MODULE_ID]!;
		// Another computer saved the start check-in and the feedback again later; its end
		// check-in is the device's, which the LMS holds to the minute: a tie.
		const elsewhere = structuredClone(local);
		elsewhere.checkIns!.start = {
			confidence: { 'o-legal-duty': 3 },
			statements: {},
			at: '2025-03-01T10:00:30.000Z',
		};
		elsewhere.feedback = {
			ratings: { relevance: 5, clarity: 4 },
			change: 'Typed on the other computer',
			at: '2025-03-01T10:01:00.000Z',
		};
		const lms = decode(encode(elsewhere, info), info).progress!;
		const merged = mergeModuleProgress(lms, local)!;
		expect(merged.checkIns?.start).toEqual({
			confidence: { 'o-legal-duty': 3 },
			statements: {},
			at: '2025-03-01T10:00:00.000Z',
		});
		expect(merged.checkIns?.end).toBe(local.checkIns?.end);
		expect(merged.feedback).toEqual({
			ratings: { relevance: 5, clarity: 4 },
			change: 'More case law',
			at: '2025-03-01T10:01:00.000Z',
		});

		// The device's newer feedback wins; a phase only one copy has is kept.
		const later = structuredClone(local);
		later.feedback = { ratings: { clarity: 2 }, change: 'Later', at: '2025-03-01T11:00:00.000Z' };
		delete later.checkIns!.start;
		const kept = mergeModuleProgress(lms, later)!;
		expect(kept.feedback).toBe(later.feedback);
		expect(kept.checkIns?.start).toBe(lms.checkIns?.start);
		expect(kept.checkIns?.end).toBe(later.checkIns?.end);

		// Without any on the device, the LMS's feedback keeps its empty free text.
		const bare = structuredClone(local);
		delete bare.checkIns;
		delete bare.feedback;
		const fromLms = mergeModuleProgress(lms, bare)!;
		expect(fromLms.feedback).toBe(lms.feedback);
		expect(fromLms.feedback?.change).toBe('');
		expect(fromLms.checkIns).toEqual(lms.checkIns);
		expect(mergeModuleProgress(decode(encode(bare, info), info).progress, bare)).not.toHaveProperty(
			'checkIns',
		);
	});
});
