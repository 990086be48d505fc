import { expect, type FrameLocator, type Page } from '@playwright/test';
import { test } from './support.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	SCORM_MODULES_FILE,
	ScormModulesFileSchema,
	type ScormModuleEntry,
	type ScormModuleInfo,
} from '../../src/schemas/scorm-contract.ts';
import { hydrated, LMS } from './lms-support.ts';

// Every module of the course, completed end to end as a learner would: on the website and as a
// SCORM 1.2 package in the preview LMS. The module data comes from the build's own output, so a
// new module is covered without editing this file.
const MODULES_FILE = join(import.meta.dirname, '../../dist-scorm', SCORM_MODULES_FILE);
const modules: ScormModuleEntry[] = existsSync(MODULES_FILE)
	? ScormModulesFileSchema.parse(JSON.parse(readFileSync(MODULES_FILE, 'utf8')))
	: [];

// A whole module is dozens of questions across several lessons.
test.describe.configure({ timeout: 120_000 });

type Surface = Page | FrameLocator;

/** Answers every question on the page correctly, choosing options by their author ids. */
async function answerQuestions(surface: Surface, info: ScormModuleInfo) {
	for (const question of info.questions) {
		const inputs = surface.locator(`input[name$="-${question.id}"]`);
		if ((await inputs.count()) === 0) continue;
		const form = surface.locator('form.app-question').filter({ has: inputs });
		for (const optionId of question.correctOptionIds) {
			await form.locator(`input[value="${optionId}"]`).check();
		}
		await form.getByRole('button', { name: 'Check answer' }).click();
		await expect(form.getByRole('status'), `${question.id} is marked correct`).toContainText(
			'Correct.',
		);
	}
}

async function completeModule(
	surface: Surface,
	open: (href: string) => Promise<void>,
	module: ScormModuleEntry,
) {
	const lessons = module.info.summary.lessons;
	for (const [index, lesson] of lessons.entries()) {
		await open(lesson.href);
		await expect(surface.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
		await hydrated(surface);
		// The visit is recorded once the page has loaded the learner's progress: wait for it, as a
		// reader would, before moving on.
		await expect(
			surface.getByText(`Lessons opened: ${index + 1} of ${lessons.length}`),
		).toBeVisible({ timeout: 15_000 });
		await answerQuestions(surface, module.info);
	}
	// A budget for a busy machine: completion is recorded after the last answer is stored.
	await expect(surface.getByText('Module complete'), `${module.id} is complete`).toBeVisible({
		timeout: 15_000,
	});
}

test('the build lists every module', () => {
	expect(modules.length, 'run `npm run build` before the browser tests').toBeGreaterThanOrEqual(9);
});

for (const module of modules) {
	test(`${module.id}: completes on the website and survives a reload`, async ({ page }) => {
		await completeModule(page, async (href) => void (await page.goto(href)), module);
		await page.goto(module.info.summary.href);
		// The module page reads the learner's progress before it can say so: on a busy machine
		// that can take longer than the default wait (the larger islands load first).
		await expect(page.locator('.app-module-status').getByText('Completed')).toBeVisible({
			timeout: 15_000,
		});
	});

	test(`${module.id}: completes as a SCORM 1.2 package and the LMS records a pass`, async ({
		page,
	}) => {
		const zip = `${module.id}-${module.version}-scorm12.zip`;
		await page.goto(
			`${LMS}/?package=${zip}&sco=ITEM-${module.id}&learnerId=all-modules&display=frame&launch=1`,
		);
		const launcher = page.frameLocator('#frame-holder iframe');
		const frame = launcher.frameLocator('iframe.app-launch__frame');
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText(module.info.summary.title);
		await completeModule(
			frame,
			async (href) => {
				// Follow the lesson's own link from the module contents, as a learner would.
				await launcher.getByRole('link', { name: 'Module contents' }).click();
				await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
					module.info.summary.title,
				);
				const lesson = module.info.summary.lessons.find((l) => l.href === href)!;
				await frame.getByRole('link', { name: lesson.title, exact: true }).click();
			},
			module,
		);
		await page.evaluate(() =>
			(window as unknown as { lmsPreview: { finish(): Promise<void> } }).lmsPreview.finish(),
		);
		await expect
			.poll(async () => {
				const state = (await page.evaluate(
					() => (window as unknown as { lmsState: unknown }).lmsState,
				)) as {
					stored: Record<string, { cmi: { core?: { lesson_status?: string } } }>;
				};
				return Object.values(state.stored)[0]?.cmi.core?.lesson_status;
			})
			.toBe('passed');
	});
}
