/**
 * A package in the preview LMS (Moodle 4.5 profile) whose LMS keeps refusing to save: every Commit,
 * or only `cmi.suspend_data`. The launch page tells the learner, once the retries have been refused
 * too (`save-trouble.ts`), that the work is kept on this device only and what to do, and takes the
 * notice away at the first save the LMS accepts.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './support.ts';
import {
	launch,
	launchPage,
	lessons,
	lmsState,
	moduleZip,
	VERSIONS,
	visitEveryLesson,
} from './lms-support.ts';

const setLmsErrors = (page: Page, commitErrors: string) =>
	page.evaluate(
		(value) =>
			(
				window as unknown as { lmsPreview: { applySettings(s: object): void } }
			).lmsPreview.applySettings({ commitErrors: value }),
		commitErrors,
	);

const refusals = {
	commit: (method: string) => /Commit$/.test(method),
	'suspend-data': (method: string, args: string[]) =>
		/SetValue$/.test(method) && args[0] === 'cmi.suspend_data',
};

for (const [version, refused] of [
	[VERSIONS[1], 'commit'],
	[VERSIONS[0], 'suspend-data'],
] as const) {
	test(`${version.name}: an LMS refusing ${refused === 'commit' ? 'every Commit' : 'cmi.suspend_data'} is reported to the learner until it saves again`, async ({
		page,
	}) => {
		// Four lessons, each waited for as a reader would, a launch inside two frames, and up to
		// 35 s of the session's own retry delays.
		test.setTimeout(150_000);
		await launch(page, moduleZip(version), {
			learnerId: `notice-${refused}-${version.suffix}`,
			commitErrors: refused,
		});
		const notice = launchPage(page).getByRole('alert');
		const frame = lessons(page);
		await visitEveryLesson(frame);
		// The learner is told once three saves in a row are refused: the lessons' own saves, or the
		// first save and its retries 5 s and 30 s later when the visits went out in one burst.
		await expect(notice).toContainText('Your learning system has not saved your recent work.', {
			timeout: 60_000,
		});
		const refusedSaves = (await lmsState(page)).calls.filter(
			(c) => refusals[refused](c.method, c.args) && c.result === 'false',
		);
		expect(refusedSaves.length, 'told only after three refusals').toBeGreaterThanOrEqual(3);
		await expect(notice).toContainText('kept in this browser on this device');
		await expect(notice).toContainText('tell your learning system administrator');
		await expect(notice).toBeVisible();

		// The LMS recovers: the next change is saved and the notice goes.
		await setLmsErrors(page, 'none');
		const answer = frame.locator('form.app-question').first();
		await answer.getByLabel('16', { exact: true }).check();
		await answer.getByRole('button', { name: 'Check answer' }).click();
		await expect(notice).toBeHidden();
		await expect(launchPage(page).locator('#launch-save-notice')).toBeEmpty();
	});
}
