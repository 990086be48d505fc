/**
 * A module package in the preview LMS (Moodle 4.5 profile unless a test says otherwise): what it
 * records for a whole module with its scenario, what survives an LMS that refuses to save or to
 * start, review mode, and a pop-up window. The learner journeys against every LMS profile are in
 * lms-journeys.spec.ts; a package with no LMS at all in scorm-standalone.spec.ts.
 */
import { expect, type FrameLocator } from '@playwright/test';
import { test } from './support.ts';
import { decode } from '../../src/lib/scorm/suspend-data/index.ts';
import type { ScormModuleInfo } from '../../src/lib/scorm/module-info.ts';
import { readReviewFile } from '../../src/lib/review/files.ts';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
	apiErrors,
	callsTo,
	cmiText,
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
	resultOf,
	VERSIONS,
} from './lms-support.ts';

async function playScenario(frame: FrameLocator) {
	await hydrated(frame);
	const scenario = frame.locator('.app-scenario');
	await scenario.getByRole('button', { name: /Start/ }).click();
	for (const label of [
		/Explain the concern to Kai/,
		/Search with Kai present/,
		/Remove the item, talk with Kai/,
	]) {
		await scenario.getByRole('radio', { name: label }).check();
		await scenario.getByRole('button', { name: /Choose/ }).click();
		await scenario.getByRole('button', { name: /Continue/ }).click();
	}
	await expect(
		scenario.getByRole('heading', { name: 'Safe, respectful and recorded' }),
	).toBeVisible();
}

const info = (module = MODULE) =>
	JSON.parse(
		readFileSync(join(import.meta.dirname, `../../dist/scorm/info/${module}.json`), 'utf8'),
	) as ScormModuleInfo;

for (const version of VERSIONS) {
	test.describe(version.name, () => {
		const zip = moduleZip(version);

		test('a learner completes the module with its scenario; the LMS records every answer and choice', async ({
			page,
		}) => {
			const stray = recordStrayRequests(page);
			await launch(page, zip, { learnerId: `scenario-${version.suffix}` });
			const frame = lessons(page);
			await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/A first look/);
			const src = await launchPage(page).locator('iframe.app-launch__frame').getAttribute('src');
			expect(src, 'lesson URLs are relative').toMatch(/^\.\.\//);

			await hydrated(frame);
			await frame.getByRole('link', { name: /Start module/ }).click();
			for (const [index, title] of [
				'Why rights matter on the ward',
				'Scenario: searching a bedroom',
				'Tools for your team',
				'Check your understanding',
			].entries()) {
				if (index > 0) await frame.locator('.nhsuk-pagination__link--next').click();
				await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title);
				// As in visitEveryLesson: a lesson counts as opened once its progress has loaded, so
				// move on only then, as a reader would.
				await expect(frame.getByText(`Lessons opened: ${index + 1} of 4`)).toBeVisible({
					timeout: 15_000,
				});
				if (title.startsWith('Scenario')) await playScenario(frame);
			}
			await passQuiz(frame);
			await expect(frame.getByText('Module complete')).toBeVisible();
			await finish(page, version);

			const state = await lmsState(page);
			const stored = Object.values(state.stored)[0]!.cmi as Record<string, Record<string, unknown>>;
			if (version.v12) {
				expect(stored['core']?.['lesson_location']).toBe('l-first-look-check');
			} else {
				expect(stored['location']).toBe('l-first-look-check');
				expect(stored['exit'], '2004 keeps suspend after finishing').toBe('suspend');
			}
			const ids = interactionsOf(stored).map((i) => String(i['id']));
			expect(ids.filter((id) => id.includes('q-fl-'))).toHaveLength(5);
			expect(
				ids.filter((id) => id.includes('s-bedroom-search')),
				'one interaction per scenario choice',
			).toHaveLength(3);
			expect(apiErrors(state), 'no LMS call returns an error').toEqual([]);
			expect(stray, 'no request leaves the package').toEqual([]);
			expect(await notFound(page)).toEqual([]);
		});

		test('an LMS that refuses every Commit loses nothing and breaks nothing', async ({ page }) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			const learnerId = `errors-${version.suffix}`;
			await launch(page, zip, { learnerId, commitErrors: 'commit' });
			const frame = lessons(page);
			await hydrated(frame);
			await frame.getByRole('link', { name: /Start module/ }).click();
			await openLesson(page, 'Check your understanding');
			await passQuiz(frame);
			const failing = await lmsState(page);
			const refused = failing.calls.filter((c) => /Commit$/.test(c.method) && c.result === 'false');
			expect(refused.length, 'commits were attempted and refused').toBeGreaterThan(0);
			expect(errors, 'no script errors in the page').toEqual([]);

			// The learner's answers survive a reload of the lesson while the LMS is still failing.
			await launchPage(page)
				.locator('iframe.app-launch__frame')
				.evaluate((f: HTMLIFrameElement) => f.contentWindow?.location.reload());
			await hydrated(frame);
			await expect(frame.getByRole('radio', { name: /^16\b/ })).toBeChecked();

			// The LMS recovers. Moodle does not send again what it failed to send (CollectData), so
			// the next launch sends the copy kept on this device.
			await page.evaluate(() =>
				(
					window as unknown as { lmsPreview: { applySettings(s: object): void } }
				).lmsPreview.applySettings({ commitErrors: 'none' }),
			);
			await finish(page, version);
			await preview(page, 'relaunch');
			await expect(
				frame.getByRole('heading', { level: 1 }),
				'the copy on this device brings the learner back to the same place',
			).toHaveText('Check your understanding');
			await hydrated(frame);
			await expect(frame.getByRole('radio', { name: /^16\b/ })).toBeChecked();
			await finish(page, version);

			const state = await lmsState(page);
			const stored = Object.values(state.stored)[0]!.cmi as Record<string, unknown>;
			if (version.v12) {
				// Moodle set the 1.2 attempt to "passed" from the score at LMSFinish (mastery score
				// overrides status), so the relaunch is review mode: the LMS's result stands, and the
				// answers come back from this device.
				expect(state.current?.mode).toBe('review');
				expect(resultOf(version, stored).status).toBe('passed');
			} else {
				const progress = decode(cmiText(stored, 'suspend_data'), info()).progress;
				expect(
					Object.keys(progress?.questions ?? {}),
					'every answer reached the LMS at the next launch',
				).toHaveLength(5);
			}
		});

		test('an LMS that fails to start leaves the package working on this device only', async ({
			page,
		}) => {
			const stray = recordStrayRequests(page);
			await launch(page, zip, { learnerId: `init-${version.suffix}`, initErrors: '1' });
			await expect(launchPage(page).getByRole('status')).toContainText('kept on this device only');
			const frame = lessons(page);
			await hydrated(frame);
			await frame.getByRole('link', { name: /Start module/ }).click();
			await openLesson(page, 'Check your understanding');
			await hydrated(frame);
			const first = frame.locator('form.app-question').first();
			await first.getByLabel('16', { exact: true }).check();
			await first.getByRole('button', { name: 'Check answer' }).click();
			await expect(first.getByRole('status')).toContainText('Correct.');
			await launchPage(page)
				.locator('iframe.app-launch__frame')
				.evaluate((f: HTMLIFrameElement) => f.contentWindow?.location.reload());
			await hydrated(frame);
			await expect(
				frame.getByRole('radio', { name: /^16\b/ }),
				'kept in this browser',
			).toBeChecked();
			const state = await lmsState(page);
			expect(
				state.calls.filter(
					(c) =>
						c.launch === 1 &&
						!/Initialize|GetLastError|GetErrorString|GetDiagnostic/.test(c.method),
				),
				'nothing but Initialize reaches the LMS',
			).toEqual([]);
			expect(stray, 'no request leaves the package').toEqual([]);
			expect(await notFound(page)).toEqual([]);
		});
	});
}

test('in the commissioning package a participant rates and downloads their view; the note stays on the device', async ({
	page,
}) => {
	const version = VERSIONS[0];
	const stray = recordStrayRequests(page);
	await launch(page, moduleZip(version, 'commissioning'), {
		sco: 'ITEM-commissioning',
		learnerId: 'review-participant',
	});
	const frame = lessons(page);
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/^Commissioning/);
	await frame.getByRole('link', { name: 'The Traffic Light review', exact: true }).click();
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText('The Traffic Light review');
	await hydrated(frame);
	const review = frame.locator('.app-traffic-light');
	await expect(
		review.getByText(/form in plain words on the course website/),
		'the package names the young people’s form instead of linking to a page it does not hold',
	).toBeVisible();
	await review.getByRole('radio', { name: 'Leaders and commissioners' }).check();
	const fourth = review.locator('.app-traffic-light__statement').nth(3);
	await fourth.getByRole('radio', { name: 'Red', exact: true }).check();
	const note = 'Board papers show use-of-force counts with no breakdown.';
	await fourth.getByRole('textbox', { name: /Evidence or example/ }).fill(note);

	const downloading = page.waitForEvent('download');
	await review.getByRole('button', { name: 'Download your view' }).click();
	const download = await downloading;
	const file = readReviewFile(
		download.suggestedFilename(),
		await readFile(await download.path(), 'utf8'),
		'tl-m8-service-review',
	);
	expect(file).toMatchObject({
		ok: true,
		view: { group: 'leaders', ratings: { 'tl-m8-04': 'red' }, notes: { 'tl-m8-04': note } },
	});

	await expect
		.poll(
			async () =>
				decode(cmiText((await lmsState(page)).cmi, 'suspend_data'), info('commissioning')).progress
					?.reviews['tl-m8-service-review']?.ratings,
			{ message: 'the rating reaches the LMS as before' },
		)
		.toEqual({ 'tl-m8-04': 'red' });
	await finish(page, version);
	expect(JSON.stringify((await lmsState(page)).stored), 'the note never does').not.toContain(
		'breakdown',
	);
	expect(apiErrors(await lmsState(page))).toEqual([]);
	expect(stray, 'no request leaves the package').toEqual([]);
	expect(await notFound(page)).toEqual([]);
});

test('in review mode the package records nothing that could change the result', async ({
	page,
}) => {
	const version = VERSIONS[0];
	await launch(page, moduleZip(version), { learnerId: 'reviewer', mode: 'review' });
	const frame = lessons(page);
	await hydrated(frame);
	await frame.getByRole('link', { name: /Start module/ }).click();
	await openLesson(page, 'Check your understanding');
	await passQuiz(frame);
	await finish(page, version);
	const writes = (await lmsState(page)).calls.filter(
		(c) => c.method === 'LMSSetValue' && /lesson_status|score/.test(c.args[0] ?? ''),
	);
	expect(writes, 'no status or score is written in review mode').toEqual([]);
});

test('in a pop-up window the package finds the LMS through its opener', async ({ page }) => {
	const version = VERSIONS[1];
	const popupPromise = page.waitForEvent('popup');
	await launch(page, moduleZip(version), { learnerId: 'popup', display: 'popup' });
	const popup = await popupPromise;
	const frame = popup.frameLocator('iframe.app-launch__frame');
	await hydrated(frame);
	await frame.getByRole('link', { name: /Start module/ }).click();
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
		'Why rights matter on the ward',
	);
	await expect(popup.getByText('kept on this device only'), 'no standalone notice').toHaveCount(0);
	await expect
		.poll(async () =>
			(await lmsState(page)).calls.filter(
				(c) => c.method === 'SetValue' && c.args[0] === 'cmi.location',
			),
		)
		.not.toEqual([]);
	expect(callsTo(await lmsState(page), 'Initialize', 1)).toHaveLength(1);
});

test('contents asked for while the package starts opens once it has started, not the resumed lesson', async ({
	page,
}) => {
	// The session waits for the device's copy before it shows anything; with storage blocked and
	// an IndexedDB open that never settles, that takes DB_OPEN_TIMEOUT_MS (5 s), long enough to
	// click Contents meanwhile.
	test.setTimeout(60_000);
	const version = VERSIONS[0];
	await launch(page, moduleZip(version), { learnerId: 'contents-early' });
	await openLesson(page, 'Scenario: searching a bedroom');
	await finish(page, version);

	await page.addInitScript(() => {
		indexedDB.open = () => ({}) as IDBOpenDBRequest;
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('Storage is blocked', 'SecurityError');
			},
		});
	});
	await preview(page, 'relaunch');
	const launcher = launchPage(page);
	await launcher.getByRole('link', { name: 'Module contents' }).click();
	const frame = lessons(page);
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/^A first look/, {
		timeout: 15_000,
	});
	// Shown after the session started, so a lesson opened from it reports to the LMS.
	const before = (await lmsState(page)).calls.length;
	await frame.getByRole('link', { name: 'Tools for your team', exact: true }).click();
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Tools for your team');
	// The lesson loads, hydrates and records the visit, then the session commits within half a
	// second: about a second here, several on a loaded machine, so a budget rather than the 5 s
	// default.
	await expect
		.poll(
			async () =>
				(await lmsState(page)).calls
					.slice(before)
					.filter((c) => c.method === 'LMSSetValue' && c.args[0] === 'cmi.core.lesson_location'),
			{ timeout: 15_000 },
		)
		.not.toEqual([]);
});
