import { Scorm2004API } from 'scorm-again';
import { describe, expect, test } from 'vitest';
import { flatten, unflatten, type Flat } from '../../../scorm-build/preview-lms/cmi-flat.js';
import {
	collectChanges,
	computeActivity,
	launchBaseline,
	writable,
	type ActivitySettings,
} from '../../../scorm-build/preview-lms/profile-moodle.js';
import {
	attemptFinished,
	checkSetValue,
	finishStatus12,
	planLaunch,
	type LaunchInput,
	type ProfileId,
} from '../../../scorm-build/preview-lms/profiles.js';

/** A reader for `cmi.interactions.n.type`, as the page reads it from the live data model. */
const typed =
	(type: string) =>
	(element: string): string | undefined =>
		element === 'cmi.interactions.0.type' ? type : undefined;

const check = (
	profile: ProfileId,
	version: '1.2' | '2004',
	element: string,
	value: string,
	type = 'choice',
) => checkSetValue(profile, version, element, value, typed(type));

const RESPONSE_2004 = 'cmi.interactions.0.learner_response';
const PATTERN_2004 = 'cmi.interactions.0.correct_responses.0.pattern';
const RESPONSE_12 = 'cmi.interactions.0.student_response';
const PATTERN_12 = 'cmi.interactions.0.correct_responses.0.pattern';

describe('checkSetValue', () => {
	test('moodle-4.5 refuses a 2004 choice response with a hyphen (406)', () => {
		const refusal = check('moodle-4.5', '2004', RESPONSE_2004, 'opt-a[,]opt-b');
		expect(refusal?.code).toBe('406');
		expect(refusal?.diagnostic).toContain('"opt-a" is not a CMIShortIdentifier');
		expect(refusal?.diagnostic).toContain('scorm_13.js');
	});

	test('moodle-4.5 refuses a 2004 choice pattern with a hyphen but accepts an empty pattern', () => {
		expect(check('moodle-4.5', '2004', PATTERN_2004, 'opt-a')?.code).toBe('406');
		expect(check('moodle-4.5', '2004', PATTERN_2004, '')).toBeNull();
	});

	test('moodle-4.5 accepts 2004 choice items of letters, digits, "_" and "."', () => {
		expect(check('moodle-4.5', '2004', RESPONSE_2004, 'opt_a[,]opt.b[,]3')).toBeNull();
		expect(check('moodle-4.5', '2004', PATTERN_2004, 'opt_a[,]opt_b')).toBeNull();
	});

	test('moodle-4.5 refuses an empty or repeated 2004 choice response', () => {
		expect(check('moodle-4.5', '2004', RESPONSE_2004, '')?.code).toBe('406');
		expect(check('moodle-4.5', '2004', RESPONSE_2004, 'a[,]a')?.code).toBe('406');
	});

	test('moodle-4.5 checks sequencing and matching items but leaves other types alone', () => {
		expect(check('moodle-4.5', '2004', RESPONSE_2004, 'a[,]b-c', 'sequencing')?.code).toBe('406');
		expect(check('moodle-4.5', '2004', RESPONSE_2004, 'a[,]a', 'sequencing')).toBeNull();
		expect(check('moodle-4.5', '2004', RESPONSE_2004, 'a[.]b[,]c[.]d', 'matching')).toBeNull();
		expect(check('moodle-4.5', '2004', RESPONSE_2004, 'a[.]b-c', 'matching')?.code).toBe('406');
		expect(check('moodle-4.5', '2004', RESPONSE_2004, 'well-being', 'fill-in')).toBeNull();
		expect(check('moodle-4.5', '2004', 'cmi.location', 'l-first-look')).toBeNull();
	});

	test('moodle-4.5 leaves SCORM 1.2 responses to scorm-again', () => {
		expect(check('moodle-4.5', '1.2', RESPONSE_12, 'opt-a,opt-b')).toBeNull();
	});

	test('scorm-again adds no checks of its own', () => {
		expect(check('scorm-again', '2004', RESPONSE_2004, 'opt-a')).toBeNull();
		expect(check('scorm-again', '1.2', 'cmi.suspend_data', 'x'.repeat(5000))).toBeNull();
	});

	test('strict-spec refuses a 1.2 choice response that is not single characters (405)', () => {
		const refusal = check('strict-spec', '1.2', RESPONSE_12, 'opt-a,opt-b');
		expect(refusal?.code).toBe('405');
		expect(refusal?.diagnostic).toContain('SCORM 1.2 RTE 3.4.2');
		expect(check('strict-spec', '1.2', RESPONSE_12, 'a,c')).toBeNull();
		expect(check('strict-spec', '1.2', RESPONSE_12, 'A')?.code).toBe('405');
	});

	test('strict-spec accepts a 1.2 choice pattern as a set in braces', () => {
		expect(check('strict-spec', '1.2', PATTERN_12, '{a,c}')).toBeNull();
		expect(check('strict-spec', '1.2', PATTERN_12, 'a,c')).toBeNull();
		expect(check('strict-spec', '1.2', PATTERN_12, 'opt-a')?.code).toBe('405');
	});

	test('strict-spec accepts 1.2 true-false as 0, 1, t or f only', () => {
		for (const value of ['0', '1', 't', 'f']) {
			expect(check('strict-spec', '1.2', RESPONSE_12, value, 'true-false')).toBeNull();
		}
		expect(check('strict-spec', '1.2', RESPONSE_12, 'true', 'true-false')?.code).toBe('405');
		expect(check('strict-spec', '1.2', PATTERN_12, 'false', 'true-false')?.code).toBe('405');
	});

	test('strict-spec refuses 1.2 suspend_data over 4096 and lesson_location over 255 characters', () => {
		expect(check('strict-spec', '1.2', 'cmi.suspend_data', 'x'.repeat(4096))).toBeNull();
		expect(check('strict-spec', '1.2', 'cmi.suspend_data', 'x'.repeat(4097))?.code).toBe('405');
		expect(check('strict-spec', '1.2', 'cmi.core.lesson_location', 'x'.repeat(255))).toBeNull();
		expect(check('strict-spec', '1.2', 'cmi.core.lesson_location', 'x'.repeat(256))?.code).toBe(
			'405',
		);
	});

	test('strict-spec accepts a 2004 choice item with a hyphen but not a space or a repeat (406)', () => {
		expect(check('strict-spec', '2004', RESPONSE_2004, 'opt-a[,]opt-b')).toBeNull();
		expect(check('strict-spec', '2004', RESPONSE_2004, 'opt a')?.code).toBe('406');
		expect(check('strict-spec', '2004', RESPONSE_2004, 'opt-a[,]opt-a')?.code).toBe('406');
		expect(check('strict-spec', '2004', PATTERN_2004, 'x'.repeat(251))?.code).toBe('406');
		expect(check('strict-spec', '2004', PATTERN_2004, 'urn:rip:opt-a')).toBeNull();
	});
});

describe('finishStatus12', () => {
	const base = {
		status: 'incomplete',
		scoreRaw: '50',
		masteryScore: '80',
		credit: 'credit',
		mode: 'normal',
		masteryOverride: true,
	};

	test('moodle-4.5 replaces 1.2 status from the mastery score at LMSFinish', () => {
		expect(finishStatus12('moodle-4.5', base)?.status).toBe('failed');
		expect(finishStatus12('moodle-4.5', { ...base, scoreRaw: '80' })?.status).toBe('passed');
		expect(finishStatus12('moodle-4.5', { ...base, status: 'passed', scoreRaw: '70' })).toEqual({
			status: 'failed',
			why: expect.stringContaining('scorm_12.js') as string,
		});
	});

	test('moodle-4.5 leaves the status alone without a score, credit, normal mode or the override', () => {
		expect(finishStatus12('moodle-4.5', { ...base, scoreRaw: '' })).toBeNull();
		expect(finishStatus12('moodle-4.5', { ...base, masteryScore: '' })).toBeNull();
		expect(finishStatus12('moodle-4.5', { ...base, credit: 'no-credit' })).toBeNull();
		expect(finishStatus12('moodle-4.5', { ...base, mode: 'review' })).toBeNull();
		expect(finishStatus12('moodle-4.5', { ...base, masteryOverride: false })).toBeNull();
	});

	test('moodle-4.5 stores "completed" for a 1.2 SCO that never set its status', () => {
		expect(
			finishStatus12('moodle-4.5', { ...base, status: 'not attempted', scoreRaw: '' })?.status,
		).toBe('completed');
	});

	test('strict-spec decides passed or failed from the mastery score with credit', () => {
		expect(finishStatus12('strict-spec', base)?.status).toBe('failed');
		expect(finishStatus12('strict-spec', { ...base, masteryOverride: false })?.status).toBe(
			'failed',
		);
		expect(finishStatus12('strict-spec', { ...base, credit: 'no-credit' })).toBeNull();
		expect(
			finishStatus12('strict-spec', { ...base, status: 'not attempted', scoreRaw: '' }),
		).toBeNull();
	});

	test('scorm-again leaves the status to scorm-again', () => {
		expect(finishStatus12('scorm-again', base)).toBeNull();
	});
});

describe('attemptFinished', () => {
	test('an attempt is finished only when every SCO is completed, passed or failed', () => {
		expect(attemptFinished(['completed'])).toBe(true);
		expect(attemptFinished(['passed', 'failed'])).toBe(true);
		expect(attemptFinished(['passed', 'incomplete'])).toBe(false);
		expect(attemptFinished(['completed', undefined])).toBe(false);
		expect(attemptFinished([])).toBe(false);
	});
});

describe('planLaunch', () => {
	const input = (overrides: Partial<LaunchInput> = {}): LaunchInput => ({
		version: '1.2',
		requestedMode: 'normal',
		credit: 'credit',
		newAttempt: false,
		finished: false,
		stored: null,
		attempt: 1,
		...overrides,
	});
	const passed12: Flat = { 'cmi.core.lesson_status': 'passed', 'cmi.core.exit': '' };

	test('moodle-4.5 offers a new attempt only after a finished attempt', () => {
		const refused = planLaunch(
			'moodle-4.5',
			input({ newAttempt: true, stored: { 'cmi.core.lesson_status': 'incomplete' } }),
		);
		expect(refused).toMatchObject({ newAttempt: null, refused: true, mode: 'normal' });
		expect(refused.entry).toBe('');
		expect(refused.notes.join(' ')).toContain('scorm_check_mode');

		const started = planLaunch(
			'moodle-4.5',
			input({ newAttempt: true, finished: true, stored: passed12 }),
		);
		expect(started).toMatchObject({
			newAttempt: 'package',
			refused: false,
			mode: 'normal',
			credit: 'credit',
			deliver: 'blank',
			entry: 'ab-initio',
		});
	});

	test('moodle-4.5 reopens a finished attempt in review mode without credit', () => {
		const plan = planLaunch('moodle-4.5', input({ finished: true, stored: passed12 }));
		expect(plan).toMatchObject({ newAttempt: null, mode: 'review', credit: 'no-credit' });
		expect(plan.deliver).toBe('stored');
	});

	test('moodle-4.5 gives 1.2 entry ab-initio, resume or empty, and always hands the data back', () => {
		expect(planLaunch('moodle-4.5', input()).entry).toBe('ab-initio');
		// No lesson_status stored yet: get_scorm_default still says ab-initio.
		expect(planLaunch('moodle-4.5', input({ stored: { 'cmi.suspend_data': 'x' } })).entry).toBe(
			'ab-initio',
		);
		const suspended = planLaunch(
			'moodle-4.5',
			input({ stored: { 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend' } }),
		);
		expect(suspended).toMatchObject({ entry: 'resume', deliver: 'stored' });
		const left = planLaunch(
			'moodle-4.5',
			input({ stored: { 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': '' } }),
		);
		expect(left).toMatchObject({ entry: '', deliver: 'stored' });
	});

	test('moodle-4.5 resumes 2004 after suspend and hands back a blank model after any other exit', () => {
		const stored = { 'cmi.completion_status': 'incomplete', 'cmi.location': 'l-2' };
		expect(
			planLaunch(
				'moodle-4.5',
				input({ version: '2004', stored: { ...stored, 'cmi.exit': 'suspend' } }),
			),
		).toMatchObject({ newAttempt: null, entry: 'resume', deliver: 'stored' });
		const blank = planLaunch(
			'moodle-4.5',
			input({ version: '2004', stored: { ...stored, 'cmi.exit': 'normal' } }),
		);
		expect(blank).toMatchObject({ newAttempt: null, entry: 'ab-initio', deliver: 'blank' });
		expect(blank.notes.join(' ')).toContain('keeps writing into attempt 1');
	});

	test('strict-spec starts a new 2004 attempt after any exit but suspend', () => {
		const plan = planLaunch(
			'strict-spec',
			input({ version: '2004', stored: { 'cmi.exit': 'normal' } }),
		);
		expect(plan).toMatchObject({ newAttempt: 'sco', entry: 'ab-initio', deliver: 'blank' });
		expect(plan.notes.join(' ')).toContain('RTE 4.2.8');
	});

	test('strict-spec and scorm-again start a new attempt whenever asked', () => {
		for (const profile of ['strict-spec', 'scorm-again'] as const) {
			expect(
				planLaunch(
					profile,
					input({ newAttempt: true, stored: { 'cmi.core.lesson_status': 'incomplete' } }),
				),
			).toMatchObject({ newAttempt: 'package', refused: false, entry: 'ab-initio' });
		}
	});

	test('an explicit review, browse or unset mode is kept', () => {
		expect(planLaunch('moodle-4.5', input({ requestedMode: 'review' })).mode).toBe('review');
		expect(planLaunch('moodle-4.5', input({ requestedMode: 'unset' })).mode).toBe('unset');
		const browse = planLaunch(
			'moodle-4.5',
			input({ requestedMode: 'browse', finished: true, newAttempt: true, stored: passed12 }),
		);
		expect(browse).toMatchObject({ mode: 'browse', newAttempt: null, refused: true });
		expect(planLaunch('scorm-again', input({ requestedMode: 'review' })).credit).toBe('credit');
	});
});

describe('collectChanges', () => {
	test('moodle-4.5 does not store a value equal to the one delivered at launch', () => {
		let baseline = launchBaseline('2004', { 'cmi.location': 'L1', 'cmi.exit': 'suspend' });
		const first = collectChanges('2004', { 'cmi.location': 'L2' }, baseline);
		expect(first.send).toEqual({ 'cmi.location': 'L2' });
		baseline = first.baseline;
		// Back to the launch value: not sent, so the LMS keeps L2.
		expect(collectChanges('2004', { 'cmi.location': 'L1' }, baseline).send).toEqual({});
	});

	test('moodle-4.5 in 1.2 compares with the last value sent, even if that commit failed', () => {
		const baseline = launchBaseline('1.2', { 'cmi.core.lesson_location': 'L1' });
		const first = collectChanges('1.2', { 'cmi.core.lesson_location': 'L2' }, baseline);
		expect(first.send).toEqual({ 'cmi.core.lesson_location': 'L2' });
		expect(
			collectChanges('1.2', { 'cmi.core.lesson_location': 'L1' }, first.baseline).send,
		).toEqual({ 'cmi.core.lesson_location': 'L1' });
		expect(
			collectChanges('1.2', { 'cmi.core.lesson_location': 'L2' }, first.baseline).send,
		).toEqual({});
	});

	test('interaction values have no launch value, so they are sent', () => {
		const current = { 'cmi.interactions.0.id': 'q-1', 'cmi.interactions.0.result': 'correct' };
		expect(collectChanges('2004', current, launchBaseline('2004', {})).send).toEqual(current);
	});

	test('a blank 2004 model is compared with Moodle’s defaults', () => {
		const baseline = launchBaseline('2004', {});
		expect(baseline['cmi.completion_status']).toBe('unknown');
		expect(baseline['cmi.success_status']).toBe('unknown');
		const { send } = collectChanges(
			'2004',
			{
				'cmi.completion_status': 'unknown',
				'cmi.objectives.0.success_status': 'unknown',
				'cmi.location': '',
				'cmi.exit': 'suspend',
			},
			baseline,
		);
		expect(send).toEqual({ 'cmi.exit': 'suspend' });
	});
});

describe('flat values', () => {
	test('round-trip scorm-again’s JSON and load back into scorm-again', () => {
		const cmi = {
			location: 'l-2',
			score: { raw: '100', scaled: '1' },
			interactions: { '0': { id: 'q-1', correct_responses: { '0': { pattern: 'a' } } } },
			objectives: {},
		};
		const flat = flatten(cmi);
		expect(flat).toEqual({
			'cmi.location': 'l-2',
			'cmi.score.raw': '100',
			'cmi.score.scaled': '1',
			'cmi.interactions.0.id': 'q-1',
			'cmi.interactions.0.correct_responses.0.pattern': 'a',
		});
		const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
		api.loadFromJSON(unflatten(flat));
		api.Initialize('');
		expect(api.GetValue('cmi.interactions._count')).toBe('1');
		expect(api.GetValue('cmi.interactions.0.correct_responses.0.pattern')).toBe('a');
		expect(api.GetValue('cmi.location')).toBe('l-2');
	});

	test('only elements a SCO can write are stored', () => {
		expect(
			writable('1.2', {
				'cmi.core.student_id': 'x',
				'cmi.core.session_time': '00:01:00',
				'cmi.core.lesson_status': 'passed',
				'cmi.interactions.0.student_response': 'a',
			}),
		).toEqual({ 'cmi.core.lesson_status': 'passed', 'cmi.interactions.0.student_response': 'a' });
	});
});

describe('computeActivity', () => {
	const settings: ActivitySettings = {
		completionStatusRequired: ['completed'],
		completionAllScos: false,
		gradeMethod: 'highest',
	};
	const scos = ['m1', 'm2', 'm3'];
	const passed = { 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100' };
	const completed = { 'cmi.core.lesson_status': 'completed', 'cmi.core.score.raw': '60' };

	test('with the defaults any SCO completed completes the activity, passed does not', () => {
		const onlyPassed = [{ attempt: 1, scos: { m1: passed } }];
		expect(computeActivity(settings, scos, onlyPassed, 1).complete).toBe(false);
		const oneCompleted = [{ attempt: 1, scos: { m1: passed, m2: completed } }];
		expect(computeActivity(settings, scos, oneCompleted, 1).complete).toBe(true);
	});

	test('requiring passed as well accepts either status', () => {
		const activity = computeActivity(
			{ ...settings, completionStatusRequired: ['completed', 'passed'] },
			scos,
			[{ attempt: 1, scos: { m1: passed } }],
			1,
		);
		expect(activity.complete).toBe(true);
	});

	test('2004 success_status passed counts for "passed"', () => {
		const activity = computeActivity(
			{ ...settings, completionStatusRequired: ['passed'] },
			['m1'],
			[
				{
					attempt: 1,
					scos: { m1: { 'cmi.completion_status': 'incomplete', 'cmi.success_status': 'passed' } },
				},
			],
			1,
		);
		expect(activity.complete).toBe(true);
	});

	test('requiring all SCOs needs every SCO completed or passed', () => {
		const all = { ...settings, completionAllScos: true };
		const some = [{ attempt: 1, scos: { m1: passed, m2: completed } }];
		expect(computeActivity(all, scos, some, 1).complete).toBe(false);
		const every = [{ attempt: 1, scos: { m1: passed, m2: completed, m3: passed } }];
		expect(computeActivity(all, scos, every, 1).complete).toBe(true);
	});

	test('average grade counts only SCOs with a score', () => {
		const attempts = [
			{ attempt: 1, scos: { m1: passed, m2: { 'cmi.core.lesson_status': 'incomplete' } } },
		];
		expect(computeActivity({ ...settings, gradeMethod: 'average' }, scos, attempts, 1).grade).toBe(
			100,
		);
	});

	test('a score of 0 does not count as a score', () => {
		const attempts = [
			{
				attempt: 1,
				scos: { m1: passed, m2: { 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '0' } },
			},
		];
		expect(computeActivity({ ...settings, gradeMethod: 'average' }, scos, attempts, 1).grade).toBe(
			100,
		);
	});

	test('highest, sum and learning-objects grading', () => {
		const attempts = [{ attempt: 1, scos: { m1: passed, m2: completed } }];
		const grade = (gradeMethod: ActivitySettings['gradeMethod']) =>
			computeActivity({ ...settings, gradeMethod }, scos, attempts, 1).grade;
		expect(grade('highest')).toBe(100);
		expect(grade('average')).toBe(80);
		expect(grade('sum')).toBe(160);
		expect(grade('learning-objects')).toBe(2);
	});

	test('the grade is the best attempt and completion counts every attempt', () => {
		const attempts = [
			{ attempt: 1, scos: { m1: completed } },
			{ attempt: 2, scos: { m1: { 'cmi.core.lesson_status': 'incomplete' } } },
		];
		const activity = computeActivity(settings, scos, attempts, 2);
		expect(activity).toMatchObject({ complete: true, grade: 60, attempt: 2 });
		expect(activity.scos['m1']).toEqual({ status: 'incomplete', score: '' });
		expect(activity.scos['m2']).toEqual({ status: '', score: '' });
	});

	test('there is no grade until something is stored', () => {
		expect(computeActivity(settings, scos, [{ attempt: 1, scos: {} }], 1).grade).toBeNull();
	});
});
