/**
 * `npm run bench`: builds the course and prints the figures the project tracks (README ›
 * Performance). It measures and reports; it never fails on a target (each figure is printed beside
 * its target, marked `within` or `OVER`).
 *
 * - build time and peak memory of the real course (target: whole build at most 30 s);
 * - SCORM zip sizes (target: a module's zip at most 250 KB) and worst-case suspend_data;
 * - JavaScript and CSS per built page as Chromium loads them, and the JavaScript the page can
 *   reach through lazy chunks (targets: JS at most 150 KB including lazy chunks, CSS at most 50 KB);
 * - the time the Dexie adapter takes to persist one progress event (target: median under 5 ms);
 * - the build of a synthetic 100-module course in a temporary folder (skipped with `--quick`).
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './bench/built-pages.ts';
import { mb, median, percentile, verdict } from './bench/figures.ts';
import { distReader, weighPage, type PageWeight } from './bench/page-weights.ts';
import { timePersisting } from './bench/persist.ts';
import { printPackaging, printWeights } from './bench/report.ts';
import { serveStatic } from './bench/static-server.ts';
import { createSyntheticProject, removeProject } from './bench/synthetic-course.ts';
import { timedRun, type RunFigures } from './bench/timed-run.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const PORT = 4543;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const EXECUTABLE =
	process.env['CHROMIUM_PATH'] ??
	(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const BUILD_TARGET_SECONDS = 30;
/** The synthetic course holds the real modules this many times over (10 modules: 100). */
const SYNTHETIC_COPIES = 10;

const quick = process.argv.includes('--quick');

interface BuildFigures {
	site: RunFigures;
	scorm: RunFigures;
	pages: number;
}

async function buildCourse(dir: string): Promise<BuildFigures> {
	const astro = join(dir, 'node_modules/astro/bin/astro.mjs');
	const site = await timedRun(process.execPath, [astro, 'build'], { cwd: dir });
	const pages = builtPages(join(dir, 'dist')).length;
	const scorm = await timedRun(process.execPath, ['scorm-build/cli.ts'], { cwd: dir });
	return { site, scorm, pages };
}

const memory = (run: RunFigures) =>
	run.peakBytes === undefined
		? 'peak memory not measured (no /proc)'
		: `peak memory ${mb(run.peakBytes)}`;
const totalSeconds = (build: BuildFigures) => build.site.seconds + build.scorm.seconds;

function printBuild(build: BuildFigures) {
	console.log(
		`  Website (astro build): ${build.pages} pages in ${build.site.seconds.toFixed(1)} s, ${memory(build.site)}`,
	);
	console.log(
		`  SCORM packages (second build, zips, schema checks): ${build.scorm.seconds.toFixed(1)} s, ${memory(build.scorm)}`,
	);
}

async function measureInChromium() {
	const server = await serveStatic(DIST, PORT);
	const browser = await chromium.launch({
		...(EXECUTABLE ? { executablePath: EXECUTABLE } : {}),
		args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
	});
	try {
		const reader = distReader(DIST);
		const weights: PageWeight[] = [];
		for (const path of builtPages(DIST))
			weights.push(await weighPage(browser, ORIGIN, reader, path));
		printWeights(weights, join(ROOT, 'bench-results'));

		const times = await timePersisting(browser, `${ORIGIN}/glossary/`, 300);
		console.log(
			'\nPersisting a progress event in IndexedDB (Dexie adapter, Chromium, 300 events; target: median under 5 ms)',
		);
		console.log(
			`  median ${median(times).toFixed(2)} ms, 95th percentile ${percentile(times, 0.95).toFixed(2)} ms`,
		);
	} finally {
		await browser.close();
		server.close();
	}
}

async function measureSyntheticBuild(real: BuildFigures) {
	const { dir, modules } = await createSyntheticProject(ROOT, SYNTHETIC_COPIES);
	try {
		console.log(
			`\nSynthetic course: ${modules} modules (the real modules ${SYNTHETIC_COPIES} times over, ids renamed), built in a temporary copy of the project`,
		);
		const synthetic = await buildCourse(dir);
		printBuild(synthetic);
		const ratio = totalSeconds(synthetic) / totalSeconds(real);
		const content = synthetic.pages / real.pages;
		console.log(
			`  Whole build: ${totalSeconds(synthetic).toFixed(1)} s, ${ratio.toFixed(2)}× the real course's time for ${content.toFixed(1)}× its pages`,
		);
	} finally {
		await removeProject(dir);
	}
}

console.log('Build of the real course');
const real = await buildCourse(ROOT);
printBuild(real);
console.log(
	`  Whole build: ${totalSeconds(real).toFixed(1)} s (target at most ${BUILD_TARGET_SECONDS} s: ${verdict(totalSeconds(real), BUILD_TARGET_SECONDS)})`,
);
printPackaging(DIST);
await measureInChromium();
if (quick) console.log('\nSynthetic 100-module build skipped (--quick).');
else await measureSyntheticBuild(real);
