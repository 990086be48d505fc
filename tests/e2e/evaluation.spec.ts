/**
 * The trainers' evaluation summary (/tools/evaluation/): three learners' progress files and a
 * Moodle 4.5 Interactions report (tests/fixtures/evaluation/, tab-separated as Moodle's text
 * download writes it, with SCORM 1.2 ids) loaded together, a broken file refused by name, the
 * figures read back from the chart and the table, and the CSV download.
 *
 * The outcome "o-legal-duty" of first-look, rated before → after:
 *   progress files  Alex 2 → 4, Bo 3 → 4, Cam 1 → (no end rating)
 *   Moodle          Dana 2 → 3, Eli 2 → 5 (attempt 2; attempt 1 rated 1 before and is set aside)
 * Before: 1×1, 3×2, 1×3 (5 learners, median 2). After: 1×3, 2×4, 1×5 (4 learners, median 4).
 * Changes of the 4 who rated both: +2, +1, +1, +3: median +1.5.
 */
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDelimited } from '../../src/lib/evaluation/delimited.ts';
import { AT, progressFile } from './progress-files.ts';
import { expectNoAxeViolations, hydrateAll, test, writeFiles } from './support.ts';

const PAGE = '/tools/evaluation/';
const MOODLE = join(
	import.meta.dirname,
	'../fixtures/evaluation/NHS-CYP Rights in Practice-20270210_0930-tab_separated.txt',
);
const OUTCOME =
	'Explain that NHS services have a legal duty to respect, protect and fulfil the rights in the Human Rights Act.';

/** A first-look record with the check-ins and feedback given. */
function firstLook(parts: Record<string, unknown>) {
	return {
		'first-look': {
			moduleId: 'first-look',
			moduleVersion: '1.0.0',
			startedAt: AT,
			updatedAt: AT,
			...parts,
		},
	};
}

const checkIn = (confidence: number | undefined, more: Record<string, unknown> = {}) => ({
	confidence: confidence === undefined ? {} : { 'o-legal-duty': confidence },
	statements: {},
	at: AT,
	...more,
});

const FILES = {
	'ward3-alex.json': progressFile(
		firstLook({
			checkIns: {
				start: checkIn(2, { rightsGuess: 6, rightsNamed: ['art-2', 'art-3', 'art-8'] }),
				end: checkIn(4),
			},
			feedback: {
				ratings: { relevance: 5, clarity: 4 },
				change: 'More time on the bedroom search scenario, please.',
				at: AT,
			},
		}),
		'Alex Morgan',
	),
	'ward3-bo.json': progressFile(
		firstLook({
			checkIns: { start: checkIn(3), end: checkIn(4) },
			feedback: {
				ratings: { relevance: 4 },
				change: '<b>Shorter</b> videos & fewer acronyms',
				at: AT,
			},
		}),
		'Bo Lee',
	),
	'ward3-cam.json': progressFile(firstLook({ checkIns: { start: checkIn(1) } })),
	// A rating of 7 is outside the scale: the file is damaged.
	'ward3-dee.json': progressFile(firstLook({ checkIns: { start: checkIn(7) } }), 'Dee Shah'),
};

async function open(page: Page) {
	await page.goto(PAGE);
	await hydrateAll(page);
	await expect(page.getByLabel('Progress files and LMS exports')).toBeEnabled();
}

/** Presses Tab until `target` has focus: the keyboard's own way there. */
async function tabTo(page: Page, target: Locator, limit = 60) {
	for (let presses = 0; presses < limit; presses += 1) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab did not reach ${target.toString()} in ${limit} presses`);
}

/** A table's body as text, one array of cells per row (the row header first). */
function rowsOf(table: Locator): Promise<string[][]> {
	return table
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')),
		);
}

/** Loads the three learners' files, the Moodle export and the broken file, by keyboard. */
async function loadAll(page: Page, testInfo: TestInfo) {
	const files = await writeFiles(testInfo, FILES);
	await tabTo(page, page.getByLabel('Progress files and LMS exports'));
	const chooser = page.waitForEvent('filechooser');
	await page.keyboard.press('Space');
	await (await chooser).setFiles([...Object.values(files), MOODLE]);
}

test('loads three progress files and a Moodle export, refuses a broken file by name, and shows the change', async ({
	page,
}, testInfo) => {
	test.setTimeout(60_000);
	await open(page);
	await loadAll(page, testInfo);

	const summary = page.locator('.nhsuk-error-summary');
	await expect(summary, 'the refused file is named, and the summary takes focus').toBeFocused();
	await expect(summary).toContainText(
		'ward3-dee.json: This progress file is damaged and cannot be loaded (problem at: modules › first-look › checkIns › start › confidence › o-legal-duty).',
	);
	await expect(summary.getByRole('listitem')).toHaveCount(1);
	await expect(page.getByRole('status').first()).toContainText('4 files loaded, 1 not loaded.');
	const loaded = page.locator('.app-evaluation__files');
	await expect(loaded.getByRole('listitem')).toHaveText([
		'ward3-alex.json: a learner’s progress file',
		'ward3-bo.json: a learner’s progress file',
		'ward3-cam.json: a learner’s progress file',
		'NHS-CYP Rights in Practice-20270210_0930-tab_separated.txt: an LMS export, 3 attempts',
	]);
	const counted = page.locator('section', {
		has: page.getByRole('heading', { name: '1. Load the files' }),
	});
	await expect(counted).toContainText('1 learner has no attempt yet and is not counted.');
	await expect(counted).toContainText(
		'Eli Green answered in more than one attempt (first-look): the latest attempt is counted.',
	);

	await expect(page.getByText('5 learners with at least one answer.')).toBeVisible();

	// The outcome's table and chart: the same figures.
	const item = page.locator('.app-evaluation__item', {
		has: page.getByRole('heading', { name: OUTCOME }),
	});
	const table = item.getByRole('table', {
		name: `Learners by answer, before and after: ${OUTCOME}`,
	});
	expect(await rowsOf(table)).toEqual([
		['1', '1', '0'],
		['2', '3', '0'],
		['3', '1', '1'],
		['4', '0', '2'],
		['5', '0', '1'],
		['Learners who answered', '5', '4'],
		['Median', '2', '4'],
	]);
	await expect(item.locator('.app-evaluation__change')).toHaveText(
		'Median change: +1.5, from the 4 learners who answered before and after.',
	);
	const chart = item.locator('svg.app-evaluation__chart');
	await expect(chart, 'the chart is for sight only: the table says the same').toHaveAttribute(
		'aria-hidden',
		'true',
	);
	expect(await chart.locator('.app-evaluation__value').allTextContents()).toEqual([
		'1',
		'3',
		'1',
		'0',
		'0',
		'0',
		'0',
		'1',
		'2',
		'1',
	]);
	const heights = await chart
		.locator('rect.app-evaluation__bar--before')
		.evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('height'))));
	expect(Math.max(...heights), 'the tallest "before" bar is rating 2').toBe(heights[1]);
	await expect(chart.locator('rect.app-evaluation__bar--after')).toHaveCount(5);

	// The course baseline: rights named by Alex (3 at the start) and Dana (5 at the start, 12 at the end).
	const named = page.getByRole('table', {
		name: 'Learners by answer, before and after: How many rights learners named',
	});
	expect(await rowsOf(named)).toEqual([
		['0 to 4', '1', '0'],
		['5 to 8', '1', '0'],
		['9 to 12', '0', '1'],
		['13 to 16', '0', '0'],
		['Learners who answered', '2', '1'],
		['Median', '4', '12'],
	]);
	await expect(
		page.locator('.app-evaluation__item', { has: named }).locator('.app-evaluation__change'),
	).toHaveText('Median change: +7, from the 1 learner who answered before and after.');

	// Feedback: relevance ratings and every written answer, as text, never as HTML.
	const relevance = page.getByRole('table', {
		name: 'Learners by rating: How relevant learners found the module',
	});
	expect(await rowsOf(relevance)).toEqual([
		['1', '0'],
		['2', '0'],
		['3', '0'],
		['4', '1'],
		['5', '1'],
		['Learners who answered', '2'],
		['Median', '4.5'],
	]);
	const comments = page.locator('.app-evaluation__comments li');
	await expect(comments).toHaveText([
		'More time on the bedroom search scenario, please.',
		'<b>Shorter</b> videos & fewer acronyms',
		'Fewer slides & more cases, please.',
	]);
	await expect(page.locator('.app-evaluation__comments b')).toHaveCount(0);

	await expectNoAxeViolations(page, 'the evaluation summary with files loaded');
});

test('counts a file loaded twice once, downloads every figure as CSV, and starts again', async ({
	page,
}, testInfo) => {
	test.setTimeout(60_000);
	await open(page);
	await loadAll(page, testInfo);
	await expect(page.getByText('5 learners with at least one answer.')).toBeVisible();

	const again = await writeFiles(testInfo, { 'alex-copy.json': FILES['ward3-alex.json'] });
	await page.getByLabel('Progress files and LMS exports').setInputFiles(again['alex-copy.json']!);
	await expect(page.getByRole('status').first()).toContainText(
		'No files loaded, 1 already loaded.',
	);
	await expect(page.getByRole('status').first()).toContainText(
		'alex-copy.json: this file is the same as ward3-alex.json, which is already loaded, so it is counted once.',
	);
	await expect(page.locator('.nhsuk-error-summary'), 'the earlier refusal is gone').toHaveCount(0);
	await expect(page.getByText('5 learners with at least one answer.')).toBeVisible();

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as CSV' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(
		/^rights-in-practice-evaluation-\d{4}-\d{2}-\d{2}\.csv$/,
	);
	const text = await readFile(await download.path(), 'utf8');
	expect(text.startsWith('\uFEFFSection,Module ID,Module,Item ID,Item,Measure,Value\r\n')).toBe(
		true,
	);
	const parsed = parseDelimited(text);
	expect(parsed.ok).toBe(true);
	const rows = parsed.ok ? parsed.rows : [];
	const value = (section: string, itemId: string, measure: string) =>
		rows.find((row) => row[0] === section && row[3] === itemId && row[5] === measure)?.[6];
	expect(value('All files', '', 'Learners with any answer')).toBe('5');
	expect(value('Confidence', 'o-legal-duty', 'Before: 2')).toBe('3');
	expect(value('Confidence', 'o-legal-duty', 'Median after')).toBe('4');
	expect(
		value(
			'Confidence',
			'o-legal-duty',
			'Median change (after minus before, learners who answered both)',
		),
	).toBe('1.5');
	expect(value('Course baseline', 'rights-named', 'After: 9 to 12')).toBe('1');
	expect(value('Feedback', 'relevance', 'Median')).toBe('4.5');
	expect(rows.filter((row) => row[3] === 'change').map((row) => row[6])).toEqual([
		'More time on the bedroom search scenario, please.',
		'<b>Shorter</b> videos & fewer acronyms',
		'Fewer slides & more cases, please.',
	]);
	expect(rows.find((row) => row[3] === 'o-legal-duty')?.[4]).toBe(OUTCOME);

	// Removing the files leaves nothing behind.
	await page.getByRole('button', { name: 'Remove all files' }).click();
	await expect(page.getByText('Load files to see the figures here.')).toBeVisible();
	await expect(page.getByLabel('Progress files and LMS exports')).toBeFocused();

	// A learner who has not answered anything yet: loaded, but no figures.
	const empty = await writeFiles(testInfo, { 'new-starter.json': progressFile({}) });
	await page.getByLabel('Progress files and LMS exports').setInputFiles(empty['new-starter.json']!);
	await expect(
		page.getByText(
			'new-starter.json: this progress file holds no confidence ratings or feedback yet.',
		),
	).toBeVisible();
	await expect(
		page.getByText('The files loaded hold no confidence ratings, baseline answers or feedback yet'),
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Download as CSV' })).toHaveCount(0);
});

test('the figures reflow on a 320 px screen', async ({ page }, testInfo) => {
	test.setTimeout(60_000);
	await page.setViewportSize({ width: 320, height: 640 });
	await open(page);
	await loadAll(page, testInfo);
	await expect(page.getByText('5 learners with at least one answer.')).toBeVisible();
	const overflow = await page.evaluate(() => ({
		page: document.documentElement.scrollWidth,
		wide: [...document.querySelectorAll('body *')]
			.filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
			.slice(0, 5)
			.map((el) => `${el.tagName.toLowerCase()}.${el.className.toString()}`),
	}));
	expect(overflow.wide, 'elements wider than the screen').toEqual([]);
	expect(overflow.page).toBeLessThanOrEqual(320);
	await expectNoAxeViolations(page, 'the evaluation summary at 320 px');
});

test('the Tools page lists the evaluation summary', async ({ page }) => {
	await page.goto('/tools/');
	await page.getByRole('link', { name: 'Evaluation summary' }).click();
	await expect(page).toHaveURL(/\/tools\/evaluation\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evaluation summary');
});
