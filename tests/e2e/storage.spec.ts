import { expect, type Page } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AT, completedFirstLook, loadFile, progressFile } from './progress-files.ts';
import { hydrateAll, test, waitForHydration } from './support.ts';

const CHECK = '/modules/first-look/l-first-look-check/';

async function answerFirstQuestion(page: Page, option = '16') {
	const question = page.locator('form.app-question').first();
	await question.getByLabel(option).check();
	await question.getByRole('button', { name: 'Check answer' }).click();
	await expect(question.getByRole('status')).toContainText(
		option === '16' ? 'Correct.' : 'Not quite.',
	);
}

async function downloadProgress(page: Page, testDir: string): Promise<string> {
	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download my progress' }).first().click();
	const download = await downloadPromise;
	expect(download.suggestedFilename()).toMatch(
		/^rights-in-practice-progress-\d{4}-\d{2}-\d{2}\.json$/,
	);
	const path = join(testDir, download.suggestedFilename());
	await download.saveAs(path);
	return path;
}

test('without IndexedDB the site keeps working in memory, says so, and offers an export', async ({
	page,
}, testInfo) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	await page.goto(CHECK);
	await hydrateAll(page);
	const notice = page.getByRole('status').filter({ hasText: 'Your progress will not be kept' });
	await expect(notice).toBeVisible();
	await answerFirstQuestion(page);
	const file = await downloadProgress(page, testInfo.outputDir);
	const exported = JSON.parse(await readFile(file, 'utf8')) as { app: string; progress: unknown };
	expect(exported.app).toBe('rights-in-practice');
	expect(
		JSON.stringify(exported.progress),
		'the answer given in memory is in the export',
	).toContain('q-fl-how-many');
});

test('a storage failure on open falls back to memory without losing the page', async ({ page }) => {
	await page.addInitScript(() => {
		indexedDB.open = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await page.goto(CHECK);
	await hydrateAll(page);
	// Said once the store has tried to open storage after the islands mounted: a budget for a busy
	// machine.
	await expect(page.getByText('Your progress will not be kept')).toBeVisible({ timeout: 15_000 });
	await answerFirstQuestion(page);
});

test('an IndexedDB open that never settles falls back to memory, says so, and keeps what was typed meanwhile', async ({
	page,
}) => {
	// A blocked upgrade (another tab holding the old version) looks like this to the page: a
	// request whose events never fire. The page gives up after DB_OPEN_TIMEOUT_MS (5 s).
	test.setTimeout(60_000);
	await page.addInitScript(() => {
		indexedDB.open = () => ({}) as IDBOpenDBRequest;
	});
	await page.goto('/modules/first-look/l-why-rights/');
	await hydrateAll(page);
	const note = page.getByRole('textbox', { name: /Think of one rule/ });
	await note.fill('Phones are taken at night, whatever the reason.');
	await note.blur();
	const notice = page.getByRole('status').filter({ hasText: 'Your progress will not be kept' });
	await expect(notice, 'the learner is told once the open is given up').toBeVisible({
		timeout: 20_000,
	});
	await expect(notice).toContainText('did not open in time');
	await expect(
		page.getByText(/^Kept in this tab at .*, but not saved on this device\.$/),
		'the note typed during the wait was kept, in memory, and the learner is told where',
	).toBeVisible();
	await expect(note).toHaveValue('Phones are taken at night, whatever the reason.');
	await expect(page.getByRole('button', { name: 'Download my progress' }).first()).toBeVisible();
});

test('progress made in one tab appears in another open tab', async ({ context }) => {
	const overview = await context.newPage();
	await overview.goto('/modules/first-look/');
	await waitForHydration(overview);
	await expect(overview.locator('.app-module-status').getByText('Not started')).toBeVisible();

	const lesson = await context.newPage();
	await lesson.goto(CHECK);
	await hydrateAll(lesson);
	await answerFirstQuestion(lesson);

	await expect(overview.locator('.app-module-status').getByText('In progress')).toBeVisible();
	await expect(
		overview.locator('.app-lesson-list__item', { hasText: 'Check your understanding' }),
	).toContainText('Opened');
});

test('progress can be exported, reset with confirmation, and imported back', async ({
	page,
}, testInfo) => {
	await page.goto(CHECK);
	await hydrateAll(page);
	await answerFirstQuestion(page);

	await page.goto('/progress/');
	await waitForHydration(page);
	const file = await downloadProgress(page, testInfo.outputDir);

	await page.getByRole('button', { name: 'Delete my progress' }).click();
	await expect(page.getByText('Delete all your progress?')).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.locator('.app-progress__module').first()).toContainText('In progress');

	await page.getByRole('button', { name: 'Delete my progress' }).click();
	await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
	await expect(page.getByText('Your progress has been deleted from this browser.')).toBeFocused();
	await expect(page.locator('.app-progress__module').first()).toContainText('Not started');

	await page.getByLabel('Progress file (.json)').setInputFiles(file);
	await page.getByRole('button', { name: 'Load progress from file' }).click();
	await expect(page.getByText('Your progress has been loaded from the file.')).toBeVisible();
	await expect(page.locator('.app-progress__module').first()).toContainText('In progress');

	await page.goto(CHECK);
	await hydrateAll(page);
	await expect(page.getByLabel('16'), 'the imported answer is back').toBeChecked();
});

test('a broken or foreign file gets a clear message and changes nothing', async ({
	page,
}, testInfo) => {
	await page.goto(CHECK);
	await hydrateAll(page);
	await answerFirstQuestion(page);
	await page.goto('/progress/');
	await waitForHydration(page);

	await mkdir(testInfo.outputDir, { recursive: true });
	const notJson = join(testInfo.outputDir, 'notes.json');
	await writeFile(notJson, 'this is not a progress file');
	await page.getByLabel('Progress file (.json)').setInputFiles(notJson);
	await page.getByRole('button', { name: 'Load progress from file' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Your current progress has not been changed.');

	const foreign = join(testInfo.outputDir, 'other-app.json');
	await writeFile(foreign, JSON.stringify({ app: 'another-course', progress: {} }));
	await page.getByLabel('Progress file (.json)').setInputFiles(foreign);
	await page.getByRole('button', { name: 'Load progress from file' }).click();
	await expect(alert).toContainText('Your current progress has not been changed.');
	await expect(page.locator('.app-progress__module').first()).toContainText('In progress');
});

/** No element from the payload below was created and none of its script ran. */
async function expectTextOnly(page: Page) {
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(await page.evaluate(() => '__injected' in window)).toBe(false);
}

test('a deep, a huge and a newer-format file are each refused with their reason and change nothing', async ({
	page,
}, testInfo) => {
	await page.goto(CHECK);
	await hydrateAll(page);
	await answerFirstQuestion(page);
	await page.goto('/progress/');
	await waitForHydration(page);
	await mkdir(testInfo.outputDir, { recursive: true });
	const firstModule = page.locator('.app-progress__module').first();
	const alert = page.getByRole('alert');

	const deep = join(testInfo.outputDir, 'deep.json');
	const levels = 10_000;
	await writeFile(
		deep,
		progressFile({ 'first-look': { ...completedFirstLook, extra: '__DEEP__' } }).replace(
			'"__DEEP__"',
			`${'{"x":'.repeat(levels)}0${'}'.repeat(levels)}`,
		),
	);
	await loadFile(page, deep);
	await expect(alert).toContainText('its data is nested more than 16 levels deep');
	await expect(alert).toContainText('Your current progress has not been changed.');
	await expect(firstModule).toContainText('In progress');

	// 44 MB, the size of the file that froze the tab: refused from its size, before it is read.
	const huge = join(testInfo.outputDir, 'huge.json');
	await writeFile(huge, `{"app":"rights-in-practice","pad":"${'x'.repeat(44 * 1024 * 1024)}"}`);
	await loadFile(page, huge);
	await expect(alert).toContainText('too large to be a progress file (44.0 MB');
	await expect(alert).toContainText('Your current progress has not been changed.');

	const newer = join(testInfo.outputDir, 'newer.json');
	await writeFile(newer, JSON.stringify({ ...JSON.parse(progressFile({})), format: 2 }));
	await loadFile(page, newer);
	await expect(alert).toContainText('made by a newer version of the course');

	const badDate = join(testInfo.outputDir, 'bad-date.json');
	await writeFile(
		badDate,
		progressFile({ 'first-look': { ...completedFirstLook, completedAt: '2025-02-30T10:00:00Z' } }),
	);
	await loadFile(page, badDate);
	await expect(alert).toContainText(
		'not a real date and time, problem at: modules › first-look › completedAt',
	);
	await expect(page.getByText('Your progress has been loaded from the file.')).toHaveCount(0);

	await page.reload();
	await waitForHydration(page);
	await expect(firstModule, 'nothing was stored either').toContainText('In progress');
});

test('an import the browser cannot save is reported as not loaded and changes nothing', async ({
	page,
}, testInfo) => {
	await page.goto(CHECK);
	await hydrateAll(page);
	await answerFirstQuestion(page);
	await page.goto('/progress/');
	await waitForHydration(page);
	const firstModule = page.locator('.app-progress__module').first();
	await expect(firstModule).toContainText('In progress');

	await mkdir(testInfo.outputDir, { recursive: true });
	const file = join(testInfo.outputDir, 'completed.json');
	await writeFile(file, progressFile({ 'first-look': completedFirstLook }));
	// The disk fills up between opening the page and loading the file.
	await page.evaluate(() => {
		const refuse = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		IDBObjectStore.prototype.put = refuse;
		IDBObjectStore.prototype.add = refuse;
	});
	await loadFile(page, file);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(
		'This browser could not save the progress from the file (the device is running out of storage space). Your current progress has not been changed.',
	);
	await expect(alert).toBeFocused();
	await expect(page.getByText('Your progress has been loaded from the file.')).toHaveCount(0);
	await expect(firstModule).toContainText('In progress');
	await expect(firstModule).not.toContainText('Completed');

	await page.reload();
	await waitForHydration(page);
	await expect(firstModule, 'what was stored is unchanged').toContainText('In progress');
});

test('a file reader that cannot be fetched is reported, and the import changes nothing', async ({
	page,
}, testInfo) => {
	await page.goto(CHECK);
	await hydrateAll(page);
	await answerFirstQuestion(page);
	await page.goto('/progress/');
	await waitForHydration(page);
	const firstModule = page.locator('.app-progress__module').first();
	await expect(firstModule).toContainText('In progress');

	await mkdir(testInfo.outputDir, { recursive: true });
	const file = join(testInfo.outputDir, 'completed.json');
	await writeFile(file, progressFile({ 'first-look': completedFirstLook }));
	// The reader is fetched on first use: a ward PC that has lost its connection cannot fetch it.
	await page.route('**/_astro/transfer.*.js', (route) => route.abort('internetdisconnected'));
	await loadFile(page, file);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(
		'This page could not load the part that reads progress files: the connection may have dropped, or the course may have been updated since you opened this page. Check your connection, reload the page and try again. Your current progress has not been changed.',
	);
	await expect(alert).toBeFocused();
	await expect(firstModule).toContainText('In progress');
	await expect(firstModule).not.toContainText('Completed');
});

test('a completion from a hand-made file is certified as imported, and its text stays text', async ({
	page,
}, testInfo) => {
	// Learner-supplied text must never reach the islands' author-HTML paths
	// (dangerouslySetInnerHTML): every text the file carries is shown as typed.
	const payload = '<img src="x" onerror="window.__injected = true"><b>bold</b>';
	await page.goto('/progress/');
	await waitForHydration(page);
	await mkdir(testInfo.outputDir, { recursive: true });
	const file = join(testInfo.outputDir, 'hand-made.json');
	await writeFile(
		file,
		progressFile(
			{
				'first-look': {
					...completedFirstLook,
					bookmark: payload,
					reflections: { 'r-first-look-rule': { text: payload, updatedAt: AT } },
					lessons: { [payload]: { firstVisitedAt: AT, lastVisitedAt: AT, visits: 1 } },
					feedback: { ratings: { relevance: 3 }, change: payload, at: AT },
				},
			},
			payload,
		),
	);
	await loadFile(page, file);
	await expect(page.getByText('Your progress has been loaded from the file.')).toBeFocused();
	await expect(page.locator('.app-progress__module').first()).toContainText('Completed');

	await expectTextOnly(page);

	await page.goto('/modules/first-look/certificate/');
	await waitForHydration(page);
	const certificate = page.locator('.app-certificate');
	await expect(certificate).toContainText('records what this browser holds');
	await expect(certificate).toContainText(
		'The completion comes from an imported progress file, not from work done in this browser.',
	);
	await expect(certificate.locator('.app-certificate__name')).toHaveText(payload);
	await expect(page.getByLabel('Your name, as it should appear on the certificate')).toHaveValue(
		payload,
	);
	await expectTextOnly(page);

	await page.goto('/modules/first-look/l-why-rights/');
	await hydrateAll(page);
	await expect(page.getByRole('textbox', { name: /Think of one rule/ })).toHaveValue(payload);
	await expectTextOnly(page);

	await page.goto('/modules/first-look/l-first-look-check/');
	await hydrateAll(page);
	await expect(page.getByRole('textbox', { name: /What would you change/ })).toHaveValue(payload);
	await expectTextOnly(page);

	await page.goto('/modules/first-look/');
	await waitForHydration(page);
	await expectTextOnly(page);
});
