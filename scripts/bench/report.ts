/** The bench's report sections for zips and page weights, printed to the console. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageSizeWarnings } from '../../scorm-build/size-budget.ts';
import { kb, median, verdict } from './figures.ts';
import { worstByGroup } from './page-groups.ts';
import type { PageWeight } from './page-weights.ts';
import { modulePackages, readPackagingReport } from './scorm-report.ts';

const JS_TARGET = 150 * 1024;
const CSS_TARGET = 50 * 1024;
const MODULE_ZIP_TARGET = 250 * 1024;

/** Zip sizes and suspend_data budgets from the packager's report in `dist`. */
export function printPackaging(dist: string) {
	const report = readPackagingReport(dist);
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

/** Page weights by group against the targets; every page to `resultsDir/page-weights.csv`. */
export function printWeights(weights: PageWeight[], resultsDir: string) {
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
	mkdirSync(resultsDir, { recursive: true });
	const csv = [
		'path,js_on_load,js_reachable,css_on_load,css_reachable',
		...weights.map((p) => [p.path, p.loadJs, p.reachableJs, p.loadCss, p.reachableCss].join(',')),
	];
	writeFileSync(join(resultsDir, 'page-weights.csv'), `${csv.join('\n')}\n`);
	console.log('  Every page: bench-results/page-weights.csv');
}
