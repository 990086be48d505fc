/**
 * A learner's journeys through the packages, against LMS profiles that reproduce what real LMSs
 * do (scorm-build/preview-lms/profile-*.js: Moodle 4.5, and the SCORM books read strictly), in
 * both SCORM versions: pass; leave half-way and resume in another browser; fail and retry to a
 * pass; fail and start a new LMS attempt in the same browser; relaunch after completion; and the
 * one-SCO course, complete only after its last module. No LMS call may return an error, and no
 * request may leave the package's folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { test } from './support.ts';
import type { ModuleProgress } from '../../src/schemas/progress.ts';
import { encodeCourse } from '../../src/lib/scorm/course-data.ts';
import type { ScormModuleInfo } from '../../src/lib/scorm/module-info.ts';
import {
	apiErrors,
	callsTo,
	courseZip,
	failQuiz,
	finish,
	hydrated,
	interactionsOf,
	launch,
	launchPage,
	lessons,
	lmsState,
	MODULE,
	moduleZip,
	notFound,
	openLesson,
	passQuiz,
	preview,
	recordStrayRequests,
	restartAssessment,
	resultOf,
	VERSIONS,
	visitEveryLesson,
	type LmsState,
	type Profile,
	type StoredRecord,
	type Version,
} from './lms-support.ts';

const PROFILES: Profile[] = ['moodle-4.5', 'strict-spec'];

// Each journey is a whole learner session or two through the LMS page: an explicit budget, so a
// busy CI machine slows them down without failing them.
test.describe.configure({ timeout: 90_000 });

/** What a finished, passed module reads as in each version. */
const PASSED = (version: Version) => (version.v12 ? 'passed' : 'completed/passed');

async function expectCleanRun(page: Page, stray: string[]) {
	const state = await lmsState(page);
	expect(apiErrors(state), 'no LMS call returns an error').toEqual([]);
	expect(stray, 'no request leaves the package').toEqual([]);
	expect(await notFound(page), 'every URL in the package resolves').toEqual([]);
}

const storedOf = (state: LmsState, zip: string, sco = `ITEM-${MODULE}`) =>
	state.stored[`${zip}::${sco}`];

for (const profile of PROFILES) {
	for (const version of VERSIONS) {
		test.describe(`${profile}, ${version.name}`, () => {
			const zip = moduleZip(version);
			const learnerId = (journey: string) => `${journey}-${profile}-${version.suffix}`;

			test('a learner completes and passes the module; the LMS records it once', async ({
				page,
			}) => {
				const stray = recordStrayRequests(page);
				await launch(page, zip, { profile, learnerId: learnerId('pass') });
				const frame = lessons(page);
				await visitEveryLesson(frame);
				await passQuiz(frame);
				await expect(frame.getByText('Module complete')).toBeVisible();
				await finish(page, version);

				const state = await lmsState(page);
				expect(callsTo(state, version.init, 1), 'Initialize once').toHaveLength(1);
				const stored = storedOf(state, zip);
				expect(resultOf(version, stored?.cmi)).toEqual({ status: PASSED(version), score: '100' });
				const ids = interactionsOf(stored?.cmi ?? {}).map((i) => String(i['id']));
				expect(ids, 'one interaction per answer').toHaveLength(5);
				await expectCleanRun(page, stray);
			});

			test('a learner leaves half-way and resumes in another browser at the same place', async ({
				page,
				browser,
			}) => {
				await launch(page, zip, { profile, learnerId: learnerId('resume') });
				const frame = lessons(page);
				await hydrated(frame);
				await frame.getByRole('link', { name: /Start module/ }).click();
				await openLesson(page, 'Check your understanding');
				await hydrated(frame);
				const first = frame.locator('form.app-question').first();
				await first.getByLabel('16', { exact: true }).check();
				await first.getByRole('button', { name: 'Check answer' }).click();
				await expect(first.getByRole('status')).toContainText('Correct.');
				await finish(page, version);
				const stored = (await lmsState(page)).stored;

				// Another computer: nothing on the device, only what the LMS kept.
				const context = await browser.newContext();
				const other = await context.newPage();
				const stray = recordStrayRequests(other);
				await launch(other, zip, { profile, learnerId: learnerId('resume'), launch: '0' });
				await other.waitForFunction(() => document.documentElement.dataset['lmsReady'] === 'true');
				await other.evaluate((records) => {
					(window as unknown as { lmsState: { stored: unknown } }).lmsState.stored = records;
				}, stored);
				await other.evaluate(() =>
					(window as unknown as { lmsPreview: { launch(): Promise<void> } }).lmsPreview.launch(),
				);
				const resumed = lessons(other);
				await expect(
					resumed.getByRole('heading', { level: 1 }),
					'opens at the bookmark',
				).toHaveText('Check your understanding');
				await hydrated(resumed);
				await expect(resumed.getByRole('radio', { name: /^16\b/ })).toBeChecked();
				expect((await lmsState(other)).current?.entry).toBe(version.v12 ? 'resume' : 'resume');
				await expectCleanRun(other, stray);
				await context.close();
			});

			test('a learner who fails tries the assessment again and passes', async ({ page }) => {
				const stray = recordStrayRequests(page);
				await launch(page, zip, { profile, learnerId: learnerId('retry') });
				const frame = lessons(page);
				await visitEveryLesson(frame);
				await failQuiz(frame);
				await expect(frame.getByText('Module complete')).toHaveCount(0);
				await restartAssessment(frame);
				await passQuiz(frame);
				await expect(frame.getByText('Module complete')).toBeVisible();
				await finish(page, version);

				const stored = storedOf(await lmsState(page), zip);
				expect(resultOf(version, stored?.cmi)).toEqual({ status: PASSED(version), score: '100' });
				await expectCleanRun(page, stray);
			});

			test('after a fail, a new LMS attempt in the same browser starts clean', async ({ page }) => {
				const stray = recordStrayRequests(page);
				await launch(page, zip, { profile, learnerId: learnerId('new-attempt') });
				const frame = lessons(page);
				await visitEveryLesson(frame);
				await failQuiz(frame);
				await finish(page, version);

				const started = await preview<boolean>(page, 'newAttempt');
				if (profile === 'moodle-4.5' && !version.v12) {
					// Moodle offers a new attempt only after a finished one, and a fail under the default
					// reporting leaves a 2004 attempt incomplete: the learner goes on in the same attempt,
					// where the assessment can be tried again.
					expect(started, 'Moodle continues the incomplete attempt').toBe(false);
					await expect(lessons(page).getByRole('heading', { level: 1 })).toHaveText(
						'Check your understanding',
					);
					await hydrated(lessons(page));
					await expect(
						lessons(page).getByRole('button', { name: 'Try the assessment again' }),
						'the way forward is inside the module',
					).toBeVisible();
					await finish(page, version);
					// An administrator deleting the attempt looks the same to the package as a new one.
					await preview(page, 'forget');
					await preview(page, 'relaunch');
				} else {
					expect(started, 'the LMS starts a new attempt').toBe(true);
				}
				const state = await lmsState(page);
				expect(state.current?.entry).toBe('ab-initio');
				const fresh = lessons(page);
				await hydrated(fresh);
				await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(/^A first look/);
				await fresh.getByRole('link', { name: /Start module/ }).click();
				await openLesson(page, 'Check your understanding');
				await hydrated(fresh);
				await expect(fresh.getByRole('button', { name: 'Check answer' })).toHaveCount(5);
				await expect(fresh.getByRole('radio', { checked: true })).toHaveCount(0);
				await expect(fresh.getByRole('checkbox', { checked: true })).toHaveCount(0);
				await expect(fresh.getByText('You scored 40%')).toHaveCount(0);
				await finish(page, version);

				const stored = storedOf(await lmsState(page), zip);
				expect(resultOf(version, stored?.cmi).status, 'the new attempt is not failed').toMatch(
					/^incomplete/,
				);
				expect(interactionsOf(stored?.cmi ?? {}), 'no answers carried over').toEqual([]);
				await expectCleanRun(page, stray);
			});

			test('a relaunch after completion changes nothing the LMS recorded', async ({ page }) => {
				const stray = recordStrayRequests(page);
				await launch(page, zip, { profile, learnerId: learnerId('relaunch') });
				const frame = lessons(page);
				await visitEveryLesson(frame);
				await passQuiz(frame);
				await finish(page, version);
				const before = storedOf(await lmsState(page), zip);

				await preview(page, 'relaunch');
				const again = lessons(page);
				await expect(again.getByRole('heading', { level: 1 })).toHaveText(
					'Check your understanding',
				);
				await hydrated(again);
				await expect(again.getByText('Module complete')).toBeVisible();
				await openLesson(page, 'Why rights matter on the ward');
				await finish(page, version);

				const state = await lmsState(page);
				const writes = state.calls.filter(
					(c) =>
						c.launch === 2 && /SetValue$/.test(c.method) && /status|score/.test(c.args[0] ?? ''),
				);
				expect(writes, 'no status or score is written again').toEqual([]);
				const after = storedOf(state, zip);
				expect(resultOf(version, after?.cmi)).toEqual(resultOf(version, before?.cmi));
				expect(resultOf(version, after?.cmi).status).toBe(PASSED(version));
				await expectCleanRun(page, stray);
			});

			test('the one-SCO course completes only after its last module', async ({ page }) => {
				const course = courseZip(version);
				const stray = recordStrayRequests(page);
				const settings = { profile, learnerId: learnerId('course'), sco: 'ITEM-course' };
				await launch(page, course, { ...settings, launch: '0' });
				await page.waitForFunction(() => document.documentElement.dataset['lmsReady'] === 'true');
				// Every module but the first done in earlier sessions: the LMS holds them in the course's
				// suspend_data.
				await page.evaluate(
					({ key, record }) => {
						(
							window as unknown as { lmsState: { stored: Record<string, unknown> } }
						).lmsState.stored[key] = record;
					},
					{ key: `${course}::ITEM-course`, record: seededCourse(version) },
				);
				await page.evaluate(() =>
					(window as unknown as { lmsPreview: { launch(): Promise<void> } }).lmsPreview.launch(),
				);
				const frame = lessons(page);
				// It resumes where the learner was last: the bookmark of the module worked on last.
				await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
					'Check your understanding',
				);
				await launchPage(page).getByRole('link', { name: 'Course contents' }).click();
				await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Rights in Practice');
				await hydrated(frame);
				await expect(frame.locator('.nhsuk-tag', { hasText: /^Completed$/ })).toHaveCount(
					moduleInfos().length - 1,
				);
				await frame.getByRole('link', { name: /^A first look/ }).click();
				await visitEveryLesson(frame);
				await finish(page, version);
				let state = await lmsState(page);
				expect(
					resultOf(version, storedOf(state, course, 'ITEM-course')?.cmi).status,
					'every module but one is not the course',
				).toMatch(/^incomplete/);
				expect(state.activity[course]?.complete).toBe(false);

				await preview(page, 'relaunch');
				const resumed = lessons(page);
				await expect(resumed.getByRole('heading', { level: 1 })).toHaveText(
					'Check your understanding',
				);
				await passQuiz(resumed);
				await expect(resumed.getByText('Module complete')).toBeVisible();
				await finish(page, version);
				state = await lmsState(page);
				expect(resultOf(version, storedOf(state, course, 'ITEM-course')?.cmi)).toEqual({
					status: PASSED(version),
					score: '100',
				});
				await expectCleanRun(page, stray);
			});
		});
	}
}

/** Module info as the build wrote it for support staff (dist/scorm/info/<id>.json). */
function moduleInfos(): ScormModuleInfo[] {
	const report = JSON.parse(
		readFileSync(join(import.meta.dirname, '../../dist/scorm/report.json'), 'utf8'),
	) as { suspend: Array<{ id: string }> };
	return report.suspend.map(
		({ id }) =>
			JSON.parse(
				readFileSync(join(import.meta.dirname, `../../dist/scorm/info/${id}.json`), 'utf8'),
			) as ScormModuleInfo,
	);
}

/** Every module but first-look completed with full marks, as the LMS would hold the course. */
function seededCourse(version: Version): StoredRecord {
	const at = '2026-11-20T10:00:00.000Z';
	const infos = moduleInfos();
	const progress: Record<string, ModuleProgress> = {};
	for (const info of infos) {
		if (info.summary.id === MODULE) continue;
		const { summary } = info;
		progress[summary.id] = {
			moduleId: summary.id,
			moduleVersion: summary.version,
			startedAt: at,
			updatedAt: at,
			completedAt: at,
			completedScore: 100,
			completedVersion: summary.version,
			...(summary.lessons.at(-1) ? { bookmark: summary.lessons.at(-1)!.id } : {}),
			lessons: Object.fromEntries(
				summary.lessons.map((lesson) => [
					lesson.id,
					{ firstVisitedAt: at, lastVisitedAt: at, visits: 1 },
				]),
			),
			questions: Object.fromEntries(
				info.questions
					.filter((question) => summary.assessmentQuestionIds.includes(question.id))
					.map((question) => [
						question.id,
						{ response: question.correctOptionIds, correct: true, attempts: 1, answeredAt: at },
					]),
			),
			scenarios: {},
			reviews: {},
			reflections: {},
			checks: {},
		};
	}
	const suspendData = encodeCourse(progress, infos, 'Seeded');
	// The package writes the bookmark with every change, so an LMS holding this has one too.
	const location = infos.at(-1)?.summary.lessons.at(-1)?.id ?? '';
	return {
		cmi: version.v12
			? {
					core: { lesson_status: 'incomplete', exit: 'suspend', lesson_location: location },
					suspend_data: suspendData,
				}
			: {
					completion_status: 'incomplete',
					success_status: 'unknown',
					exit: 'suspend',
					location,
					suspend_data: suspendData,
				},
		lastExit: 'suspend',
		attempt: 1,
		sessions: 1,
		totalSeconds: 3600,
		pendingSeconds: 0,
		past: [],
	};
}
