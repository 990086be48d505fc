/**
 * Confidence ratings and feedback in the packages (issue 13): in the preview LMS acting as Moodle
 * 4.5, both SCORM versions, the answers arrive as neutral likert, numeric and fill-in interactions
 * that Moodle accepts, and they never change the score or the status.
 */
import { expect, type FrameLocator, type Locator } from '@playwright/test';
import { test } from './support.ts';
import {
	apiErrors,
	cmiText,
	finish,
	hydrated,
	interactionsOf,
	launch,
	lessons,
	lmsState,
	moduleZip,
	passQuiz,
	recordStrayRequests,
	resultOf,
	VERSIONS,
} from './lms-support.ts';

test.describe.configure({ timeout: 120_000 });

const checkIn = (frame: FrameLocator, title: RegExp): Locator =>
	frame.locator('section.app-check-in', { has: frame.getByRole('heading', { name: title }) });

async function rate(section: Locator, legend: RegExp, point: string): Promise<void> {
	await section.getByRole('group', { name: legend }).getByLabel(point, { exact: true }).check();
}

for (const version of VERSIONS) {
	test(`${version.name}: ratings and feedback reach Moodle as interactions, leave the score alone and resume on another computer`, async ({
		page,
		browser,
	}) => {
		const stray = recordStrayRequests(page);
		const zip = moduleZip(version);
		await launch(page, zip, { profile: 'moodle-4.5', learnerId: `evaluation-${version.suffix}` });
		const frame = lessons(page);
		await hydrated(frame);
		await frame.getByRole('link', { name: /Start module/ }).click();
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
			'Why rights matter on the ward',
		);
		await hydrated(frame);
		const start = checkIn(frame, /Before you start/);
		await expect(start).toContainText('sent to your organisation’s learning system');
		await rate(start, /legal duty/, '2: A little confident');
		await start.getByLabel(/How many of the 16 rights/).fill('5');
		await start.getByLabel(/write down as many/).fill('life\nliberty\nreligion\neducation');
		await rate(start, /everyday decisions about care/, '3: Neither agree nor disagree');
		await start.getByRole('button', { name: 'Save my answers' }).click();
		await expect(start.getByRole('status')).toContainText('You named 4 of the 16 rights.');

		for (const [index, title] of [
			'Scenario: searching a bedroom',
			'Tools for your team',
			'Check your understanding',
		].entries()) {
			await frame.locator('.nhsuk-pagination__link--next').click();
			await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title);
			await expect(frame.getByText(`Lessons opened: ${index + 2} of 4`)).toBeVisible({
				timeout: 15_000,
			});
		}
		await passQuiz(frame);
		await expect(frame.getByText('Module complete')).toBeVisible({ timeout: 15_000 });

		// The lowest confidence there is, after a perfect score.
		const end = checkIn(frame, /Now you have finished/);
		await rate(end, /legal duty/, '1: Not at all confident');
		await end.getByRole('button', { name: 'Save my answers' }).click();
		await expect(end.getByRole('status')).toContainText('Your answers were saved');
		const feedback = frame.locator('section.app-check-in', {
			has: frame.getByRole('heading', { name: /Tell us what you thought/ }),
		});
		await rate(feedback, /How relevant/, '4: Relevant');
		await feedback.getByLabel(/What would you change/).fill('{More} on\nnight shifts, please.');
		await feedback.getByRole('button', { name: 'Send feedback' }).click();
		await expect(feedback.getByRole('status')).toContainText('Thank you.');
		await finish(page, version);

		const state = await lmsState(page);
		expect(apiErrors(state), 'Moodle accepts every value').toEqual([]);
		expect(stray, 'no request leaves the package').toEqual([]);
		const stored = Object.values(state.stored)[0]!.cmi!;
		expect(resultOf(version, stored), 'the assessment alone sets score and status').toEqual({
			status: version.v12 ? 'passed' : 'completed/passed',
			score: '100',
		});

		const sep = version.v12 ? '_' : '.';
		const id = (kind: string, item: string) => ['first-look', kind, item].join(sep);
		const response = version.v12 ? 'student_response' : 'learner_response';
		const records = interactionsOf(stored).map((interaction) => ({
			id: cmiText(interaction, 'id'),
			type: cmiText(interaction, 'type'),
			response: cmiText(interaction, response),
			result: cmiText(interaction, 'result'),
		}));
		const evaluation = records.filter((record) => /(confidence|baseline|feedback)/.test(record.id));
		expect(evaluation).toEqual([
			{
				id: id('confidence-start', 'o-legal-duty'),
				type: 'likert',
				response: '2',
				result: 'neutral',
			},
			{
				id: id('baseline-start', 'rights-guess'),
				type: 'numeric',
				response: '5',
				result: 'neutral',
			},
			{
				id: id('baseline-start', 'rights-named'),
				type: 'numeric',
				response: '4',
				result: 'neutral',
			},
			{
				id: id('baseline-start', 's-everyday-tool'),
				type: 'likert',
				response: '3',
				result: 'neutral',
			},
			{
				id: id('confidence-end', 'o-legal-duty'),
				type: 'likert',
				response: '1',
				result: 'neutral',
			},
			{ id: id('feedback', 'relevance'), type: 'likert', response: '4', result: 'neutral' },
			{
				id: id('feedback', 'change'),
				type: version.v12 ? 'fill-in' : 'long-fill-in',
				response: 'More} on night shifts, please.',
				result: 'neutral',
			},
		]);
		expect(
			records.filter((record) => record.id.startsWith('q-fl-')),
			'the five assessment answers are still there',
		).toHaveLength(5);

		// Another computer: nothing on the device, only what the LMS kept (suspend data). The
		// ratings come back; the feedback text stayed on the first device.
		const context = await browser.newContext();
		const other = await context.newPage();
		await launch(other, zip, {
			profile: 'moodle-4.5',
			learnerId: `evaluation-${version.suffix}`,
			launch: '0',
		});
		await other.waitForFunction(() => document.documentElement.dataset['lmsReady'] === 'true');
		await other.evaluate((records) => {
			(window as unknown as { lmsState: { stored: unknown } }).lmsState.stored = records;
		}, state.stored);
		await other.evaluate(() =>
			(window as unknown as { lmsPreview: { launch(): Promise<void> } }).lmsPreview.launch(),
		);
		const resumed = lessons(other);
		await expect(resumed.getByRole('heading', { level: 1 })).toHaveText('Check your understanding');
		await hydrated(resumed);
		const endAgain = checkIn(resumed, /Now you have finished/);
		await expect(
			endAgain.getByRole('group', { name: /legal duty/ }).getByLabel('1: Not at all confident'),
		).toBeChecked();
		await expect(
			endAgain.getByRole('table', { name: /Your confidence in each outcome/ }),
		).toContainText(/2: A little confident\s*1: Not at all confident\s*Down 1/);
		await expect(
			checkIn(resumed, /Tell us what you thought/)
				.getByRole('group', { name: /How relevant/ })
				.getByLabel('4: Relevant'),
		).toBeChecked();
		await context.close();
	});
}
