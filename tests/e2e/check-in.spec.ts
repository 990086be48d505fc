/**
 * Confidence before and after, the course baseline and module feedback on the site (issue 13):
 * a learner rates before, completes the module, rates after, and sees the change, on the lesson
 * and on My progress; nothing changes the score, and nothing leaves the device.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
	expectNoAxeViolations,
	hydrateAll,
	passFirstLookAssessment,
	recordForeignRequests,
	test,
	waitForHydration,
} from './support.ts';

const MODULE = '/modules/first-look/';

const checkIn = (page: Page, title: RegExp): Locator =>
	page.locator('section.app-check-in', { has: page.getByRole('heading', { name: title }) });

/** Picks `point` (its visible label, e.g. "2: A little confident") for the question `legend`. */
async function rate(section: Locator, legend: RegExp, point: string): Promise<void> {
	await section.getByRole('group', { name: legend }).getByLabel(point, { exact: true }).check();
}

const LEGAL_DUTY = /legal duty to respect, protect and fulfil/;
const NAME_TYPES = /how many rights the Act protects/;

test('a learner rates before, completes the module, rates after and sees the change', async ({
	page,
	baseURL,
}) => {
	// A whole module plus My progress: a dozen page loads on a busy 2-core machine.
	test.setTimeout(150_000);
	const foreign = recordForeignRequests(page, new URL(baseURL!).origin);

	// Lesson 1: the start check-in, with a mistake first.
	await page.goto(`${MODULE}l-why-rights/`);
	await hydrateAll(page);
	const start = checkIn(page, /Before you start/);
	await expect(start).toContainText('Your answers stay on this device.');
	await rate(start, LEGAL_DUTY, '2: A little confident');
	await rate(start, NAME_TYPES, '1: Not at all confident');
	await start.getByLabel(/How many of the 16 rights/).fill('20');
	await start.getByRole('button', { name: 'Save my answers' }).click();
	const problem = start.getByRole('alert');
	await expect(problem).toContainText('Enter a whole number from 0 to 16');
	await expect(problem, 'the error summary takes focus').toBeFocused();
	await problem.getByRole('link').click();
	await expect(start.getByLabel(/How many of the 16 rights/)).toBeFocused();
	await start.getByLabel(/How many of the 16 rights/).fill('6');
	await start
		.getByLabel(/write down as many of the rights/)
		.fill('Right to life\nprivacy\nfreedom of speech\na right to my phone');
	await rate(start, /raise a concern/, '2: Disagree');
	await start.getByRole('button', { name: 'Save my answers' }).click();
	await expect(start.getByRole('status')).toContainText('Your answers were saved');
	await expect(start.getByRole('status')).toContainText('You named 3 of the 16 rights.');
	await expect(start.getByRole('status').getByRole('listitem')).toHaveText([
		/Article 2/,
		/Article 8/,
		/Article 10/,
	]);
	await expect(problem).toHaveCount(0);

	// A reload keeps every answer (the typed names are not kept, only the rights they named).
	await page.reload();
	await hydrateAll(page);
	await expect(
		start.getByRole('group', { name: LEGAL_DUTY }).getByLabel('2: A little confident'),
	).toBeChecked();
	await expect(start.getByLabel(/How many of the 16 rights/)).toHaveValue('6');
	await expect(start.getByLabel(/write down as many of the rights/)).toHaveValue('');
	await expect(start.getByRole('status')).toContainText('You named 3 of the 16 rights.');

	// The rest of the module, and the assessment.
	for (const lesson of ['l-searching-a-bedroom', 'l-team-tools', 'l-first-look-check']) {
		await page.goto(`${MODULE}${lesson}/`);
		await hydrateAll(page);
		await expect(page.getByText(/Lessons opened: \d of 4/)).toBeVisible({ timeout: 15_000 });
	}
	await passFirstLookAssessment(page);
	await expect(page.getByText('Module complete')).toBeVisible({ timeout: 15_000 });

	// The end check-in, low confidence on purpose: it must not touch the score.
	const end = checkIn(page, /Now you have finished/);
	await expect(
		end.getByLabel(/How many of the 16 rights/),
		'first-look asks the baseline only at the start',
	).toHaveCount(0);
	await rate(end, LEGAL_DUTY, '4: Confident');
	await rate(end, NAME_TYPES, '1: Not at all confident');
	// Keyboard only for the last outcome: focus its first point, then arrow to the fifth.
	const searchFirst = end
		.getByRole('group', { name: /proportionate response/ })
		.getByLabel('1: Not at all confident');
	await searchFirst.focus();
	await page.keyboard.press('Space');
	for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowDown');
	await expect(
		end.getByRole('group', { name: /proportionate response/ }).getByLabel('5: Very confident'),
	).toBeChecked();
	await end.getByRole('button', { name: 'Save my answers' }).click();
	await expect(end.getByRole('status')).toContainText('Your answers were saved');
	const change = end.getByRole('table', { name: /Your confidence in each outcome/ });
	await expect(change.getByRole('row', { name: /legal duty/ })).toContainText(
		/2: A little confident\s*4: Confident\s*Up 2/,
	);
	await expect(change.getByRole('row', { name: /how many rights/ })).toContainText('No change');
	await expect(change.getByRole('row', { name: /proportionate response/ })).toContainText(
		/Not rated\s*5: Very confident/,
	);

	// Feedback, with the personal-data reminder.
	const feedback = page.locator('section.app-check-in', {
		has: page.getByRole('heading', { name: /Tell us what you thought/ }),
	});
	await expect(feedback).toContainText('Do not write names or anything that could identify you');
	await rate(feedback, /How relevant/, '5: Very relevant');
	await rate(feedback, /How clear/, '4: Clear');
	// Over the 4,000 characters SCORM 2004 holds: refused, with the field linked, nothing saved.
	await feedback.getByLabel(/What would you change/).fill('a'.repeat(4001));
	await feedback.getByRole('button', { name: 'Send feedback' }).click();
	const tooLong = feedback.getByRole('alert');
	await expect(tooLong).toContainText('Keep your answer to 4,000 characters or fewer');
	await expect(tooLong).toBeFocused();
	await expect(feedback.getByRole('status')).not.toContainText('Thank you.');
	await feedback.getByLabel(/What would you change/).fill('More examples from night shifts.');
	await feedback.getByRole('button', { name: 'Send feedback' }).click();
	await expect(feedback.getByRole('status')).toContainText('Thank you.');
	await expectNoAxeViolations(page, 'the last lesson with both check-ins answered');

	await page.reload();
	await hydrateAll(page);
	await expect(page.getByText('Module complete')).toBeVisible();
	await expect(feedback.getByLabel(/What would you change/)).toHaveValue(
		'More examples from night shifts.',
	);

	// My progress: the score is the assessment's alone, and the change is there.
	await page.goto('/progress/');
	await hydrateAll(page);
	const row = page.locator('.app-progress__module', { hasText: 'A first look' });
	await expect(row.getByText('100% (pass mark 80%), passed')).toBeVisible();
	const mine = page.getByRole('table', {
		name: /A first look.*your confidence at the start and at the end/,
	});
	await expect(mine.getByRole('row', { name: /legal duty/ })).toContainText('Up 2');
	const rights = page.getByRole('table', { name: 'How many of the 16 rights you could name' });
	await expect(rights.getByRole('row', { name: /You named/ })).toContainText(/3 of 16\s*Not rated/);
	await expect(rights.getByRole('row', { name: /You thought/ })).toContainText('6 of 16');
	await expect(
		page
			.getByRole('table', { name: /everyday decisions/ })
			.getByRole('row', { name: /raise a concern/ }),
	).toContainText('2: Disagree');
	await expectNoAxeViolations(page, 'My progress with check-ins');

	// The exported progress file carries the answers, so a trainer can count them.
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download my progress' }).click();
	const file = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as {
		progress: { modules: Record<string, { checkIns?: unknown; feedback?: unknown }> };
	};
	const record = file.progress.modules['first-look'];
	expect(record?.checkIns).toMatchObject({
		start: {
			confidence: { 'o-legal-duty': 2, 'o-name-types': 1 },
			rightsGuess: 6,
			rightsNamed: ['art-2', 'art-8', 'art-10'],
		},
		end: { confidence: { 'o-legal-duty': 4, 'o-name-types': 1, 'o-proportionate-search': 5 } },
	});
	expect(record?.feedback).toMatchObject({
		ratings: { relevance: 5, clarity: 4 },
		change: 'More examples from night shifts.',
	});
	expect(foreign, 'nothing leaves the device').toEqual([]);
});

test('a module with no baseline asks only for confidence, and the check-in fits 320 px', async ({
	page,
}) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto('/modules/legal-duties/');
	await waitForHydration(page);
	await page.getByRole('link', { name: /Start module/ }).click();
	await hydrateAll(page);
	const start = checkIn(page, /Before you start/);
	await expect(start.getByRole('group')).toHaveCount(5);
	await expect(start.getByLabel(/How many of the 16 rights/)).toHaveCount(0);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow, 'no sideways scrolling at 320 px').toBeLessThanOrEqual(0);
	await start.getByRole('link', { name: 'Skip to the lesson' }).click();
	await expect(page.locator('#lesson-text')).toBeFocused();
});
