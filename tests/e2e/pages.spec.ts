import { expect, test } from '@playwright/test';
import { builtPages, expectNoAxeViolations, hydrateAll, recordForeignRequests } from './support.ts';

const pages = builtPages();
// Reference pages and the authors' pages ship no JavaScript at all.
const STATIC_PAGE = /^\/(rights|glossary|sources|law|authors)\//;

test('the build has every page type', () => {
	expect(pages).toEqual(
		expect.arrayContaining([
			'/',
			'/progress/',
			'/rights/',
			'/rights/art-8/',
			'/glossary/',
			'/sources/',
			'/law/',
			'/modules/first-look/',
			'/modules/first-look/l-why-rights/',
			'/modules/first-look/certificate/',
			'/authors/',
			'/authors/scenarios/s-bedroom-search/',
		]),
	);
	expect(
		pages.filter((p) => p.startsWith('/rights/')),
		'an index and 16 right pages',
	).toHaveLength(17);
});

for (const path of pages) {
	test(`${path} passes axe and requests nothing from another origin`, async ({ page, baseURL }) => {
		const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await hydrateAll(page);
		await expectNoAxeViolations(page, path);
		expect(foreign, 'requests to other origins').toEqual([]);
		if (STATIC_PAGE.test(path))
			expect(scripts, 'reference and authors’ pages load no JavaScript').toEqual([]);
		// Once per page: in the body of module and lesson pages, in the footer of the others.
		await expect(page.getByText(/educational material, not legal advice/)).toHaveCount(1);
		expect(
			await page.locator('.app-content-warning, .app-scenario__warning').count(),
			'a content warning at most once',
		).toBeLessThanOrEqual(1);
	});
}
