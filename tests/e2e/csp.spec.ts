/**
 * The Content-Security-Policy inside a SCORM package played in the preview LMS. Every test that
 * uses `test` from support.ts already fails on a violation in any frame; these walk one module
 * in each SCORM version with the launch page and the lesson frame under their own policies, and
 * check that the policy is really enforced there, so "no violation" cannot mean "no policy".
 */
import { expect, type FrameLocator } from '@playwright/test';
import { test } from './support.ts';
import {
	hydrated,
	launch,
	launchPage,
	lessons,
	moduleZip,
	passQuiz,
	VERSIONS,
} from './lms-support.ts';

const LESSONS = [
	'Why rights matter on the ward',
	'Scenario: searching a bedroom',
	'Tools for your team',
	'Check your understanding',
];

async function expectPolicy(frame: FrameLocator): Promise<void> {
	const meta = frame.locator('meta[http-equiv="content-security-policy"]');
	await expect(meta).toHaveCount(1);
	const policy = (await meta.getAttribute('content')) ?? '';
	expect(policy).toContain("default-src 'self'");
	expect(policy).toMatch(/script-src 'self'/);
	expect(policy).not.toContain('unsafe-inline');
}

for (const version of VERSIONS) {
	test(`${version.name}: the launch page and every lesson of a module load under their Content-Security-Policy`, async ({
		page,
	}) => {
		test.setTimeout(90_000);
		await launch(page, moduleZip(version), { learnerId: `csp-${version.suffix}` });
		const frame = lessons(page);
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/A first look/);
		await expectPolicy(launchPage(page));
		await expectPolicy(frame);

		await hydrated(frame);
		await frame.getByRole('link', { name: /Start module/ }).click();
		for (const [index, title] of LESSONS.entries()) {
			if (index > 0) await frame.locator('.nhsuk-pagination__link--next').click();
			await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title);
			await hydrated(frame);
		}
		await passQuiz(frame);
	});
}

test('inside the LMS frame the policy refuses an inline script it has no hash for', async ({
	page,
	cspViolations,
}) => {
	const [version] = VERSIONS;
	await launch(page, moduleZip(version), { learnerId: 'csp-refused' });
	const frame = lessons(page);
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/A first look/);
	const ran = await frame.locator('body').evaluate((body) => {
		const script = document.createElement('script');
		script.textContent = 'document.body.dataset.injected = "ran";';
		body.append(script);
		return body.dataset['injected'] === 'ran';
	});
	expect(ran, 'the injected script did not run').toBe(false);
	await expect
		.poll(() => cspViolations.map((violation) => violation.directive))
		.toEqual(['script-src-elem']);
	// Provoked on purpose: the fixture's check at the end is for violations nobody expected.
	cspViolations.length = 0;
});
