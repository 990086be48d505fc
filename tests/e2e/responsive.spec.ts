import { expect } from '@playwright/test';
import { builtPages, hydrateAll, test } from './support.ts';

// WCAG 1.4.10 Reflow: content fits 320 CSS pixels wide without scrolling sideways.
test.use({ viewport: { width: 320, height: 640 } });

for (const path of builtPages()) {
	test(`${path} reflows at 320 px without sideways scrolling`, async ({ page }) => {
		await page.goto(path);
		await hydrateAll(page);
		const overflow = await page.evaluate(() => ({
			page: document.documentElement.scrollWidth,
			wide: [...document.querySelectorAll('body *')]
				.filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
				// A diagram scrolls inside a labelled region the keyboard can reach (1.4.10 excepts
				// content that needs two dimensions); the region itself must still fit.
				.filter((el) => !el.parentElement?.closest('[role="region"][tabindex="0"]'))
				.slice(0, 5)
				.map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
		}));
		expect(overflow.wide, 'elements wider than the screen').toEqual([]);
		expect(overflow.page).toBeLessThanOrEqual(320);
	});
}
