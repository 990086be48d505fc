import { expect, type Page } from '@playwright/test';
import {
	builtPages,
	expectNoAxeViolations,
	hydrateAll,
	recordForeignRequests,
	test,
} from './support.ts';

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

/** The page's Content-Security-Policy `<meta>`, one directive per entry. */
async function policyOf(page: Page): Promise<string[]> {
	const meta = page.locator('meta[http-equiv="content-security-policy"]');
	await expect(meta, 'one Content-Security-Policy <meta>').toHaveCount(1);
	const content = (await meta.getAttribute('content')) ?? '';
	return content
		.split(';')
		.map((directive) => directive.trim().replace(/\s+/g, ' '))
		.filter(Boolean);
}

for (const path of pages) {
	// The fixture (`test` from support.ts) fails the test on any Content-Security-Policy violation.
	test(`${path} passes axe, keeps to its Content-Security-Policy and requests nothing from another origin`, async ({
		page,
		baseURL,
	}) => {
		const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		const policy = await policyOf(page);
		expect(policy).toContain("default-src 'self'");
		const scriptSrc = policy.find((directive) => directive.startsWith('script-src '));
		expect(scriptSrc, 'script-src: own files and hashed inline scripts').toMatch(
			/^script-src 'self'/,
		);
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(policy.filter((directive) => directive.startsWith('connect-src'))).toEqual([]);
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
