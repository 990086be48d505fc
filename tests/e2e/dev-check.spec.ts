/**
 * The course check while a trainer writes (`npm run dev`): a problem saved into a lesson appears
 * on the page with its file, line and fix, and goes away when the lesson is put right. This spec
 * starts its own `astro dev` (port `E2E_DEV_PORT`, default 4331) and edits a real lesson, always
 * writing the original bytes back. The other specs run against the built site and never see it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { test } from './support.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const PORT = Number(process.env['E2E_DEV_PORT'] ?? 4331);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const LESSON_FILE = 'modules/00-first-look/03-team-tools.mdx';
const LESSON_PAGE = '/modules/first-look/l-team-tools/';
const OTHER_PAGE = '/modules/first-look/l-why-rights/';
/** Starting the dev server and compiling the first page has taken over a minute on 2 busy cores. */
const STARTUP_BUDGET = 180_000;
/** A save, the check run and the page update, on a busy machine. */
const UPDATE_BUDGET = 60_000;

async function responds(url: string): Promise<boolean> {
	try {
		return (await fetch(url)).ok;
	} catch {
		return false;
	}
}

function running(process: ChildProcess): boolean {
	return process.exitCode === null && process.signalCode === null;
}

test.describe('Live course check in npm run dev', () => {
	test.describe.configure({ mode: 'serial' });

	let server: ChildProcess | undefined;
	let output = '';
	let original: Buffer | undefined;
	let passed = false;

	test.beforeAll(async () => {
		test.setTimeout(STARTUP_BUDGET + 10_000);
		// Astro moves to another port when this one is taken, so a busy port would test the wrong server.
		expect(await responds(ORIGIN), `port ${PORT} is free (set E2E_DEV_PORT)`).toBe(false);
		original = await readFile(join(ROOT, LESSON_FILE));
		server = spawn(
			process.execPath,
			[
				join(ROOT, 'node_modules/astro/bin/astro.mjs'),
				'dev',
				'--host',
				'127.0.0.1',
				'--port',
				String(PORT),
			],
			{ cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
		);
		const record = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
		server.stdout?.on('data', record);
		server.stderr?.on('data', record);
		// Astro also refuses to start a second dev server for one checkout: fail at once, with its words.
		const lessonUrl = `${ORIGIN}${LESSON_PAGE}`;
		const deadline = Date.now() + STARTUP_BUDGET;
		while (!(await responds(lessonUrl))) {
			if (!running(server)) throw new Error(`astro dev stopped:\n${output}`);
			if (Date.now() > deadline) throw new Error(`astro dev never served ${lessonUrl}:\n${output}`);
			await new Promise((resolve) => setTimeout(resolve, 1_000));
		}
	});

	test.afterAll(async () => {
		if (!passed) console.log(`astro dev output:\n${output}`);
		if (original) await writeFile(join(ROOT, LESSON_FILE), original);
		// The whole process group, in case Astro started processes of its own.
		if (server?.pid && running(server)) process.kill(-server.pid, 'SIGTERM');
	});

	test('shows a problem saved into a lesson with its file, line and fix, and clears it when fixed', async ({
		page,
		context,
	}) => {
		test.setTimeout(4 * UPDATE_BUDGET);
		const banner = page.getByRole('region', { name: /The course check found/ });
		await page.goto(`${ORIGIN}${LESSON_PAGE}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('#app-course-check'), 'the banner script runs').toBeAttached();
		await expect(banner, 'no banner while the course is fine').toHaveCount(0);

		// A misspelt field in the lesson's frontmatter, on line 3. The page itself still renders:
		// an unknown component or id would make Astro show its own error page instead.
		const [opening, idLine, ...rest] = original!.toString('utf8').split('\n');
		const edited = [opening, idLine, 'contentWarnng: Mentions restraint.', ...rest].join('\n');
		await writeFile(join(ROOT, LESSON_FILE), edited);

		await expect(banner, 'the banner appears after the save').toBeVisible({
			timeout: UPDATE_BUDGET,
		});
		await expect(banner.getByRole('heading')).toHaveText('The course check found 1 problem.');
		const problem = banner.getByRole('listitem');
		await expect(problem).toHaveCount(1);
		await expect(problem).toContainText(`${LESSON_FILE}:3:1`);
		await expect(problem).toContainText('Field: contentWarnng');
		await expect(problem).toContainText('Fix: Did you mean contentWarning?');
		await expect(page.getByRole('status').filter({ hasText: 'course check' })).toHaveText(
			'The course check found 1 problem.',
		);

		// From the skip link, the next Tab stop is the list of problems, with a visible focus ring.
		// Astro may reload the page once after a save, so the steps are retried as a whole.
		const list = banner.getByRole('list', { name: 'Problems, by file and line' });
		await expect(async () => {
			await page.getByRole('link', { name: 'Skip to main content' }).focus();
			await page.keyboard.press('Tab');
			await expect(list).toBeFocused({ timeout: 1_000 });
			expect(await list.evaluate((element) => getComputedStyle(element).boxShadow)).not.toBe(
				'none',
			);
			const axe = await new AxeBuilder({ page })
				.include('#app-course-check')
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
				.analyze();
			expect(axe.violations.map((violation) => violation.id)).toEqual([]);
		}, 'the list of problems is the Tab stop after the skip link, focused visibly').toPass({
			timeout: UPDATE_BUDGET,
		});

		// A page opened after the save asks the server and shows the same problem.
		const later = await context.newPage();
		await later.goto(`${ORIGIN}${OTHER_PAGE}`);
		await expect(
			later.getByRole('region', { name: /The course check found/ }).getByRole('listitem'),
			'a page opened later shows the problem too',
		).toContainText(`${LESSON_FILE}:3:1`, { timeout: UPDATE_BUDGET });

		await writeFile(join(ROOT, LESSON_FILE), original!);
		await expect(banner, 'the banner goes when the lesson is fixed').toHaveCount(0, {
			timeout: UPDATE_BUDGET,
		});
		await expect(later.getByRole('region', { name: /The course check found/ })).toHaveCount(0, {
			timeout: UPDATE_BUDGET,
		});
		passed = true;
	});
});

test('the built site carries no trace of the live course check', () => {
	const dist = join(ROOT, 'dist');
	const traces: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (/\.(html|js|css)$/.test(name)) {
				const body = readFileSync(path, 'utf8');
				if (body.includes('rip:course-check') || body.includes('app-course-check')) {
					traces.push(path);
				}
			}
		}
	};
	walk(dist);
	expect(traces, 'built files that mention the live course check').toEqual([]);
});
