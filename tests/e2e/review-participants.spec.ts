/**
 * Participants of a team Traffic Light review (issue 11): each gives a view on their own device,
 * marked with a group and no name, and downloads it as a file for the person running the review.
 * Young people use their own form in plain words; everyone else the standalone review.
 *
 * `UPDATE_REVIEW_FIXTURES=1 npx playwright test tests/e2e/review-participants.spec.ts` writes the
 * three files the first test downloads to tests/fixtures/review/, for the facilitator's tests.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readReviewFile } from '../../src/lib/review/files.ts';
import type { ReviewView } from '../../src/schemas/review-files.ts';
import { expectNoAxeViolations, hydrateAll, test } from './support.ts';

const REVIEW_ID = 'tl-m8-service-review';
const STANDALONE = '/tools/traffic-light/';
const YOUNG_PEOPLE = '/tools/traffic-light/young-people/';
const FIXTURES = join(import.meta.dirname, '../fixtures/review');

const statement = (page: Page, number: number) =>
	page.locator('.app-traffic-light__statement').nth(number - 1);

/**
 * Reads a downloaded file as the facilitator's session page will; `keep` writes it to the
 * fixtures when asked to.
 */
async function viewOf(download: Download, { keep = false } = {}): Promise<ReviewView> {
	const text = await readFile(await download.path(), 'utf8');
	const result = readReviewFile(download.suggestedFilename(), text, REVIEW_ID);
	if (!result.ok || result.kind !== 'view') throw new Error(`Not a view file: ${text}`);
	if (keep && process.env['UPDATE_REVIEW_FIXTURES']) {
		await mkdir(FIXTURES, { recursive: true });
		await writeFile(join(FIXTURES, `${result.view.group}.view.json`), text);
	}
	return result.view;
}

async function downloadWith(page: Page, button: Locator): Promise<Download> {
	const downloading = page.waitForEvent('download');
	await button.click();
	return downloading;
}

/** Gives a view on the standalone review as a member of `group`, and downloads it. */
async function giveTeamView(
	page: Page,
	group: string,
	ratings: Array<[number, 'Red' | 'Amber' | 'Green']>,
	note: [number, string],
): Promise<Download> {
	await page.goto(STANDALONE);
	await hydrateAll(page);
	await expect(
		page.locator('cite.app-legal-ref').first(),
		'a source is named as in the lessons, not by its id',
	).toHaveText(/^Mental Health Act 1983: Code of Practice/);
	await page.getByRole('radio', { name: group, exact: true }).check();
	for (const [number, rating] of ratings)
		await statement(page, number).getByRole('radio', { name: rating, exact: true }).check();
	await statement(page, note[0])
		.getByRole('textbox', { name: /Evidence or example/ })
		.fill(note[1]);
	return downloadWith(page, page.getByRole('button', { name: 'Download your view' }));
}

test('three participants from different groups rate, add a note and download their views', async ({
	browser,
}) => {
	// Three browsers, each loading and filling a whole form: a budget for a loaded machine.
	test.setTimeout(90_000);
	const today = new Date().toLocaleDateString('en-CA');

	const young = await browser.newContext();
	const youngPage = await young.newPage();
	await youngPage.goto(YOUNG_PEOPLE);
	await hydrateAll(youngPage);
	await expect(youngPage.getByRole('heading', { level: 1 })).toHaveText('Your view of the ward');
	await expect(
		statement(youngPage, 1).locator('legend'),
		'statements are in plain words',
	).toContainText('knows which of your rights matter');
	for (const [number, answer] of [
		[1, 'Red: no, this is not true'],
		[2, 'Red: no, this is not true'],
		[3, 'Amber: only some of the time'],
		[8, 'Red: no, this is not true'],
	] as const)
		await statement(youngPage, number).getByRole('radio', { name: answer }).check();
	await statement(youngPage, 1)
		.getByRole('textbox', { name: /Tell us more/ })
		.fill('Bank staff could not say why they held me.');
	await expect(youngPage.locator('.app-traffic-light__answered')).toHaveText(
		'You have answered 4 of 12. You can skip any you want.',
	);
	const youngFile = await downloadWith(
		youngPage,
		youngPage.getByRole('button', { name: 'Save your answers' }),
	);
	await expect(youngPage.getByRole('status').filter({ hasText: 'saved in a file' })).toContainText(
		youngFile.suggestedFilename(),
	);

	const parent = await browser.newContext();
	const parentFile = await giveTeamView(
		await parent.newPage(),
		'Parents and carers',
		[
			[1, 'Amber'],
			[2, 'Red'],
			[3, 'Amber'],
			[8, 'Amber'],
		],
		[8, 'Visits were cancelled for everyone after one incident.'],
	);

	const staff = await browser.newContext();
	const staffFile = await giveTeamView(
		await staff.newPage(),
		'Staff',
		[
			[1, 'Green'],
			[2, 'Amber'],
			[3, 'Green'],
			[8, 'Green'],
		],
		[1, 'Rights are part of induction; bank staff often miss it.'],
	);

	const views = await Promise.all(
		[youngFile, parentFile, staffFile].map((file) => viewOf(file, { keep: true })),
	);
	expect(views.map((view) => view.group)).toEqual(['young-people', 'parents-carers', 'staff']);
	expect(new Set(views.map((view) => view.viewId)).size, 'each view has its own id').toBe(3);
	for (const view of views) expect(view.ratedOn).toBe(today);
	expect(youngFile.suggestedFilename()).toBe(`${REVIEW_ID}-young-people-${today}.view.json`);
	expect(views[0]).toMatchObject({
		ratings: { 'tl-m8-01': 'red', 'tl-m8-02': 'red', 'tl-m8-03': 'amber', 'tl-m8-08': 'red' },
		notes: { 'tl-m8-01': 'Bank staff could not say why they held me.' },
	});
	expect(views[1]).toMatchObject({
		ratings: { 'tl-m8-01': 'amber', 'tl-m8-02': 'red', 'tl-m8-03': 'amber', 'tl-m8-08': 'amber' },
		notes: { 'tl-m8-08': 'Visits were cancelled for everyone after one incident.' },
	});
	expect(views[2]).toMatchObject({
		ratings: { 'tl-m8-01': 'green', 'tl-m8-02': 'amber', 'tl-m8-03': 'green', 'tl-m8-08': 'green' },
		notes: { 'tl-m8-01': 'Rights are part of induction; bank staff often miss it.' },
	});
	for (const view of views) expect(Object.keys(view.ratings)).toHaveLength(4);

	await Promise.all([young.close(), parent.close(), staff.close()]);
});

test('a reload keeps a half-done view; a new view starts empty after a confirm', async ({
	page,
}) => {
	await page.goto(STANDALONE);
	await hydrateAll(page);
	const download = page.getByRole('button', { name: 'Download your view' });

	// Nothing is downloaded until the view says who it is from.
	await statement(page, 2).getByRole('radio', { name: 'Red', exact: true }).check();
	let downloads = 0;
	page.on('download', () => (downloads += 1));
	await download.click();
	const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
	await expect(summary).toBeFocused();
	await summary.getByRole('link', { name: 'Choose who this view is from' }).click();
	await expect(page.getByRole('radio', { name: 'Young people' })).toBeFocused();
	expect(downloads).toBe(0);
	await expect(page.locator('.nhsuk-error-message')).toContainText('Choose who this view is from');
	await expectNoAxeViolations(page, 'the review with an error');

	await page.getByRole('radio', { name: 'Advocates' }).check();
	await statement(page, 5).getByRole('radio', { name: 'Amber', exact: true }).check();
	const note = statement(page, 5).getByRole('textbox', { name: /Evidence or example/ });
	await note.fill('Visit restrictions are not recorded with a reason.');

	await page.reload();
	await hydrateAll(page);
	await expect(page.getByRole('radio', { name: 'Advocates' }), 'the group is kept').toBeChecked();
	await expect(
		statement(page, 2).getByRole('radio', { name: 'Red', exact: true }),
		'ratings are kept',
	).toBeChecked();
	await expect(note, 'notes are kept').toHaveValue(
		'Visit restrictions are not recorded with a reason.',
	);
	await expect(page.getByText('This browser is not keeping your view')).toHaveCount(0);

	const first = await viewOf(await downloadWith(page, download));
	expect(first).toMatchObject({
		group: 'advocates',
		ratings: { 'tl-m8-02': 'red', 'tl-m8-05': 'amber' },
		notes: { 'tl-m8-05': 'Visit restrictions are not recorded with a reason.' },
	});

	await page.getByRole('button', { name: 'Start a new view' }).click();
	const clear = page.getByRole('button', { name: 'Clear this view and start a new one' });
	await expect(clear, 'the confirm takes focus').toBeFocused();
	await page.getByRole('button', { name: 'Keep this view' }).click();
	await expect(note, 'cancelling keeps the view').toHaveValue(
		'Visit restrictions are not recorded with a reason.',
	);
	await page.getByRole('button', { name: 'Start a new view' }).click();
	await clear.click();
	await expect(page.getByRole('radio', { name: 'Advocates' })).not.toBeChecked();
	await expect(
		statement(page, 2).getByRole('radio', { name: 'Red', exact: true }),
	).not.toBeChecked();
	await expect(note).toHaveValue('');

	await page.getByRole('radio', { name: 'Staff' }).check();
	const second = await viewOf(await downloadWith(page, download));
	expect(second).toMatchObject({ group: 'staff', ratings: {}, notes: {} });
	expect(second.viewId, 'a new view has a new id').not.toBe(first.viewId);
});

test('the young people’s form can be filled in and saved by keyboard alone', async ({ page }) => {
	await page.goto(YOUNG_PEOPLE);
	await hydrateAll(page);
	const focused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
	/** Presses Tab until `locator` has focus, as a keyboard user moves through the page. */
	const tabTo = async (locator: Locator, limit = 80) => {
		for (let presses = 0; presses < limit; presses += 1) {
			if (await focused(locator)) return;
			await page.keyboard.press('Tab');
		}
		throw new Error('Tab never reached the control');
	};

	const first = statement(page, 1);
	await tabTo(first.getByRole('radio', { name: /^Green/ }));
	await page.keyboard.press('Space');
	await page.keyboard.press('ArrowDown');
	await expect(
		first.getByRole('radio', { name: /^Amber/ }),
		'arrows move the answer',
	).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(first.getByRole('textbox')).toBeFocused();
	await page.keyboard.type('Staff explain things when I ask.');
	await page.keyboard.press('Tab');
	await expect(statement(page, 2).getByRole('radio', { name: /^Green/ })).toBeFocused();
	await page.keyboard.press('Space');

	const save = page.getByRole('button', { name: 'Save your answers' });
	await tabTo(save);
	const downloading = page.waitForEvent('download');
	await page.keyboard.press('Enter');
	const view = await viewOf(await downloading);
	expect(view).toMatchObject({
		group: 'young-people',
		ratings: { 'tl-m8-01': 'amber', 'tl-m8-02': 'green' },
		notes: { 'tl-m8-01': 'Staff explain things when I ask.' },
	});

	await expect(page.getByRole('status').filter({ hasText: 'saved in a file' })).toBeVisible();
	await expectNoAxeViolations(page, 'the young people’s form once saved');

	// Clearing for the next person: the confirm takes focus, and focus comes back after it.
	await page.keyboard.press('Tab');
	const again = page.getByRole('button', { name: 'Start again for someone else' });
	await tabTo(again);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Clear the answers' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(again).toBeFocused();
	await expect(statement(page, 1).getByRole('radio', { name: /^Amber/ })).not.toBeChecked();
	await expect(page.locator('.app-traffic-light__answered')).toContainText(
		'You have answered 0 of 12.',
	);
});

test('the young people’s form works on a 320 px phone screen', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto(YOUNG_PEOPLE);
	await hydrateAll(page);
	const answer = statement(page, 4).getByText('Amber: only some of the time');
	const box = await answer.boundingBox();
	expect(box?.height, 'each answer is a big target to tap').toBeGreaterThanOrEqual(44);
	expect(box && box.x + box.width, 'and fits the screen').toBeLessThanOrEqual(320);
	await answer.click();
	await expect(statement(page, 4).getByRole('radio', { name: /^Amber/ })).toBeChecked();
	const save = page.getByRole('button', { name: 'Save your answers' });
	const saveBox = await save.boundingBox();
	expect(saveBox && saveBox.x + saveBox.width).toBeLessThanOrEqual(320);
	const view = await viewOf(await downloadWith(page, save));
	expect(view.ratings).toEqual({ 'tl-m8-04': 'amber' });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
