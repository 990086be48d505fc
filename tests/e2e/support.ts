import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const DIST = join(import.meta.dirname, '../../dist');

/** A `securitypolicyviolation` event, as the page reported it. */
export interface CspViolation {
	page: string;
	directive: string;
	blocked: string;
	sample: string;
	source: string;
}

declare global {
	interface Window {
		ripReportCspViolation?: (violation: Omit<CspViolation, 'page'>) => void;
	}
}

/**
 * Playwright's `test`, with one more check on every test that uses it: no page or frame of the
 * test's browser context reported a Content-Security-Policy violation (a script, style, image
 * or request the policy refused), whether on load or later, when the learner used an island.
 * Contexts a test opens itself with `browser.newContext()` are not watched. A test that provokes
 * a violation on purpose reads `cspViolations` and empties it.
 */
export const test = base.extend<{ cspViolations: CspViolation[] }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from the pattern.
	cspViolations: async ({}, use) => {
		const violations: CspViolation[] = [];
		await use(violations);
		expect(violations, 'Content-Security-Policy violations').toEqual([]);
	},
	context: async ({ context, cspViolations }, use) => {
		await context.exposeBinding('ripReportCspViolation', ({ frame }, violation: CspViolation) => {
			cspViolations.push({ ...violation, page: frame.url() });
		});
		await context.addInitScript(() => {
			document.addEventListener(
				'securitypolicyviolation',
				(event) =>
					window.ripReportCspViolation?.({
						directive: event.effectiveDirective,
						blocked: event.blockedURI,
						sample: event.sample,
						source: `${event.sourceFile}:${event.lineNumber}`,
					}),
				true,
			);
		});
		await use(context);
	},
});

/** Every page the build wrote, as site paths (`/`, `/rights/art-8/` …). */
export function builtPages(): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) {
				if (name !== '_astro') walk(path);
			} else if (name === 'index.html') {
				pages.push(`/${relative(DIST, dir)}${dir === DIST ? '' : '/'}`.replace('//', '/'));
			}
		}
	};
	walk(DIST);
	return pages.sort();
}

/**
 * Waits until every island on the page has hydrated (Astro removes `ssr` when it has). Budget:
 * 20 s, because on a busy 2-core machine a page with several islands has taken over 10 s.
 */
export async function waitForHydration(page: Page): Promise<void> {
	await page.waitForFunction(
		() => document.querySelectorAll('astro-island[ssr]').length === 0,
		undefined,
		{ timeout: 20_000 },
	);
}

/**
 * Scrolls through the page so `client:visible` islands hydrate, then waits for them. An island
 * starts watching for visibility only once the page has parsed (DOMContentLoaded), so that comes
 * first. The browser sees an island in view only when it next draws the page, so each scroll waits
 * for two frames (the second after a drawing); an island still waiting after a pass gets another,
 * as on a busy machine a frame can come after the pass has scrolled on. Budget: 20 s, because a
 * page with several islands has taken over 10 s on a busy 2-core machine.
 */
export async function hydrateAll(page: Page): Promise<void> {
	await page.waitForLoadState('domcontentloaded');
	await expect(async () => {
		await page.evaluate(scrollIslandsIntoView);
		await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 2000 });
	}).toPass({ timeout: 20_000 });
}

/**
 * In the page: scrolls each island not yet hydrated into view, waiting until the page has been
 * drawn with it in view (or 500 ms, where the browser is not drawing this document, as in a frame
 * it throttles: there a frame never comes), then back to the top.
 */
export async function scrollIslandsIntoView(): Promise<void> {
	const drawn = () =>
		new Promise((resolve) => {
			requestAnimationFrame(() => requestAnimationFrame(resolve));
			setTimeout(resolve, 500);
		});
	for (const island of document.querySelectorAll('astro-island[ssr]')) {
		(island.firstElementChild ?? island).scrollIntoView();
		await drawn();
	}
	window.scrollTo(0, 0);
}

/** Axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules. */
export async function expectNoAxeViolations(page: Page, context: string): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
		.analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
	);
	expect(summary, `axe violations on ${context}`).toEqual([]);
}

/** Fails the test if the page asks for anything from another origin. */
export function recordForeignRequests(page: Page, origin: string): string[] {
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== origin) foreign.push(url);
	});
	return foreign;
}

/**
 * The module record as the device has stored it (IndexedDB `rights-in-practice`, table
 * `modules`), read straight from the database so a test can wait for a save to land before it
 * reloads, as a learner's browser would have by the time they think of reloading.
 */
export async function storedModule(page: Page, moduleId: string): Promise<unknown> {
	return page.evaluate(
		(id) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('rights-in-practice');
				open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('modules')) {
						db.close();
						resolve(undefined);
						return;
					}
					const get = db.transaction('modules').objectStore('modules').get(id);
					get.onsuccess = () => {
						resolve(get.result);
						db.close();
					};
					get.onerror = () => reject(get.error ?? new Error('IndexedDB read failed'));
				};
			}),
		moduleId,
	);
}

/** Answers one question of a lesson's quiz with `options` and waits for "Correct.". */
async function answerCorrectly(page: Page, question: RegExp, options: string[]): Promise<void> {
	const form = page
		.locator('form.app-question')
		.filter({ has: page.getByRole('group', { name: question }) });
	for (const option of options) await form.getByLabel(option).check();
	await form.getByRole('button', { name: 'Check answer' }).click();
	await expect(form.getByRole('status')).toContainText('Correct.');
}

/** On first-look's last lesson: every assessment answer right (100%). */
export async function passFirstLookAssessment(page: Page): Promise<void> {
	await answerCorrectly(page, /How many Convention rights/, ['16']);
	await answerCorrectly(page, /Which of these rights are absolute/, [
		'Article 3: no torture or inhuman or degrading treatment',
		'Article 7: no punishment without law',
	]);
	await answerCorrectly(page, /Article 13, the right to an effective remedy/, ['False']);
	await answerCorrectly(page, /failing to act/, ['True']);
	await answerCorrectly(page, /most proportionate first step/, [
		'Explain the concern, ask for their consent, and search with them present if it is safe.',
	]);
}

/** Writes a test's files into its own output folder and returns their paths by name. */
export async function writeFiles(
	testInfo: TestInfo,
	files: Record<string, string>,
): Promise<Record<string, string>> {
	const dir = testInfo.outputPath('files');
	await mkdir(dir, { recursive: true });
	const paths: Record<string, string> = {};
	for (const [name, text] of Object.entries(files)) {
		paths[name] = join(dir, name);
		await writeFile(paths[name], text);
	}
	return paths;
}
