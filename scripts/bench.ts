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
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageSizeWarnings } from '../scorm-build/size-budget.ts';
import { builtPages } from './bench/built-pages.ts';
import { kb, mb, median, percentile, verdict } from './bench/figures.ts';
import { worstByGroup } from './bench/page-groups.ts';
import { distReader, weighPage, type PageWeight } from './bench/page-weights.ts';
import { timePersisting } from './bench/persist.ts';
import { modulePackages, readPackagingReport } from './bench/scorm-report.ts';
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

const JS_TARGET = 150 * 1024;
const CSS_TARGET = 50 * 1024;
const MODULE_ZIP_TARGET = 250 * 1024;
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

function printPackaging() {
	const report = readPackagingReport(DIST);
	const single = modulePackages(report);
	const sizes = single.map((pkg) => pkg.bytes);
	const largest = single.toSorted((a, b) => b.bytes - a.bytes)[0];
	console.log('\nSCORM zips (targets: a module at most 250 KB, the whole course at most 1 MB)');
	console.log(
		`  ${single.length} module zips: median ${kb(median(sizes))} (${verdict(median(sizes), MODULE_ZIP_TARGET)}), largest ${largest ? `${kb(largest.bytes)} ${largest.file} (${verdict(largest.bytes, MODULE_ZIP_TARGET)})` : 'none'}`,
	);
	for (const pkg of report.packages.filter((p) => p.modules.length > 1))
		console.log(`  whole course: ${pkg.file} ${kb(pkg.bytes)}`);
	for (const warning of packageSizeWarnings(report.packages, {
		moduleCount: report.suspend.length,
	}))
		console.log(`  Over budget: ${warning}`);
	console.log('\nWorst-case suspend_data per module (SCORM 1.2 limit 4,096; target at most 1,024)');
	for (const module of report.suspend)
		console.log(`  ${module.id.padEnd(40)} ${String(module.worstCase).padStart(5)} characters`);
	console.log(
		`  ${'the one-SCO course (limit 4,096)'.padEnd(40)} ${String(report.course.worstCase).padStart(5)} characters`,
	);
}

function printWeights(weights: PageWeight[]) {
	console.log(
		`\nJavaScript and CSS per page in Chromium (${weights.length} pages; targets: JS at most 150 KB including lazy chunks, CSS at most 50 KB)`,
	);
	console.log('  on load: script and stylesheet responses until every island has hydrated;');
	console.log(
		'  reachable: on load plus every chunk the page can import later (its module graph).',
	);
	const columns = (jsLoad: string, jsAll: string, css: string) =>
		`${jsLoad.padStart(11)} ${jsAll.padStart(18)} ${css.padStart(16)}`;
	console.log(
		`  ${'Group (pages): heaviest page'.padEnd(70)}${columns('JS on load', 'JS reachable', 'CSS')}`,
	);
	for (const { group, pages, worst } of worstByGroup(weights, (page) => page.reachableJs)) {
		const css = Math.max(...pages.map((page) => page.reachableCss));
		console.log(
			`  ${`${group} (${pages.length}): ${worst.path}`.padEnd(70)}${columns(
				kb(worst.loadJs),
				`${kb(worst.reachableJs)} ${verdict(worst.reachableJs, JS_TARGET)}`,
				`${kb(css)} ${verdict(css, CSS_TARGET)}`,
			)}`,
		);
	}
	const worstJs = weights.toSorted((a, b) => b.reachableJs - a.reachableJs)[0]!;
	const worstCss = weights.toSorted((a, b) => b.reachableCss - a.reachableCss)[0]!;
	console.log(
		`  Worst page for JS: ${worstJs.path} ${kb(worstJs.loadJs)} on load, ${kb(worstJs.reachableJs)} reachable (${verdict(worstJs.reachableJs, JS_TARGET)})`,
	);
	console.log(
		`  Worst page for CSS: ${worstCss.path} ${kb(worstCss.reachableCss)} (${verdict(worstCss.reachableCss, CSS_TARGET)})`,
	);
	const overJs = weights.filter((page) => page.reachableJs > JS_TARGET).length;
	const overCss = weights.filter((page) => page.reachableCss > CSS_TARGET).length;
	console.log(
		`  Pages over the JS target: ${overJs} of ${weights.length}; over the CSS target: ${overCss}`,
	);
	for (const page of weights) {
		if (!page.hydrated) console.log(`  Not every island hydrated within 20 s: ${page.path}`);
		for (const file of page.loadedOutsideGraph)
			console.log(
				`  Loaded but not in the module graph (the graph misses it): ${page.path} ${file}`,
			);
		for (const gap of page.missing) console.log(`  Import of a missing file: ${page.path} ${gap}`);
	}
	mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
	const csv = [
		'path,js_on_load,js_reachable,css_on_load,css_reachable',
		...weights.map((p) => [p.path, p.loadJs, p.reachableJs, p.loadCss, p.reachableCss].join(',')),
	];
	writeFileSync(join(ROOT, 'bench-results', 'page-weights.csv'), `${csv.join('\n')}\n`);
	console.log('  Every page: bench-results/page-weights.csv');
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
		printWeights(weights);

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
printPackaging();
await measureInChromium();
if (quick) console.log('\nSynthetic 100-module build skipped (--quick).');
else await measureSyntheticBuild(real);
