/**
 * A page must not move under the learner's pointer as it comes to life. Every lesson is drawn by
 * the server first; then its islands hydrate and load the learner's progress. If that changes the
 * height of anything above the Next link, a click aimed at Next as the page settles lands
 * elsewhere (or nowhere) and the learner is left on the page. So each lesson is measured with its
 * scripts held back, then again once every island is hydrated and ready, and Next must not have
 * moved.
 */
import { expect, type Page, type Route } from '@playwright/test';
import { builtPages, hydrateAll, test } from './support.ts';

const LESSON = /^\/modules\/([^/]+)\/l-[^/]+\/$/;

/** Lesson pages by module, in the order the build wrote them. */
function lessonsByModule(): Map<string, string[]> {
	const modules = new Map<string, string[]>();
	for (const path of builtPages()) {
		const moduleId = LESSON.exec(path)?.[1];
		if (moduleId) modules.set(moduleId, [...(modules.get(moduleId) ?? []), path]);
	}
	return modules;
}

/** Where Next starts, from the top of the document, in CSS pixels. */
function nextLinkTop(page: Page): Promise<number> {
	return page.locator('.nhsuk-pagination__link--next').evaluate((link) => {
		return link.getBoundingClientRect().top + window.scrollY;
	});
}

/** Scripts held back until `release()`, so a test can see the page as the server drew it. */
async function holdScripts(page: Page) {
	let holding = true;
	const held: Route[] = [];
	await page.route('**/*.js', (route) => {
		if (holding) held.push(route);
		else void route.continue();
	});
	return {
		hold() {
			holding = true;
		},
		async release() {
			holding = false;
			await Promise.all(held.splice(0).map((route) => route.continue()));
		},
	};
}

for (const [moduleId, lessons] of lessonsByModule()) {
	test(`${moduleId}: hydrating and loading progress never move a lesson's Next link`, async ({
		page,
	}) => {
		// Each lesson is loaded and hydrated in full: a budget for a busy 2-core machine.
		test.setTimeout(30_000 + lessons.length * 15_000);
		const scripts = await holdScripts(page);
		for (const path of lessons) {
			const next = page.locator('.nhsuk-pagination__link--next');
			scripts.hold();
			await page.goto(path, { waitUntil: 'commit' });
			await page.locator('footer').waitFor({ state: 'attached' });
			// A module's last lesson has no Next.
			if ((await next.count()) === 0) continue;
			await page.evaluate(() =>
				Promise.all([...document.images].map((image) => image.decode().catch(() => undefined))),
			);
			const drawn = await nextLinkTop(page);

			await scripts.release();
			await hydrateAll(page);
			await expect(
				page.locator('.app-loading-note:not(.app-loading-note--done)'),
				`${path}: every island has loaded the learner's progress`,
			).toHaveCount(0, { timeout: 15_000 });
			expect(await nextLinkTop(page), `${path}: Next where the server drew it`).toBeCloseTo(
				drawn,
				0,
			);
		}
	});
}
