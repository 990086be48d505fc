/**
 * `npm run bench`: builds the site and prints the figures the project tracks. It measures and
 * reports; it never fails on a target (targets are printed beside each figure for reading).
 *
 * - build time, total and per page (targets: whole course under 60 s on 2 cores);
 * - JavaScript loaded per page type once every island has hydrated (target: at most 150 KB;
 *   reference pages none);
 * - median time for the Dexie adapter to persist one progress event in Chromium (target < 5 ms).
 */
import { chromium, type Page } from '@playwright/test';
import { build as esbuild } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageSizeWarnings } from '../scorm-build/size-budget.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const PORT = 4391;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const EXECUTABLE =
	process.env['CHROMIUM_PATH'] ??
	(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

function countPages(dir: string): number {
	return readdirSync(dir).reduce((count, name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return count + countPages(path);
		return count + (name === 'index.html' ? 1 : 0);
	}, 0);
}

function median(values: number[]): number {
	const sorted = values.toSorted((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function timed(command: string, args: string[]): number {
	const started = performance.now();
	const result = spawnSync(command, args, { cwd: ROOT, stdio: 'ignore' });
	if (result.status !== 0) throw new Error('The build failed; run `npm run build` to see why.');
	return (performance.now() - started) / 1000;
}

function measureBuild() {
	const seconds = timed('npx', ['astro', 'build']);
	const pages = countPages(DIST);
	const packagingSeconds = timed('node', ['scorm-build/cli.ts']);
	return { seconds, pages, packagingSeconds };
}

interface PackagingReport {
	packages: Array<{ file: string; bytes: number; modules: string[] }>;
	suspend: Array<{ id: string; worstCase: number }>;
	course: { layout: string; worstCase: number };
}

async function hydrate(page: Page) {
	await page.evaluate(async () => {
		for (const island of document.querySelectorAll('astro-island')) {
			(island.firstElementChild ?? island).scrollIntoView();
			await new Promise((resolve) => requestAnimationFrame(resolve));
		}
	});
	await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
	await page.waitForLoadState('networkidle');
}

async function measureJs(page: Page, path: string): Promise<{ bytes: number; files: number }> {
	let bytes = 0;
	let files = 0;
	const onResponse = async (response: import('@playwright/test').Response) => {
		if (response.request().resourceType() !== 'script') return;
		files += 1;
		bytes += (await response.body()).length;
	};
	page.on('response', onResponse);
	await page.goto(`${ORIGIN}${path}`);
	await hydrate(page);
	page.off('response', onResponse);
	return { bytes, files };
}

async function measurePersist(page: Page): Promise<number[]> {
	const bundle = await esbuild({
		entryPoints: [join(ROOT, 'scripts/bench/persist-entry.ts')],
		bundle: true,
		format: 'iife',
		write: false,
		platform: 'browser',
		target: 'es2022',
		minify: true,
	});
	await page.goto(`${ORIGIN}/glossary/`);
	await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
	return page.evaluate(() => window.benchPersist(300));
}

const PAGE_TYPES: Array<[string, string]> = [
	['Course home', '/'],
	['Module overview', '/modules/first-look/'],
	['Lesson: text and reflection', '/modules/first-look/l-why-rights/'],
	['Lesson: scenario', '/modules/first-look/l-searching-a-bedroom/'],
	['Lesson: Rights Check and Traffic Light', '/modules/first-look/l-team-tools/'],
	['Lesson: quiz', '/modules/first-look/l-first-look-check/'],
	['My progress', '/progress/'],
	['Certificate', '/modules/first-look/certificate/'],
	['Rights index', '/rights/'],
	['Right', '/rights/art-8/'],
	['Glossary', '/glossary/'],
	['Sources', '/sources/'],
	['Tool: the Rights Check', '/tools/rights-check/'],
	['Tool: the Traffic Light review', '/tools/traffic-light/'],
];

const build = measureBuild();
console.log('Build');
console.log(
	`  Website: ${build.pages} pages in ${build.seconds.toFixed(1)} s, ${((build.seconds * 1000) / build.pages).toFixed(0)} ms per page (target: whole course under 60 s)`,
);
console.log(`  SCORM packages (second build and zips): ${build.packagingSeconds.toFixed(1)} s`);

const packaging = JSON.parse(
	readFileSync(join(DIST, 'scorm', 'report.json'), 'utf8'),
) as PackagingReport;
console.log('\nSCORM zips (targets: one module under 250 KB, whole course under 1 MB)');
for (const pkg of packaging.packages)
	console.log(`  ${pkg.file.padEnd(56)} ${kb(pkg.bytes).padStart(9)}`);
const oversized = packageSizeWarnings(packaging.packages, {
	moduleCount: packaging.suspend.length,
});
for (const warning of oversized) console.log(`  Over budget: ${warning}`);
console.log('\nWorst-case suspend_data per module (SCORM 1.2 limit 4,096; target at most 1,024)');
for (const module of packaging.suspend)
	console.log(`  ${module.id.padEnd(40)} ${String(module.worstCase).padStart(5)} characters`);
console.log(
	`  ${'the one-SCO course (limit 4,096)'.padEnd(40)} ${String(packaging.course.worstCase).padStart(5)} characters`,
);

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
	cwd: ROOT,
	stdio: 'ignore',
	detached: true,
});
try {
	for (let tries = 0; ; tries += 1) {
		try {
			if ((await fetch(ORIGIN)).ok) break;
		} catch {
			if (tries > 100) throw new Error('astro preview did not start');
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	const browser = await chromium.launch({
		...(EXECUTABLE ? { executablePath: EXECUTABLE } : {}),
		args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
	});
	try {
		console.log(
			'\nJavaScript loaded per page type, after every island hydrates (target: at most 150 KB; reference pages none)',
		);
		for (const [name, path] of PAGE_TYPES) {
			const page = await browser.newPage();
			const { bytes, files } = await measureJs(page, path);
			console.log(
				`  ${name.padEnd(40)} ${kb(bytes).padStart(9)}  ${files} file${files === 1 ? '' : 's'}`,
			);
			await page.close();
		}

		const page = await browser.newPage();
		const times = await measurePersist(page);
		console.log(
			'\nPersisting a progress event in IndexedDB (Dexie adapter, Chromium, 300 events; target: median under 5 ms)',
		);
		console.log(
			`  median ${median(times).toFixed(2)} ms, 95th percentile ${times.toSorted((a, b) => a - b)[Math.floor(times.length * 0.95)]!.toFixed(2)} ms`,
		);
	} finally {
		await browser.close();
	}
} finally {
	process.kill(-server.pid!);
}
