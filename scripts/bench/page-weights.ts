/**
 * JavaScript and CSS per built page, two ways:
 * - on load: every script and stylesheet response Chromium receives while the page loads and every
 *   island hydrates (scrolled into view, as `tests/e2e/support.ts` `hydrateAll` does);
 * - reachable: those files plus the page's whole module graph in `dist/_astro` (`module-graph.ts`),
 *   which adds the chunks loaded on first use (import, export, a tool's later steps). This is the
 *   figure held to the target: what the page has loaded once the learner has used everything.
 */
import type { Browser, Page, Response } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageAssets } from './built-pages.ts';
import { moduleClosure } from './module-graph.ts';

export interface PageWeight {
	path: string;
	loadJs: number;
	loadCss: number;
	/** JavaScript on load plus every lazy chunk the page can reach. */
	reachableJs: number;
	reachableCss: number;
	/** Files Chromium loaded that the module graph did not find: a gap in the graph if any. */
	loadedOutsideGraph: string[];
	/** Import specifiers pointing to no file. */
	missing: string[];
	hydrated: boolean;
}

/** Reads built files by site path, caching text and sizes across pages. */
export function distReader(dist: string) {
	const texts = new Map<string, string | undefined>();
	const read = (path: string) => {
		if (!texts.has(path)) {
			try {
				texts.set(path, readFileSync(join(dist, path), 'utf8'));
			} catch {
				texts.set(path, undefined);
			}
		}
		return texts.get(path);
	};
	const size = (path: string) => statSync(join(dist, path)).size;
	return { read, size };
}

async function hydrateAll(page: Page): Promise<boolean> {
	await page.evaluate(async () => {
		for (const island of document.querySelectorAll('astro-island')) {
			(island.firstElementChild ?? island).scrollIntoView();
			await new Promise((resolve) => requestAnimationFrame(resolve));
		}
		window.scrollTo(0, 0);
	});
	try {
		await page.waitForFunction(
			() => document.querySelectorAll('astro-island[ssr]').length === 0,
			undefined,
			{ timeout: 20_000 },
		);
		await page.waitForLoadState('networkidle');
		return true;
	} catch {
		return false;
	}
}

interface Loaded {
	path: string;
	type: 'script' | 'stylesheet';
	bytes: number;
}

async function loadInChromium(browser: Browser, origin: string, path: string) {
	// A fresh context per page: nothing comes from an earlier page's cache.
	const page = await browser.newPage();
	const pending: Array<Promise<Loaded | undefined>> = [];
	const onResponse = (response: Response) => {
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		const kind: Loaded['type'] = type;
		const url = new URL(response.url());
		pending.push(
			response
				.body()
				.then((body) => ({ path: url.pathname, type: kind, bytes: body.length }))
				.catch(() => undefined),
		);
	};
	page.on('response', onResponse);
	try {
		await page.goto(`${origin}${path}`);
		const hydrated = await hydrateAll(page);
		const loaded = (await Promise.all(pending)).filter((file) => file !== undefined);
		return { loaded, hydrated };
	} finally {
		page.off('response', onResponse);
		await page.context().close();
	}
}

/** Weighs one built page; `origin` serves `dist`. */
export async function weighPage(
	browser: Browser,
	origin: string,
	dist: ReturnType<typeof distReader>,
	path: string,
): Promise<PageWeight> {
	const { loaded, hydrated } = await loadInChromium(browser, origin, path);
	const html = dist.read(`${path}index.html`) ?? '';
	const assets = pageAssets(html, path);
	const graph = moduleClosure(assets.scripts, dist.read);
	const inGraph = new Set([...graph.files, ...assets.stylesheets]);
	const sum = (files: Iterable<string>) =>
		[...files].reduce((total, file) => total + dist.size(file), 0);
	const loadedScripts = loaded.filter((file) => file.type === 'script');
	const loadedStyles = loaded.filter((file) => file.type === 'stylesheet');
	const reachable = new Set([...graph.files, ...loadedScripts.map((file) => file.path)]);
	const reachableStyles = new Set([
		...assets.stylesheets,
		...loadedStyles.map((file) => file.path),
	]);
	for (const file of reachable) {
		if (file.endsWith('.css')) {
			reachable.delete(file);
			reachableStyles.add(file);
		}
	}
	return {
		path,
		loadJs: loadedScripts.reduce((total, file) => total + file.bytes, 0),
		loadCss: loadedStyles.reduce((total, file) => total + file.bytes, 0),
		reachableJs: sum(reachable),
		reachableCss: sum(reachableStyles),
		loadedOutsideGraph: loaded.map((file) => file.path).filter((file) => !inGraph.has(file)),
		missing: graph.missing,
		hydrated,
	};
}
