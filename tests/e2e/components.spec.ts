import { expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { hydrateAll, storedModule, test } from './support.ts';

const CHECK = '/modules/first-look/l-first-look-check/';
const SCENARIO = '/modules/first-look/l-searching-a-bedroom/';
const TOOLS = '/modules/first-look/l-team-tools/';

test.describe('Quiz', () => {
	test('is answered by keyboard alone, with the result announced', async ({ page }) => {
		await page.goto(CHECK);
		await hydrateAll(page);
		const question = page.locator('form.app-question').first();
		// Tab from the page body to the first option, pick "16" with the arrow keys, then submit.
		await question.getByLabel('10').focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(question.getByLabel('16')).toBeChecked();
		await expect(question.getByLabel('16')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(question.getByRole('button', { name: 'Check answer' })).toBeFocused();
		await page.keyboard.press('Enter');
		const status = question.getByRole('status');
		await expect(status).toHaveAttribute('aria-live', 'polite');
		await expect(status).toContainText('Correct.');
		await expect(status).toContainText('Source: Human Rights Act 1998');
	});

	test('allows a retry after a wrong answer, then reveals the answer when attempts run out', async ({
		page,
	}) => {
		await page.goto(CHECK);
		await hydrateAll(page);
		const question = page.locator('form.app-question').first();
		await question.getByLabel('30').check();
		await question.getByRole('button', { name: 'Check answer' }).click();
		await expect(question.getByRole('status')).toContainText('Not quite.');
		await expect(question.getByText('30 is the number of articles')).toBeVisible();
		await question.getByRole('button', { name: /Try again \(1 attempt left\)/ }).click();
		await expect(question.getByLabel('30')).not.toBeChecked();
		await question.getByLabel('14').check();
		await question.getByRole('button', { name: 'Check answer' }).click();
		await expect(question.getByRole('status')).toContainText('The correct answer is shown above.');
		await expect(question.getByText('(correct answer)')).toBeVisible();
		await expect(
			question.getByRole('button', { name: /Try again/ }),
			'no attempts left',
		).toHaveCount(0);
		await expect(question.getByLabel('16'), 'answers are locked').toBeDisabled();
	});

	test('asks for an answer before marking', async ({ page }) => {
		await page.goto(CHECK);
		await hydrateAll(page);
		const question = page.locator('form.app-question').nth(1);
		await question.getByRole('button', { name: 'Check answer' }).click();
		await expect(question.getByRole('status')).toHaveText('Select at least one answer.');
	});
});

test.describe('Scenario', () => {
	test('moves focus to each new step, shows the rights engaged, and offers a review and a retry', async ({
		page,
	}) => {
		await page.goto(SCENARIO);
		await hydrateAll(page);
		const scenario = page.locator('.app-scenario');
		await scenario.getByRole('button', { name: /Start/ }).click();
		await expect(page.locator(':focus')).toHaveRole('heading');
		await scenario.getByRole('radio', { name: /Search Kai's room while he is at school/ }).check();
		await scenario.getByRole('button', { name: /Choose/ }).click();
		await expect(scenario).toContainText('Article 9');
		await expect(scenario).toContainText('it damages trust');
		await scenario.getByRole('button', { name: /Continue/ }).click();
		await expect(page.locator(':focus')).toHaveRole('heading');
		await scenario.getByRole('radio', { name: /Say nothing unless Kai asks/ }).check();
		await scenario.getByRole('button', { name: /Choose/ }).click();
		await scenario.getByRole('button', { name: /Continue/ }).click();
		await expect(
			scenario.getByRole('heading', { name: 'Nothing found, trust damaged' }),
		).toBeVisible();
		await expect(scenario).toContainText('40');
		await expect(scenario.getByText('Review your path')).toBeVisible();
		await expect(scenario).toContainText("Search Kai's room while he is at school");

		// Reload mid-way and on an ending: the scenario resumes where the learner was.
		await page.reload();
		await hydrateAll(page);
		await expect(page.getByRole('heading', { name: 'Nothing found, trust damaged' })).toBeVisible();

		await scenario.getByRole('button', { name: /Try again/ }).click();
		await scenario.getByRole('radio', { name: /Explain the concern to Kai/ }).check();
		await scenario.getByRole('button', { name: /Choose/ }).click();
		await scenario.getByRole('button', { name: /Continue/ }).click();
		await scenario.getByRole('radio', { name: /ask him to wait in the lounge/ }).check();
		await scenario.getByRole('button', { name: /Choose/ }).click();
		await scenario.getByRole('button', { name: /Continue/ }).click();
		// A variable set two steps earlier changes the text of a later node.
		await expect(scenario).toContainText('books stacked on the floor');
		await page.reload();
		await hydrateAll(page);
		await expect(scenario).toContainText('books stacked on the floor');
	});
});

test.describe('Traffic Light review', () => {
	test('charts the ratings as they are given, keeps them across a reload, and downloads the view', async ({
		page,
	}) => {
		await page.goto(TOOLS);
		await hydrateAll(page);
		const review = page.locator('.app-traffic-light');
		const statements = review.locator('.app-traffic-light__statement');
		await statements.nth(0).getByRole('radio', { name: 'Amber', exact: true }).check();
		await statements.nth(1).getByRole('radio', { name: 'Red', exact: true }).check();
		const chart = review.getByRole('img');
		await expect(chart).toHaveAttribute('aria-label', /1 Red, 1 Amber, 0 Green/);
		await expect(review, 'no action plan of its own: the team agrees one').not.toContainText(
			'Action plan',
		);
		await review.getByRole('radio', { name: 'Staff' }).check();
		await statements
			.nth(1)
			.getByRole('textbox', { name: /Evidence or example/ })
			.fill('The rule register says "risk" for every rule.');

		await page.reload();
		await hydrateAll(page);
		await expect(
			statements.nth(1).getByRole('radio', { name: 'Red', exact: true }),
			'ratings are kept',
		).toBeChecked();
		await expect(statements.nth(1).getByRole('textbox')).toHaveValue(
			'The rule register says "risk" for every rule.',
		);

		const downloadPromise = page.waitForEvent('download');
		await review.getByRole('button', { name: 'Download your view' }).click();
		const download = await downloadPromise;
		expect(download.suggestedFilename()).toMatch(
			/^tl-first-look-staff-\d{4}-\d{2}-\d{2}\.view\.json$/,
		);
		const view = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<
			string,
			unknown
		>;
		expect(view).toMatchObject({
			reviewId: 'tl-first-look',
			group: 'staff',
			ratings: { 'tl-fl-name-rights': 'amber', 'tl-fl-blanket-register': 'red' },
			notes: { 'tl-fl-blanket-register': 'The rule register says "risk" for every rule.' },
		});
	});
});

test.describe('Rights Check', () => {
	test('stops at the absolute-rights gate and keeps answers across a reload', async ({ page }) => {
		await page.goto(TOOLS);
		await hydrateAll(page);
		const check = page.locator('.app-rights-check');
		await check
			.getByLabel('What is being decided?')
			.fill('Phones handed in on admission for everyone.');
		await check.getByLabel('Everyone on the ward').check();
		await expect(check, 'a rule for everyone is flagged').toContainText(/blanket restriction/i);
		await check.getByLabel('For how long?').fill('Until further notice');
		await check.getByRole('button', { name: 'Next' }).click();
		await expect(check).toContainText('Step 2 of 8');
		await expect(page.locator(':focus')).toHaveRole('heading');
		// The step is written to the device moments after the click; reloading inside that moment
		// is issue 12's "nothing lost at any speed", not what this test is about.
		await expect
			.poll(async () => JSON.stringify(await storedModule(page, 'first-look')), { timeout: 10_000 })
			.toContain('"position":"identify"');

		await page.reload();
		await hydrateAll(page);
		await expect(check, 'the step is kept').toContainText('Step 2 of 8');
		await check.getByRole('button', { name: /Back/ }).click();
		await expect(check.getByLabel('What is being decided?')).toHaveValue(
			'Phones handed in on admission for everyone.',
		);
		await check.getByRole('button', { name: 'Next' }).click();

		await check.getByRole('checkbox', { name: /Article 8/ }).check();
		await check
			.getByRole('group', { name: /affect anyone else/ })
			.getByLabel('Yes')
			.check();
		await check.getByRole('button', { name: 'Next' }).click();
		await expect(check).toContainText('Step 3 of 8');
		await check
			.getByRole('group', { name: /inhuman or degrading/ })
			.getByLabel('Possibly')
			.check();
		await check
			.getByRole('group', { name: /risk to anyone/ })
			.getByLabel('No')
			.check();
		await expect(check, 'the gate stops the learner').toContainText('Stop:');
		await expect(check.getByRole('button', { name: 'Next' }), 'no way past the gate').toHaveCount(
			0,
		);
		await check
			.getByRole('group', { name: /inhuman or degrading/ })
			.getByLabel('No')
			.check();
		await expect(check.getByRole('button', { name: 'Next' })).toBeVisible();
	});
});

test.describe('Reflection', () => {
	test('keeps the note on this device and warns against personal data', async ({ page }) => {
		await page.goto('/modules/first-look/l-why-rights/');
		await hydrateAll(page);
		const note = page.getByRole('textbox', { name: /Think of one rule/ });
		await expect(page.getByText(/Do not write names/)).toBeVisible();
		await note.fill('Weekend visiting is limited.');
		await expect(page.getByText(/Saved on this device/)).toBeVisible();
		await page.reload();
		await hydrateAll(page);
		await expect(note).toHaveValue('Weekend visiting is limited.');
	});
});

test.describe('Glossary term', () => {
	test('opens its definition from the keyboard and closes with Escape', async ({ page }) => {
		await page.goto('/modules/first-look/l-why-rights/');
		const toggle = page.getByRole('button', { name: 'What “Blanket restriction” means' });
		await toggle.focus();
		await page.keyboard.press('Enter');
		const definition = page.locator('.app-term__popover:popover-open');
		await expect(definition).toBeVisible();
		await expect(definition).toContainText('Blanket restriction');
		await page.keyboard.press('Escape');
		await expect(definition).toHaveCount(0);
		await expect(
			page.getByRole('link', { name: 'blanket restriction', exact: true }),
		).toHaveAttribute('href', '/glossary/#blanket-restriction');
	});
});

test.describe('Sources for this page', () => {
	test('a note number in the text leads to its source in the list at the end of the page', async ({
		page,
	}) => {
		await page.goto('/modules/sixteen-rights/l-m1-every-shift/');
		const list = page.getByRole('region', { name: 'Sources for this page' });
		await expect(list.getByRole('listitem').first()).toBeVisible();

		const notes = page.getByRole('link', { name: /^source \d+$/ });
		expect(await notes.count(), 'each note is named "source N"').toBeGreaterThan(5);

		// The note after "informal" in the Article 2 section is Rabone.
		const rabone = page.locator('sup.app-source-note a[title^="Rabone"]').first();
		const name = await rabone.innerText();
		await rabone.click();
		const target = list.locator(`li:target`);
		await expect(target, `note ${name} lands on its list entry`).toHaveCount(1);
		await expect(target).toContainText('Rabone v Pennine Care NHS Foundation Trust');
		await expect(target.getByRole('link')).toHaveAttribute('href', '/sources/#rabone-2012');
	});
});
