import { expect, type Locator } from '@playwright/test';
import { newView, rateInView, viewFileText } from '../../src/lib/review/views.ts';
import { hydrateAll, test } from './support.ts';

/*
 * The build keeps only the CSS rules some page uses (src/integrations/unused-css.ts). These pages
 * are the ones a wrongly kept-out rule would spoil most: each check is a look a learner relies on
 * (NHS colours, feedback frames, form errors, chart colours, print), including classes that code
 * builds at run time, which appear whole in no source file.
 */

const CHECK = '/modules/first-look/l-first-look-check/';
const TOOLS = '/modules/first-look/l-team-tools/';
const LESSON = '/modules/first-look/l-why-rights/';
const SESSION = '/tools/traffic-light/session/';

const NHS_BLUE = 'rgb(0, 94, 184)';
const GREEN = 'rgb(0, 127, 59)';
const RED = 'rgb(213, 40, 27)';
const GREY = 'rgb(216, 221, 224)';
const WHITE = 'rgb(255, 255, 255)';

/** One computed style of the first element `locator` finds, optionally of a pseudo-element. */
const style = (locator: Locator, property: string, pseudo?: string) =>
	locator
		.first()
		.evaluate(
			(element, { name, pseudoElement }) =>
				getComputedStyle(element, pseudoElement).getPropertyValue(name),
			{ name: property, pseudoElement: pseudo },
		);

test('the header is NHS blue with white links, and fits a 320 px screen', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto(LESSON);
	await expect.poll(() => style(page.locator('.nhsuk-header'), 'background-color')).toBe(NHS_BLUE);
	expect(await style(page.locator('.nhsuk-header__service-name'), 'color')).toBe(WHITE);
	expect(await style(page.locator('.app-header__nav-link'), 'color')).toBe(WHITE);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
});

test('quiz feedback is framed in green when right and red when wrong, on NHS radios', async ({
	page,
}) => {
	await page.goto(CHECK);
	await hydrateAll(page);
	const questions = page.locator('form.app-question');
	const first = questions.nth(0);
	// NHS.UK radios: the native input is hidden behind a 40 px round box drawn by the label.
	expect(await style(first.locator('.nhsuk-radios__input'), 'opacity')).toBe('0');
	expect(await style(first.locator('.nhsuk-radios__label'), 'width', '::before')).toBe('40px');
	expect(await style(first.locator('.nhsuk-radios__label'), 'border-radius', '::before')).toBe(
		'50%',
	);
	// A secondary NHS.UK button: blue text and a blue shadow under it.
	const button = first.getByRole('button', { name: 'Check answer' });
	expect(await style(button, 'color')).toBe(NHS_BLUE);
	expect(await style(button, 'box-shadow')).toContain(NHS_BLUE);

	await first.getByRole('radio', { name: '16', exact: true }).check();
	await button.click();
	const right = first.locator('.app-question__feedback--correct');
	await expect(right).toBeVisible();
	expect(await style(right, 'border-left-width')).toBe('8px');
	expect(await style(right, 'border-left-color')).toBe(GREEN);

	const third = questions.nth(2);
	await third.getByRole('radio', { name: 'True', exact: true }).check();
	await third.getByRole('button', { name: 'Check answer' }).click();
	const wrong = third.locator('.app-question__feedback--incorrect');
	await expect(wrong).toBeVisible();
	expect(await style(wrong, 'border-left-color')).toBe(RED);
});

test('the Rights Check shows NHS error styles, and NHS checkboxes whose class it builds', async ({
	page,
}) => {
	await page.goto(TOOLS);
	await hydrateAll(page);
	const check = page.locator('.app-rights-check');
	// A primary NHS.UK button: green with a dark green shadow under it.
	const next = check.getByRole('button', { name: 'Next' });
	expect(await style(next, 'background-color')).toBe(GREEN);
	expect(await style(next, 'box-shadow')).toContain('rgb(0, 64, 30)');
	await next.click();
	const group = check.locator('.nhsuk-form-group--error');
	await expect(group.first()).toBeVisible();
	expect(await style(group, 'border-left-width')).toBe('4px');
	expect(await style(group, 'border-left-color')).toBe(RED);
	expect(await style(check.locator('.nhsuk-error-message'), 'color')).toBe(RED);
	expect(await style(check.locator('.nhsuk-error-summary'), 'border-top-width')).toBe('4px');

	await check
		.getByLabel('What is being decided?')
		.fill('Phones handed in on admission for everyone.');
	await check.getByLabel('Everyone on the ward').check();
	await check.getByLabel('For how long?').fill('Until further notice');
	await check.getByRole('button', { name: 'Next' }).click();
	await expect(check).toContainText('Step 2 of 8');
	// `nhsuk-${kind}__input` in src/islands/rights-check/Field.tsx: a 40 px square box, input hidden.
	const box = check.locator('.nhsuk-checkboxes__label');
	await expect(box.first()).toBeVisible();
	expect(await style(check.locator('.nhsuk-checkboxes__input'), 'opacity')).toBe('0');
	expect(await style(box, 'width', '::before')).toBe('40px');
	expect(await style(box, 'border-radius', '::before')).toBe('0px');
});

test("the Traffic Light's chart bars and rating swatches keep their colours", async ({ page }) => {
	await page.goto(TOOLS);
	await hydrateAll(page);
	const review = page.locator('.app-traffic-light');
	// `app-chart__bar--${bar.key}` in src/islands/traffic-light/RatingChart.tsx.
	expect(await style(review.locator('.app-chart__bar--unrated'), 'fill')).toBe(GREY);
	expect(await style(review.locator('.app-swatch--red'), 'background-color')).toBe(RED);
	await review
		.locator('.app-traffic-light__statement')
		.first()
		.getByRole('radio', { name: 'Red', exact: true })
		.check();
	await expect
		.poll(() => style(review.locator('.app-chart__bar--red'), 'fill'), {
			message: 'the Red bar appears in red once a statement is rated Red',
		})
		.toBe(RED);
});

test('the review session draws the ratings by group in the rating colours', async ({ page }) => {
	await page.goto(SESSION);
	await hydrateAll(page);
	const section = page.locator('.app-review-session__section').first();
	expect(await style(section, 'border-top-width')).toBe('4px');
	const savedAt = '2027-03-02T10:00:00.000Z';
	const view = rateInView(
		newView('tl-m8-service-review', 'young-people', 'e2e-styles-view', savedAt),
		'tl-m8-01',
		'red',
	);
	await page.getByLabel('Review files').setInputFiles({
		name: 'young-people.view.json',
		mimeType: 'application/json',
		buffer: Buffer.from(viewFileText(view, savedAt)),
	});
	await expect(page.locator('.app-review-session__result')).toContainText('1 view added');
	// `app-review-session__bar-part--${key}` in src/islands/review-session/RatingsByGroup.tsx.
	const red = page.locator('.app-review-session__bar-part--red');
	await expect(red.first()).toBeVisible();
	expect(await style(red, 'background-color')).toBe(RED);
	expect(
		await style(page.locator('.app-review-session__bar-part--unrated'), 'background-color'),
	).toBe(GREY);
});

test('category tags keep their colours: an absolute right is tagged in red', async ({ page }) => {
	await page.goto('/rights/');
	const tag = page.locator('.nhsuk-tag--red');
	expect(await style(tag, 'background-color')).toBe('rgb(247, 212, 209)');
	expect(await style(tag, 'color')).toBe('rgb(107, 20, 14)');
});

test('a printed lesson drops the site chrome and uses NHS.UK print type', async ({ page }) => {
	await page.goto(LESSON);
	await page.emulateMedia({ media: 'print' });
	for (const chrome of ['.app-header__nav', '.nhsuk-breadcrumb', '.nhsuk-footer']) {
		expect(await style(page.locator(chrome), 'display'), chrome).toBe('none');
	}
	const heading = page.locator('h1');
	expect(await style(heading, 'font-size')).toBe('34.6667px'); // 26pt
	expect(await style(heading, 'color')).toBe('rgb(0, 0, 0)');
	expect(await style(page.locator('main a[href^="/sources/"]'), 'content', '::after')).toContain(
		'(Link: /sources/',
	);
});
