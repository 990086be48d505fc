import { expect, test, type Page } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hydrateAll, waitForHydration } from './support.ts';

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
	await expect(page.getByText('Your progress will not be kept')).toBeVisible();
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
