/**
 * Issue 12, "nothing lost at any speed": what a learner types is kept however soon they leave,
 * by Next, another link, a reload or closing the tab, without waiting for "Saved". Every island
 * that holds a save back while the learner types (the reflection, the Rights Check's answers) or
 * keeps its work on the device after each change (a Traffic Light view's notes, the facilitator's
 * session) is left straight after the last keystroke, then opened again. A packaged lesson is left
 * the same way in the preview LMS and launched again. (Free text never goes to the LMS: the package
keeps it on the device, beside what it sends.)
 */
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import {
	finish,
	hydrated,
	launch,
	lessons,
	moduleZip,
	openLesson,
	preview,
	VERSIONS,
} from './lms-support.ts';
import { completedFirstLook, loadFile, progressFile } from './progress-files.ts';
import { hydrateAll, test, waitForHydration } from './support.ts';

const REFLECTION_PAGE = '/modules/first-look/l-why-rights/';
const TOOLS = '/modules/first-look/l-team-tools/';
const PARTICIPANTS = '/tools/traffic-light/';
const SESSION = '/tools/traffic-light/session/';

const reflection = (page: Page) => page.getByRole('textbox', { name: /Think of one rule/ });

/** Opens `path` in a new tab of `context` with its islands hydrated. */
async function open(context: BrowserContext, path: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(path);
	await hydrateAll(page);
	return page;
}

/** Types `text` into `field` and closes the tab at once, as a learner closing the window does. */
async function typeAndClose(page: Page, field: Locator, text: string): Promise<void> {
	await field.fill(text);
	const closed = page.waitForEvent('close');
	await page.close({ runBeforeUnload: true });
	await closed;
}

test.describe('Reflection', () => {
	test('typed and left by Next at once, it is there on coming back', async ({ page }) => {
		await page.goto(REFLECTION_PAGE);
		await hydrateAll(page);
		await reflection(page).fill('Left by Next straight away.');
		await page.getByRole('link', { name: /^Next/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Scenario: searching a bedroom',
		);

		await page.goBack();
		await page.reload();
		await hydrateAll(page);
		await expect(reflection(page)).toHaveValue('Left by Next straight away.');
	});

	test('"Saved" appearing as the field loses focus does not move Next from under the pointer', async ({
		page,
	}) => {
		// Clicking Next blurs the field on mousedown; if the link moved before mouseup, the
		// click would be lost and the learner left on the page.
		await page.goto(REFLECTION_PAGE);
		await hydrateAll(page);
		const next = page.getByRole('link', { name: /^Next/ });
		await reflection(page).fill('Before the status shows.');
		const before = await next.boundingBox();
		await reflection(page).blur();
		await expect(page.locator('.app-reflection__status')).toContainText('Saved');
		expect(await next.boundingBox()).toEqual(before);
	});

	test('typed and left by another link at once, it is there on coming back', async ({ page }) => {
		await page.goto(REFLECTION_PAGE);
		await hydrateAll(page);
		await reflection(page).fill('Left for the glossary straight away.');
		await page.getByRole('link', { name: 'Glossary', exact: true }).click();
		await expect(page).toHaveURL(/\/glossary\/$/);

		await page.goto(REFLECTION_PAGE);
		await hydrateAll(page);
		await expect(reflection(page)).toHaveValue('Left for the glossary straight away.');
	});

	test('typed and the tab closed at once, it is there in a new tab', async ({ context }) => {
		const first = await open(context, REFLECTION_PAGE);
		await typeAndClose(first, reflection(first), 'Left by closing the tab.');

		const again = await open(context, REFLECTION_PAGE);
		await expect(reflection(again)).toHaveValue('Left by closing the tab.');
	});
});

test.describe('Rights Check', () => {
	const decision = (page: Page) =>
		page.locator('.app-rights-check').getByLabel('What is being decided?');

	test('an answer typed and the page reloaded at once is kept', async ({ page }) => {
		await page.goto(TOOLS);
		await hydrateAll(page);
		await decision(page).fill('Phones handed in on admission.');
		await page.reload();
		await hydrateAll(page);
		await expect(decision(page)).toHaveValue('Phones handed in on admission.');
	});

	test('a step left by Next and the page reloaded at once is kept', async ({ page }) => {
		await page.goto(TOOLS);
		await hydrateAll(page);
		const check = page.locator('.app-rights-check');
		await decision(page).fill('Bedroom doors locked at night.');
		await check.getByLabel('Everyone on the ward').check();
		await check.getByLabel('For how long?').fill('Every night');
		await check.getByRole('button', { name: 'Next' }).click();
		await expect(check).toContainText('Step 2 of 8');
		await page.reload();
		await hydrateAll(page);
		await expect(check, 'the step is kept').toContainText('Step 2 of 8');
		await check.getByRole('button', { name: /Back/ }).click();
		await expect(decision(page)).toHaveValue('Bedroom doors locked at night.');
	});

	test('an answer typed and the tab closed at once is there in a new tab', async ({ context }) => {
		const first = await open(context, TOOLS);
		await typeAndClose(first, decision(first), 'Visits only at weekends.');

		const again = await open(context, TOOLS);
		await expect(decision(again)).toHaveValue('Visits only at weekends.');
	});
});

test.describe('Certificate', () => {
	const name = (page: Page) => page.getByLabel('Your name, as it should appear on the certificate');

	test('a name typed and the tab closed at once is on the certificate in a new tab', async ({
		context,
	}) => {
		const progress = await open(context, '/progress/');
		await loadFile(progress, { text: progressFile({ 'first-look': completedFirstLook }) });
		await expect(progress.getByText('Your progress has been loaded from the file.')).toBeVisible();

		const first = await open(context, '/modules/first-look/certificate/');
		await typeAndClose(first, name(first), 'Sam Taylor');

		const again = await context.newPage();
		await again.goto('/modules/first-look/certificate/');
		await waitForHydration(again);
		await expect(name(again)).toHaveValue('Sam Taylor');
		await expect(again.locator('.app-certificate__name')).toHaveText('Sam Taylor');
	});
});

test.describe('Traffic Light', () => {
	const note = (page: Page) =>
		page
			.locator('.app-traffic-light__statement')
			.first()
			.getByRole('textbox', { name: /Evidence or example/ });

	test("a participant's note typed and left by a link at once is kept", async ({ page }) => {
		await page.goto(PARTICIPANTS);
		await hydrateAll(page);
		await note(page).fill('Reasons for visit limits are not written down.');
		await page.getByRole('link', { name: 'Glossary', exact: true }).click();
		await expect(page).toHaveURL(/\/glossary\/$/);

		await page.goto(PARTICIPANTS);
		await hydrateAll(page);
		await expect(note(page)).toHaveValue('Reasons for visit limits are not written down.');
	});

	test("a participant's note typed and the tab closed at once is there in a new tab", async ({
		context,
	}) => {
		const first = await open(context, PARTICIPANTS);
		await typeAndClose(first, note(first), 'Nobody says why the garden is shut.');

		const again = await open(context, PARTICIPANTS);
		await expect(note(again)).toHaveValue('Nobody says why the garden is shut.');
	});

	test("the facilitator's session title typed and the tab closed at once is there in a new tab", async ({
		context,
	}) => {
		const title = (page: Page) => page.getByLabel(/Session title/);
		const first = await open(context, SESSION);
		await typeAndClose(first, title(first), 'March review, Willow ward');

		const again = await open(context, SESSION);
		await expect(title(again)).toHaveValue('March review, Willow ward');
	});
});

test.describe('SCORM package', () => {
	// A reflection is kept on the device, never in the LMS; a device write cut off as the package
	// closes is still noted in localStorage, and the next launch saves it (unsaved-journal.ts).
	for (const version of VERSIONS) {
		test(`${version.name}: a reflection typed and the package closed at once is there on the next launch`, async ({
			page,
		}) => {
			const lesson = 'Why rights matter on the ward';
			await launch(page, moduleZip(version), { learnerId: `leave-at-once-${version.suffix}` });
			await openLesson(page, lesson);
			const frame = lessons(page);
			await hydrated(frame);
			const note = frame.getByRole('textbox', { name: /Think of one rule/ });
			await note.fill('Closed straight away.');
			await finish(page, version);

			await preview(page, 'relaunch');
			await openLesson(page, lesson);
			await hydrated(frame);
			await expect(note).toHaveValue('Closed straight away.');
		});
	}
});
