/**
 * Driving the preview LMS (scorm-build/preview-lms) from browser tests: launch a built zip with
 * settings, reach the lessons inside the launch page's frame, act as a learner, and read what the
 * LMS recorded (`window.lmsState`).
 */
import { expect, type FrameLocator, type Page, type Request } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LMS_PORT } from '../../playwright.config.ts';
import { scrollIslandsIntoView } from './support.ts';

export const LMS = `http://127.0.0.1:${LMS_PORT}`;
export const MODULE = 'first-look';

export type Profile = 'scorm-again' | 'moodle-4.5' | 'strict-spec';

export interface LmsCall {
	launch: number;
	method: string;
	args: string[];
	result: string;
	error: string;
	errorString?: string;
}

export interface StoredRecord {
	cmi: Record<string, unknown> | null;
	lastExit: string;
	attempt: number;
	sessions: number;
	totalSeconds: number;
	pendingSeconds: number;
	past: Array<{ attempt: number; cmi: Record<string, unknown> }>;
}

export interface LmsState {
	calls: LmsCall[];
	cmi: Record<string, unknown>;
	stored: Record<string, StoredRecord>;
	launches: number;
	current: { launch: number; mode: string; attempt: number; entry: string } | null;
	activity: Record<string, { complete: boolean; grade: number | null; attempt: number }>;
}

export const VERSIONS = [
	{ name: 'SCORM 1.2', v12: true, init: 'LMSInitialize', finish: 'LMSFinish', suffix: 'scorm12' },
	{
		name: 'SCORM 2004',
		v12: false,
		init: 'Initialize',
		finish: 'Terminate',
		suffix: 'scorm2004-4th',
	},
] as const;

export type Version = (typeof VERSIONS)[number];

export const moduleZip = (version: Version, module = MODULE) =>
	`${module}-1.0.0-${version.suffix}.zip`;
export const courseZip = (version: Version) =>
	`rights-in-practice-course-0.1.0-${version.suffix}.zip`;

/** Opens the LMS page and launches `zip`'s SCO with `settings` (URL parameters of the page). */
export async function launch(
	page: Page,
	zip: string,
	settings: Record<string, string> = {},
): Promise<void> {
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

/** The launch page inside the LMS frame. */
export const launchPage = (page: Page): FrameLocator => page.frameLocator('#frame-holder iframe');

/** The lessons, inside the launch page, inside the LMS frame. */
export const lessons = (page: Page): FrameLocator =>
	launchPage(page).frameLocator('iframe.app-launch__frame');

export const lmsState = (page: Page): Promise<LmsState> =>
	page.evaluate(() => (window as unknown as { lmsState: LmsState }).lmsState);

export const callsTo = (state: LmsState, method: string, launchNumber: number) =>
	state.calls.filter((c) => c.method === method && c.launch === launchNumber);

/** Calls that returned an error code, as `method args → code` for a readable failure. */
export const apiErrors = (state: LmsState) =>
	state.calls
		.filter((c) => c.error !== '0' && c.error !== '')
		.map((c) => `${c.method} ${c.args.join(' ')} → ${c.error} ${c.errorString ?? ''}`);

/** Runs one of `window.lmsPreview`'s actions in the LMS page. */
export function preview<T = void>(
	page: Page,
	action: 'finish' | 'relaunch' | 'newAttempt' | 'forget',
): Promise<T> {
	return page.evaluate(
		(name) =>
			(window as unknown as { lmsPreview: Record<string, () => Promise<unknown>> }).lmsPreview[
				name
			]!() as Promise<T>,
		action,
	);
}

/** Ends the launch as a learner closing the package does, and waits for the LMS to record it. */
export async function finish(page: Page, version: Version): Promise<void> {
	const launchNumber = (await lmsState(page)).launches;
	await preview(page, 'finish');
	await expect
		.poll(async () => callsTo(await lmsState(page), version.finish, launchNumber).length)
		.toBe(1);
}

/** The LMS page's own ES modules: serve.ts serves every `.js` file of its folder. */
const LMS_MODULES = readdirSync(join(import.meta.dirname, '../../scorm-build/preview-lms'))
	.filter((file) => file.endsWith('.js'))
	.map((file) => `/${file}`);

/**
 * Records every request the page makes that is neither the LMS page's own files nor inside a
 * package: in a real LMS those would go to the LMS's root and fail.
 */
export function recordStrayRequests(page: Page): string[] {
	const stray: string[] = [];
	page.on('request', (request: Request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
		const path = url.startsWith(LMS) ? url.slice(LMS.length).split('?')[0]! : url;
		// The LMS page itself, loaded in the top frame only: a package frame showing `/` is a stray.
		if (path === '/' && request.frame() === page.mainFrame()) return;
		const lmsOwn = [...LMS_MODULES, '/vendor/scorm-again.js', '/api/state'];
		if (lmsOwn.includes(path) || path.startsWith('/api/packages')) return;
		if (/^\/pluginfile\.php\/\d+\/mod_scorm\/content\/\d+\//.test(path)) return;
		stray.push(url);
	});
	return stray;
}

/** What the preview LMS server answered 404 for: every URL in a package must resolve. */
export async function notFound(page: Page): Promise<string[]> {
	return ((await (await page.request.get(`${LMS}/api/state`)).json()) as { notFound: string[] })
		.notFound;
}

/** Scrolls every island into view so `client:visible` ones hydrate, then waits for them all. */
export async function hydrated(frame: Page | FrameLocator): Promise<void> {
	// Retried: the frame may still be navigating when this starts.
	await expect(async () => {
		await frame.locator('html').evaluate(scrollIslandsIntoView);
		await expect(frame.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 2000 });
	}).toPass();
}

/** Opens a lesson from the module contents, as a learner would from the launch page's bar. */
export async function openLesson(page: Page, title: string): Promise<void> {
	await launchPage(page)
		.getByRole('link', { name: /contents/ })
		.click();
	const frame = lessons(page);
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/^A first look|^Rights in/);
	await frame.getByRole('link', { name: title, exact: true }).click();
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title);
}

/** From the module's contents page, every lesson in order with the pagination links. */
export async function visitEveryLesson(frame: FrameLocator): Promise<void> {
	await hydrated(frame);
	await frame.getByRole('link', { name: /Start module|Continue/ }).click();
	const titles = [
		'Why rights matter on the ward',
		'Scenario: searching a bedroom',
		'Tools for your team',
		'Check your understanding',
	];
	for (const [index, title] of titles.entries()) {
		if (index > 0) await frame.locator('.nhsuk-pagination__link--next').click();
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title);
		// A visit is recorded once the page has loaded the learner's progress; a learner who moves
		// on before that has not really opened the page, so wait as a reader would.
		await expect(frame.getByText(`Lessons opened: ${index + 1} of 4`)).toBeVisible({
			timeout: 15_000,
		});
	}
}

const question = (frame: FrameLocator, index: number) =>
	frame.locator('form.app-question').nth(index);

async function submit(frame: FrameLocator, index: number, labels: string[], verdict: string) {
	const form = question(frame, index);
	await form.scrollIntoViewIfNeeded();
	for (const label of labels) await form.getByLabel(label, { exact: true }).check();
	await form.getByRole('button', { name: 'Check answer' }).click();
	await expect(form.getByRole('status')).toContainText(verdict);
}

/** Passes first-look's assessment with every answer right (100%). */
export async function passQuiz(frame: FrameLocator): Promise<void> {
	await hydrated(frame);
	await submit(frame, 0, ['16'], 'Correct.');
	await submit(
		frame,
		1,
		[
			'Article 3: no torture or inhuman or degrading treatment',
			'Article 7: no punishment without law',
		],
		'Correct.',
	);
	await submit(frame, 2, ['False'], 'Correct.');
	await submit(frame, 3, ['True'], 'Correct.');
	await submit(
		frame,
		4,
		['Explain the concern, ask for their consent, and search with them present if it is safe.'],
		'Correct.',
	);
}

/**
 * Fails first-look's assessment: two questions right and three wrong twice (every attempt used),
 * 40% against a pass mark of 80%. Ends on the result and the "Try the assessment again" button.
 */
export async function failQuiz(frame: FrameLocator): Promise<void> {
	await hydrated(frame);
	const wrongTwice = async (index: number, first: string, second: string) => {
		await submit(frame, index, [first], 'Not quite.');
		await question(frame, index)
			.getByRole('button', { name: /Try again/ })
			.click();
		await submit(frame, index, [second], 'Not quite.');
	};
	await submit(frame, 0, ['16'], 'Correct.');
	await wrongTwice(
		1,
		'Article 8: respect for private and family life',
		'Article 10: freedom of expression',
	);
	await submit(frame, 2, ['False'], 'Correct.');
	await wrongTwice(3, 'False', 'False');
	await wrongTwice(4, 'Do nothing unless there is proof.', 'Carry out a full strip search.');
	await expect(frame.locator('.app-quiz__result')).toHaveText(
		'You scored 40%. You need 80% to pass.',
	);
}

/** The learner's way forward after a fail: the assessment starts again, inside the module. */
export async function restartAssessment(frame: FrameLocator): Promise<void> {
	await frame.getByRole('button', { name: 'Try the assessment again' }).click();
	await expect(frame.getByRole('button', { name: 'Check answer' })).toHaveCount(5);
}

/** `cmi.interactions` as the preview LMS stores them: `childArray` in 2004, numbered keys in 1.2. */
export function interactionsOf(cmi: Record<string, unknown>): Array<Record<string, unknown>> {
	const interactions = (cmi['interactions'] ?? {}) as Record<string, unknown>;
	if (Array.isArray(interactions['childArray']))
		return interactions['childArray'] as Array<Record<string, unknown>>;
	return Object.entries(interactions)
		.filter(([key]) => /^\d+$/.test(key))
		.map(([, value]) => value as Record<string, unknown>);
}

/** A stored CMI value as text; `''` when it is absent or not a plain value. */
export function cmiText(node: unknown, path: string): string {
	const value = path
		.split('.')
		.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], node);
	return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Status and score of a stored record, in either version's shape. */
export function resultOf(version: Version, cmi: Record<string, unknown> | null | undefined) {
	if (version.v12) {
		return { status: cmiText(cmi, 'core.lesson_status'), score: cmiText(cmi, 'core.score.raw') };
	}
	return {
		status: `${cmiText(cmi, 'completion_status')}/${cmiText(cmi, 'success_status')}`,
		score: cmiText(cmi, 'score.raw'),
	};
}
