import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { LMS_PORT } from '../../playwright.config.ts';

const LMS = `http://127.0.0.1:${LMS_PORT}`;
const MODULE = 'first-look';

interface LmsCall {
	launch: number;
	method: string;
	args: string[];
	result: string;
	error: string;
}

interface LmsState {
	calls: LmsCall[];
	cmi: Record<string, unknown>;
	stored: Record<string, { cmi: Record<string, unknown>; lastExit: string; sessions: number }>;
	launches: number;
}

const VERSIONS = [
	{
		name: 'SCORM 1.2',
		zip: `${MODULE}-1.0.0-scorm12.zip`,
		init: 'LMSInitialize',
		finish: 'LMSFinish',
	},
	{
		name: 'SCORM 2004',
		zip: `${MODULE}-1.0.0-scorm2004-4th.zip`,
		init: 'Initialize',
		finish: 'Terminate',
	},
] as const;

async function launch(page: Page, zip: string, settings: Record<string, string> = {}) {
	const params = new URLSearchParams({
		package: zip,
		sco: `ITEM-${MODULE}`,
		learnerId: 'learner-1',
		learnerName: 'Taylor, Sam',
		display: 'frame',
		launch: '1',
		...settings,
	});
	await page.goto(`${LMS}/?${params.toString()}`);
}

/** The module's lessons, inside the launch page, inside the LMS frame. */
function lessons(page: Page): FrameLocator {
	return page.frameLocator('#frame-holder iframe').frameLocator('iframe.app-launch__frame');
}

/** `cmi.interactions` as scorm-again stores it: `childArray` in 2004, numbered keys in 1.2. */
function interactionsOf(cmi: Record<string, unknown>): Array<Record<string, unknown>> {
	const interactions = (cmi['interactions'] ?? {}) as Record<string, unknown>;
	if (Array.isArray(interactions['childArray']))
		return interactions['childArray'] as Array<Record<string, unknown>>;
	return Object.entries(interactions)
		.filter(([key]) => /^\d+$/.test(key))
		.map(([, value]) => value as Record<string, unknown>);
}

const lmsState = (page: Page) =>
	page.evaluate(() => (window as unknown as { lmsState: LmsState }).lmsState);
const callsTo = (state: LmsState, method: string, launchNumber: number) =>
	state.calls.filter((c) => c.method === method && c.launch === launchNumber);

/** Scrolls every island into view so `client:visible` ones hydrate, then waits for them all. */
async function hydrated(frame: FrameLocator) {
	// Retried: the frame may still be navigating when this starts.
	await expect(async () => {
		await frame.locator('astro-island').evaluateAll(async (islands) => {
			for (const island of islands) {
				(island.firstElementChild ?? island).scrollIntoView();
				await new Promise((resolve) => requestAnimationFrame(resolve));
			}
		});
		await expect(frame.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 1000 });
	}).toPass();
}

/** Opens a lesson from the module contents, as a learner would from the launch page's bar. */
async function openLesson(page: Page, title: string) {
	await page
		.frameLocator('#frame-holder iframe')
		.getByRole('link', { name: 'Module contents' })
		.click();
	const frame = lessons(page);
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/^A first look/);
	await frame.getByRole('link', { name: title, exact: true }).click();
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title);
}

async function answerQuiz(frame: FrameLocator) {
	await hydrated(frame);
	const answer = async (index: number, labels: string[]) => {
		const question = frame.locator('form.app-question').nth(index);
		await question.scrollIntoViewIfNeeded();
		for (const label of labels) await question.getByLabel(label, { exact: true }).check();
		await question.getByRole('button', { name: 'Check answer' }).click();
		await expect(question.getByRole('status')).toContainText('Correct.');
	};
	await answer(0, ['16']);
	await answer(1, [
		'Article 3: no torture or inhuman or degrading treatment',
		'Article 7: no punishment without law',
	]);
	await answer(2, ['False']);
	await answer(3, ['True']);
	await answer(4, [
		'Explain the concern, ask for their consent, and search with them present if it is safe.',
	]);
}

async function playScenario(frame: FrameLocator) {
	await hydrated(frame);
	const scenario = frame.locator('.app-scenario');
	await scenario.getByRole('button', { name: /Start/ }).click();
	for (const label of [
		/Explain the concern to Kai/,
		/Search with Kai present/,
		/Remove the item, talk with Kai/,
	]) {
		await scenario.getByRole('radio', { name: label }).check();
		await scenario.getByRole('button', { name: /Choose/ }).click();
		await scenario.getByRole('button', { name: /Continue/ }).click();
	}
	await expect(
		scenario.getByRole('heading', { name: 'Safe, respectful and recorded' }),
	).toBeVisible();
}

for (const version of VERSIONS) {
	test.describe(version.name, () => {
		test('a learner completes the module from a deep LMS path and the LMS records it once', async ({
			page,
		}) => {
			const foreign: string[] = [];
			page.on('request', (r) => {
				if (
					!r.url().startsWith(LMS) &&
					!r.url().startsWith('data:') &&
					!r.url().startsWith('blob:')
				)
					foreign.push(r.url());
			});
			await launch(page, version.zip);
			const frame = lessons(page);
			await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/A first look/);
			const src = await page
				.frameLocator('#frame-holder iframe')
				.locator('iframe.app-launch__frame')
				.getAttribute('src');
			expect(src, 'lesson URLs are relative').toMatch(/^\.\.\//);

			await hydrated(frame);
			await frame.getByRole('link', { name: /Start module/ }).click();
			await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
				'Why rights matter on the ward',
			);
			for (const title of [
				'Scenario: searching a bedroom',
				'Tools for your team',
				'Check your understanding',
			]) {
				await frame.locator('.nhsuk-pagination__link--next').click();
				await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title);
				if (title.startsWith('Scenario')) await playScenario(frame);
			}
			await answerQuiz(frame);
			await expect(frame.getByText('Module complete')).toBeVisible();

			await page.evaluate(() =>
				(window as unknown as { lmsPreview: { finish(): Promise<void> } }).lmsPreview.finish(),
			);
			await expect
				.poll(async () => callsTo(await lmsState(page), version.finish, 1).length)
				.toBe(1);
			const state = await lmsState(page);
			expect(
				callsTo(state, version.init, 1),
				'Initialize exactly once across four lessons',
			).toHaveLength(1);
			const stored = Object.values(state.stored)[0]!.cmi as Record<string, Record<string, unknown>>;
			if (version.name === 'SCORM 1.2') {
				const core = stored['core'] as Record<string, unknown>;
				expect(core['lesson_status']).toBe('passed');
				expect((core['score'] as Record<string, unknown>)['raw']).toBe('100');
				expect(core['lesson_location']).toBe('l-first-look-check');
			} else {
				expect(stored['completion_status']).toBe('completed');
				expect(stored['success_status']).toBe('passed');
				expect((stored['score'] as Record<string, unknown>)['raw']).toBe('100');
				expect((stored['score'] as Record<string, unknown>)['scaled']).toBe('1');
				expect(stored['exit'], '2004 keeps suspend after finishing').toBe('suspend');
			}
			const ids = interactionsOf(stored).map((i) => String(i['id']));
			expect(
				ids.filter((id) => id.includes('q-fl-')),
				'one interaction per question',
			).toHaveLength(5);
			expect(
				ids.filter((id) => id.includes('s-bedroom-search')),
				'one interaction per scenario choice',
			).toHaveLength(3);
			expect(foreign, 'no request leaves the LMS origin').toEqual([]);
			const notFound = (await (await page.request.get(`${LMS}/api/state`)).json()) as {
				notFound: string[];
			};
			expect(notFound.notFound, 'every URL in the package resolves').toEqual([]);
		});

		test('relaunching resumes at the bookmark with answers kept', async ({ page }) => {
			await launch(page, version.zip, { learnerId: `resume-${version.init}` });
			const frame = lessons(page);
			await hydrated(frame);
			await frame.getByRole('link', { name: /Start module/ }).click();
			await openLesson(page, 'Check your understanding');
			await hydrated(frame);
			const question = frame.locator('form.app-question').first();
			await question.getByLabel('16', { exact: true }).check();
			await question.getByRole('button', { name: 'Check answer' }).click();
			await expect(question.getByRole('status')).toContainText('Correct.');

			await page.evaluate(() =>
				(window as unknown as { lmsPreview: { relaunch(): Promise<void> } }).lmsPreview.relaunch(),
			);
			await expect.poll(async () => (await lmsState(page)).launches).toBe(2);
			await expect(frame.getByRole('heading', { level: 1 }), 'opens at the bookmark').toHaveText(
				'Check your understanding',
			);
			await hydrated(frame);
			await expect(frame.getByRole('radio', { name: /^16\b/ })).toBeChecked();
			const state = await lmsState(page);
			expect(callsTo(state, version.init, 2)).toHaveLength(1);
			expect(callsTo(state, version.finish, 1), 'the first launch terminated once').toHaveLength(1);
		});

		test('an LMS that fails every Commit loses nothing and breaks nothing', async ({ page }) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await launch(page, version.zip, {
				learnerId: `errors-${version.init}`,
				commitErrors: 'commit',
			});
			const frame = lessons(page);
			await hydrated(frame);
			await frame.getByRole('link', { name: /Start module/ }).click();
			await openLesson(page, 'Check your understanding');
			await answerQuiz(frame);
			const failing = await lmsState(page);
			const refused = failing.calls.filter((c) => /Commit$/.test(c.method) && c.result === 'false');
			expect(refused.length, 'commits were attempted and refused').toBeGreaterThan(0);
			expect(errors, 'no script errors in the page').toEqual([]);

			// The learner's answers survive a reload of the lesson while the LMS is still failing.
			await page
				.frameLocator('#frame-holder iframe')
				.locator('iframe.app-launch__frame')
				.evaluate((f: HTMLIFrameElement) => f.contentWindow?.location.reload());
			await hydrated(frame);
			await expect(frame.getByRole('radio', { name: /^16\b/ })).toBeChecked();

			// Once the LMS accepts commits again, finishing writes everything that was kept.
			await page.evaluate(() =>
				(
					window as unknown as { lmsPreview: { applySettings(s: object): void } }
				).lmsPreview.applySettings({ commitErrors: 'none' }),
			);
			await page.evaluate(() =>
				(window as unknown as { lmsPreview: { finish(): Promise<void> } }).lmsPreview.finish(),
			);
			await expect
				.poll(
					async () => Object.values((await lmsState(page)).stored).length,
					'the LMS stored the attempt',
				)
				.toBe(1);
			const stored = Object.values((await lmsState(page)).stored)[0]!.cmi;
			expect(interactionsOf(stored).map((i) => String(i['id']))).toEqual(
				expect.arrayContaining(['q-fl-how-many', 'q-fl-search']),
			);
		});
	});
}

test('with no LMS the package works on its own and says so', async ({ page }) => {
	const packages = (await (await page.request.get(`${LMS}/api/packages`)).json()) as Array<{
		key: string;
		base: string;
	}>;
	const pkg = packages.find((p) => p.key.includes(`${MODULE}-1.0.0-scorm12`))!;
	await page.goto(`${LMS}${pkg.base}launch/${MODULE}/index.html`);
	await expect(page.getByRole('status')).toContainText('kept on this device only');
	const frame = page.frameLocator('iframe.app-launch__frame');
	await hydrated(frame);
	await frame.getByRole('link', { name: /Start module/ }).click();
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
		'Why rights matter on the ward',
	);
});

test('in review mode the package records nothing that could change the result', async ({
	page,
}) => {
	await launch(page, VERSIONS[0].zip, { learnerId: 'reviewer', mode: 'review' });
	const frame = lessons(page);
	await hydrated(frame);
	await frame.getByRole('link', { name: /Start module/ }).click();
	await openLesson(page, 'Check your understanding');
	await answerQuiz(frame);
	await page.evaluate(() =>
		(window as unknown as { lmsPreview: { finish(): Promise<void> } }).lmsPreview.finish(),
	);
	await expect.poll(async () => callsTo(await lmsState(page), 'LMSFinish', 1).length).toBe(1);
	const writes = (await lmsState(page)).calls.filter(
		(c) => c.method === 'LMSSetValue' && /lesson_status|score/.test(c.args[0] ?? ''),
	);
	expect(writes, 'no status or score is written in review mode').toEqual([]);
});

test('in a pop-up window the package finds the LMS through its opener', async ({ page }) => {
	const popupPromise = page.waitForEvent('popup');
	await launch(page, VERSIONS[1].zip, { learnerId: 'popup', display: 'popup' });
	const popup = await popupPromise;
	const frame = popup.frameLocator('iframe.app-launch__frame');
	await hydrated(frame);
	await frame.getByRole('link', { name: /Start module/ }).click();
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
		'Why rights matter on the ward',
	);
	await expect(popup.getByText('kept on this device only'), 'no standalone notice').toHaveCount(0);
	await expect
		.poll(async () =>
			(await lmsState(page)).calls.filter(
				(c) => c.method === 'SetValue' && c.args[0] === 'cmi.location',
			),
		)
		.not.toEqual([]);
	expect(callsTo(await lmsState(page), 'Initialize', 1)).toHaveLength(1);
});
