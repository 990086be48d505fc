import { expect, type FrameLocator, type Page } from '@playwright/test';
import { test } from './support.ts';
import { hydrated, LMS, MODULE } from './lms-support.ts';

const ZIPS = [`${MODULE}-1.0.0-scorm12`, `${MODULE}-1.0.0-scorm2004-4th`];

/** Where the preview LMS serves a package: `/pluginfile.php/<n>/mod_scorm/content/<n>/`. */
async function packageBase(page: Page, key: string): Promise<string> {
	const packages = (await (await page.request.get(`${LMS}/api/packages`)).json()) as Array<{
		key: string;
		base: string;
	}>;
	const pkg = packages.find((p) => p.key.includes(key));
	expect(pkg, `the preview LMS serves ${key}`).toBeDefined();
	return `${LMS}${pkg!.base}`;
}

async function openContents(page: Page, frame: FrameLocator) {
	await page.getByRole('link', { name: 'Module contents' }).click();
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/^A first look/);
	await hydrated(frame);
}

const lessonItem = (frame: FrameLocator, title: string) =>
	frame.locator('.app-lesson-list__item', { hasText: title });

for (const key of ZIPS) {
	test(`${key} with no LMS asks for nothing outside its folder and keeps progress on the device`, async ({
		page,
	}) => {
		const base = await packageBase(page, key);
		// Every request from the launch page and its frame, whatever its origin or scheme.
		const outside: string[] = [];
		const failed: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(base)) outside.push(request.url());
		});
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		});
		// A request the browser cancels because the frame moved on (net::ERR_ABORTED) is not a
		// missing file; anything else that fails is.
		page.on('requestfailed', (request) => {
			const error = request.failure()?.errorText ?? '';
			if (error !== 'net::ERR_ABORTED') failed.push(`failed ${request.url()} (${error})`);
		});

		await page.goto(`${base}launch/${MODULE}/index.html`);
		await expect(page.getByRole('status')).toContainText('kept on this device only');
		const frame = page.frameLocator('iframe.app-launch__frame');
		await hydrated(frame);

		await frame.getByRole('link', { name: /Start module/ }).click();
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
			'Why rights matter on the ward',
		);
		await hydrated(frame);
		await openContents(page, frame);
		await frame.getByRole('link', { name: 'Check your understanding', exact: true }).click();
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Check your understanding');
		await hydrated(frame);
		const question = frame.locator('form.app-question').first();
		await question.getByLabel('16', { exact: true }).check();
		await question.getByRole('button', { name: 'Check answer' }).click();
		await expect(question.getByRole('status')).toContainText('Correct.');

		await page.reload();
		await expect(page.getByRole('status')).toContainText('kept on this device only');
		await openContents(page, frame);
		for (const title of ['Why rights matter on the ward', 'Check your understanding']) {
			await expect(lessonItem(frame, title), `${title} is still marked as opened`).toContainText(
				'Opened',
			);
		}
		await frame.getByRole('link', { name: 'Check your understanding', exact: true }).click();
		await hydrated(frame);
		await expect(
			frame.getByRole('radio', { name: /^16\b/ }),
			'the answer is kept after a reload',
		).toBeChecked();

		expect(outside, 'every request stays inside the package').toEqual([]);
		expect(failed, 'every request inside the package succeeds').toEqual([]);
	});
}
