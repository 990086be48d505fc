/**
 * Times the real Dexie storage adapter persisting progress events in Chromium: `persist-entry.ts`
 * is bundled and run in a page of the built site.
 */
import type { Browser } from '@playwright/test';
import { build } from 'esbuild';
import { join } from 'node:path';

/** Milliseconds for each of `count` events, in order. */
export async function timePersisting(
	browser: Browser,
	pageUrl: string,
	count: number,
): Promise<number[]> {
	const bundle = await build({
		entryPoints: [join(import.meta.dirname, 'persist-entry.ts')],
		bundle: true,
		format: 'iife',
		write: false,
		platform: 'browser',
		target: 'es2022',
		minify: true,
	});
	// The timing harness is injected as an inline script, which the site's Content-Security-Policy
	// rightly refuses; the policy is set aside for this page only, as it measures storage, not CSP.
	const context = await browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	try {
		await page.goto(pageUrl);
		await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
		return await page.evaluate((events) => window.benchPersist(events), count);
	} finally {
		await context.close();
	}
}
