/**
 * Site search (issue 13): the header's search box and the results page, over the Pagefind index
 * the build writes. It finds a right by name, a glossary term and a case, works by keyboard,
 * passes axe, loads Pagefind only once a search is made, and is left out of SCORM packages.
 */
import { expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readZip } from '../../scorm-build/package.ts';
import { expectNoAxeViolations, test } from './support.ts';

const results = (page: Page) => page.locator('#search-results');
const status = (page: Page) => page.getByRole('status').filter({ hasText: /found/ });

/** Searches from the results page's own form, as a learner refining a search does. */
async function searchFor(page: Page, words: string): Promise<void> {
	await page.goto('/search/');
	await page.getByRole('searchbox', { name: /Search the lessons/ }).fill(words);
	await page.getByRole('searchbox', { name: /Search the lessons/ }).press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=/);
	// The index is fetched and read on the first search: a budget for a busy machine.
	await expect(status(page)).toBeVisible({ timeout: 15_000 });
}

test('the header search finds a right by its name, and the result leads to it', async ({
	page,
}) => {
	await page.goto('/modules/first-look/l-why-rights/');
	// Keyboard only: from the skip link, the header's search box comes before the navigation.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const box = page.getByRole('searchbox', { name: 'Search the course' });
	await expect(box).toBeFocused();
	await page.keyboard.type('private and family life');
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(/\/search\/\?q=private\+and\+family\+life$/);
	await expect(page.getByRole('searchbox', { name: /Search the lessons/ })).toHaveValue(
		'private and family life',
	);
	await expect(status(page)).toContainText('found for “private and family life”', {
		timeout: 15_000,
	});
	const first = results(page).getByRole('link').first();
	await expect(first).toHaveText(
		'Right to respect for private and family life, home and correspondence',
	);
	await expect(results(page).locator('mark').first()).toBeVisible();
	await first.click();
	await expect(page).toHaveURL(/\/rights\/art-8\/$/);
});

test('a glossary term finds the glossary', async ({ page }) => {
	await searchFor(page, 'advance choice document');
	await expect(results(page).getByRole('link', { name: 'Glossary', exact: true })).toBeVisible();
});

test('a case name finds the pages that cite it', async ({ page }) => {
	await searchFor(page, 'Cheshire West');
	await expect(
		results(page).getByRole('link', { name: 'The law as at our last check' }),
	).toBeVisible();
	await expect(results(page).getByRole('link')).not.toHaveCount(0);
});

test('the results page passes axe, and fits a 320 px screen', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await searchFor(page, 'restraint');
	await expect(results(page).getByRole('listitem').first()).toBeVisible();
	await expectNoAxeViolations(page, '/search/?q=restraint');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow, 'no sideways scrolling at 320 px').toBeLessThanOrEqual(0);
});

test('Pagefind loads only once a search is made', async ({ page }) => {
	const index: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/pagefind/')) index.push(request.url());
	});
	await page.goto('/rights/art-8/');
	await page.goto('/search/');
	await page.waitForLoadState('networkidle');
	expect(index, 'nothing of the index before a search').toEqual([]);
	await searchFor(page, 'liberty');
	expect(index.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('SCORM packages leave search out: no search box and no index', () => {
	const dir = join(import.meta.dirname, '../../dist/scorm');
	const zips = readdirSync(dir).filter((name) => name.endsWith('.zip'));
	expect(zips.length, 'run `npm run build` before the browser tests').toBeGreaterThan(0);
	for (const zip of zips) {
		const entries = readZip(readFileSync(join(dir, zip)));
		expect(
			entries.filter((e) => e.path.startsWith('pagefind/') || e.path.startsWith('search/')),
			zip,
		).toEqual([]);
		const pages = entries.filter((e) => e.path.endsWith('.html'));
		for (const entry of pages) {
			expect(Buffer.from(entry.data).toString('utf8'), `${zip}: ${entry.path}`).not.toContain(
				'nhsuk-header__search',
			);
		}
	}
});
