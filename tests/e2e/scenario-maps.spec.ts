import { expect } from '@playwright/test';
import { test } from './support.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readZip } from '../../scorm-build/package.ts';

const ROOT = join(import.meta.dirname, '../..');
const scenarioIds = readdirSync(join(ROOT, 'content/scenarios'))
	.filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
	.map((name) => name.replace(/\.mdx$/, ''));

test('the authors’ page lists a map of every scenario', async ({ page }) => {
	expect(scenarioIds).toHaveLength(13);
	await page.goto('/authors/');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	const links = page.getByRole('main').getByRole('link');
	await expect(links).toHaveCount(scenarioIds.length);
	const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
	expect(hrefs.toSorted()).toEqual(scenarioIds.map((id) => `/authors/scenarios/${id}/`).toSorted());
});

test('a scenario map draws the graph and gives every step, ending and route as text', async ({
	page,
}) => {
	await page.goto('/authors/scenarios/s-phones-on-ward/');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('No phones on the ward?');

	const map = page.getByRole('img', { name: /Map of the scenario “No phones on the ward\?”/ });
	await expect(map).toBeVisible();
	await expect(map.locator('text', { hasText: 'e-best' })).toHaveCount(1);
	await expect(map.locator('text', { hasText: 'Positive, score 100' })).toHaveCount(1);

	// Each ending with its outcome in words, and how many routes lead there.
	const endings = page.getByRole('table', { name: 'Endings' });
	const best = endings.getByRole('row', { name: /Targeted, time-limited and agreed/ });
	await expect(best.getByRole('cell').first()).toHaveText('Positive');
	const sameForAll = endings.getByRole('row', { name: /Fair is not the same as identical/ });
	await expect(sameForAll.getByRole('cell').first()).toHaveText('Mixed');

	// Choices with where they lead, the rights they engage and the variables they set.
	const review = page.locator('#step-n-ban-three-days');
	await expect(review.getByRole('heading', { level: 3 })).toHaveText('n-ban-three-days');
	const reviewChoice = review.getByRole('listitem').filter({ hasText: 'c-ban-review' });
	const asRead = { useInnerText: true };
	await expect(reviewChoice).toContainText('Goes to n-community-meeting', asRead);
	await expect(reviewChoice).toContainText('Article 1 of Protocol 1', asRead);
	await expect(reviewChoice).toContainText('Sets late=yes', asRead);

	// Every route: the best route reaches the best ending, and a route that changed course
	// late is sent by the goto to "Back on track", as the player would.
	const toBest = page.getByRole('region', {
		name: 'Routes to “Targeted, time-limited and agreed”',
	});
	await expect(toBest.getByText('Route 1: 3 choices')).toBeVisible();
	await expect(toBest).toContainText('choose “Respond to Callum on his own');
	const turnedAround = page.getByRole('region', { name: 'Routes to “Back on track”' });
	await expect(turnedAround.locator('.app-map-route').first()).toContainText(
		'moves on to e-turned-around if late=yes',
	);
	const endingCount = await endings.locator('tbody tr').count();
	await expect(page.getByRole('region', { name: /^Routes to/ })).toHaveCount(endingCount);
});

test('on a phone the map scrolls in its own region, reached by keyboard', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/authors/scenarios/s-phones-on-ward/');
	const region = page.getByRole('region', { name: 'Map of “No phones on the ward?”' });
	await region.focus();
	await expect(region).toBeFocused();
	const before = await region.evaluate((el) => el.scrollLeft);
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

for (const path of ['/', '/modules/first-look/', '/modules/first-look/l-why-rights/', '/tools/']) {
	test(`${path} does not lead learners to the authors’ pages`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('a[href*="/authors/"]')).toHaveCount(0);
	});
}

test('no SCORM package holds the authors’ pages', () => {
	const dir = join(ROOT, 'dist/scorm');
	const zips = readdirSync(dir).filter((name) => name.endsWith('.zip'));
	expect(zips.length, 'run `npm run build` before the browser tests').toBeGreaterThan(0);
	for (const zip of zips) {
		const paths = readZip(readFileSync(join(dir, zip))).map((entry) => entry.path);
		expect(
			paths.filter((path) => path.startsWith('authors/')),
			zip,
		).toEqual([]);
	}
});
