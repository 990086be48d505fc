import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Rating } from '../../src/schemas/review.ts';
import type { ReviewGroup } from '../../src/schemas/review-files.ts';
import {
	newSession,
	sessionFileText,
	setAction,
	setAgreed,
	setTitle,
} from '../../src/lib/review/session.ts';
import { newView, noteInView, rateInView, viewFileText } from '../../src/lib/review/views.ts';
import { expectNoAxeViolations, hydrateAll, test, writeFiles } from './support.ts';

const SESSION = '/tools/traffic-light/session/';
const REVIEW_ID = 'tl-m8-service-review';
const STATEMENTS = Array.from({ length: 12 }, (_, i) => `tl-m8-${String(i + 1).padStart(2, '0')}`);
const SAVED_AT = '2027-03-02T10:00:00.000Z';

const LETTERS = { r: 'red', a: 'amber', g: 'green' } as const;

/**
 * A participant's view file as the participants' form writes it, from one letter per statement.
 * Statement 7 splits the groups most (young people Red, parents Amber, staff Green) and statement 3
 * next (young people Red, the others Amber); on every other statement they agree.
 */
function viewText(group: ReviewGroup, ratings: string, notes: Record<number, string> = {}): string {
	let view = newView(REVIEW_ID, group, `e2e-${group}-view`, SAVED_AT);
	[...ratings].forEach((letter, index) => {
		view = rateInView(view, STATEMENTS[index]!, LETTERS[letter as keyof typeof LETTERS]);
	});
	for (const [number, text] of Object.entries(notes))
		view = noteInView(view, STATEMENTS[Number(number) - 1]!, text);
	return viewFileText(view, SAVED_AT);
}

const VIEWS = {
	'young-people.view.json': viewText('young-people', 'aaraaaraaaaa', {
		7: 'Nobody explains afterwards why a hold happened.',
	}),
	'parents-carers.view.json': viewText('parents-carers', 'aaaaaaaaaaaa'),
	'staff.view.json': viewText('staff', 'aaaaaagaaaaa', { 7: 'Debriefs happen after every hold.' }),
};

/** The session six months earlier: statement 3 was Red, statement 7 Amber, statement 1 Green. */
function earlierSessionText(): string {
	// Only the id and the suggested action matter to the plan.
	const statement = (number: number) => ({
		id: STATEMENTS[number - 1]!,
		html: '',
		amberHtml: '',
		redHtml: '',
		action: 'Suggested action.',
		sources: [],
	});
	let session = newSession(
		{ id: REVIEW_ID },
		['young-people', 'staff'],
		'2026-09-01T10:00:00.000Z',
	);
	session = setTitle(session, 'Ward 3, September 2026');
	for (const [number, rating] of [
		[1, 'green'],
		[3, 'red'],
		[7, 'amber'],
	] as Array<[number, Rating]>)
		session = setAgreed(session, STATEMENTS[number - 1]!, rating);
	session = setAction(session, statement(3), {
		text: 'Review the rules at the community meeting.',
		owner: 'Ward manager',
		due: '2026-12-01',
		done: true,
	});
	session = setAction(session, statement(7), {
		text: 'Debrief young people after every hold.',
		owner: 'Matron',
		due: '2026-11-01',
		done: false,
	});
	return sessionFileText(session, '2026-09-01T12:00:00.000Z');
}

async function open(page: Page) {
	await page.goto(SESSION);
	await hydrateAll(page);
	await expect(page.getByLabel('Review files')).toBeEnabled();
}

const statementGroup = (page: Page, number: number) =>
	page.getByRole('group', { name: new RegExp(`^Statement ${number} `) });

/** Presses Tab until `target` has focus: the keyboard's own way there. */
async function tabTo(page: Page, target: Locator, limit = 200) {
	for (let presses = 0; presses < limit; presses += 1) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab did not reach ${target.toString()} in ${limit} presses`);
}

test('every review in the course has a session page, linked from its form and from Tools', async ({
	page,
}, testInfo) => {
	// The first-look module's short review: its form sends the facilitator to its own session.
	await page.goto('/modules/first-look/l-team-tools/');
	await hydrateAll(page);
	const link = page.getByRole('link', { name: 'the review session page' });
	await expect(link).toHaveAttribute('href', '/tools/traffic-light/session/tl-first-look/');
	await expect(page.getByRole('link', { name: 'a form in plain words' })).toHaveCount(0);

	await page.goto('/tools/traffic-light/session/');
	await page.getByRole('link', { name: 'A short ward review' }).click();
	await expect(page).toHaveURL(/\/tools\/traffic-light\/session\/tl-first-look\/$/);
	await hydrateAll(page);
	let view = newView('tl-first-look', 'staff', 'e2e-first-look-view', SAVED_AT);
	view = rateInView(view, 'tl-fl-name-rights', 'amber');
	const files = await writeFiles(testInfo, {
		'first-look.view.json': viewFileText(view, SAVED_AT),
		'service.view.json': VIEWS['staff.view.json'],
	});
	await page
		.getByLabel('Review files')
		.setInputFiles([files['first-look.view.json']!, files['service.view.json']!]);
	const result = page.locator('.app-review-session__result');
	await expect(result).toContainText('1 view added');
	await expect(result, 'a view of another review is refused').toContainText(
		'service.view.json: this file is for a different review (`tl-m8-service-review`), not this one.',
	);
	await expectNoAxeViolations(page, 'the first-look review session');
});

test.describe('the facilitator’s review session', () => {
	test('loads the files the participants’ forms downloaded, with the groups’ disagreements first', async ({
		page,
	}) => {
		// Written by the participants' forms in tests/e2e/review-participants.spec.ts (see
		// tests/fixtures/review/): the two halves of a review meet through these files.
		const fixtures = join(import.meta.dirname, '../fixtures/review');
		await open(page);
		await page
			.getByLabel('Review files')
			.setInputFiles(
				['young-people', 'parents-carers', 'staff'].map((group) =>
					join(fixtures, `${group}.view.json`),
				),
			);
		await expect(page.locator('.app-review-session__result')).toContainText('3 views added');
		const differ = page.getByRole('region', { name: '2. Where views differ' });
		const titles = differ.getByRole('heading', { level: 3 });
		// Statements 1 and 8: young people Red, staff Green.
		await expect(titles.nth(0)).toContainText('Statement 1');
		await expect(titles.nth(1)).toContainText('Statement 8');
		await expect(differ.getByRole('listitem').first()).toContainText(
			'Young people: Bank staff could not say why they held me.',
		);
	});

	test('loads views with a broken file and a duplicate, orders disagreements, will not finalise a Red without an owner and a date, exports, saves, restores and compares', async ({
		page,
	}, testInfo) => {
		test.setTimeout(90_000);
		const files = await writeFiles(testInfo, {
			...VIEWS,
			'broken.view.json': '{"app": "rights-in-practice", "kind": "traffic-light-view", "fo',
			'young-people-copy.view.json': VIEWS['young-people.view.json'],
			'earlier.session.json': earlierSessionText(),
		});
		await page.addInitScript(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => {
				(window as unknown as { printed: number }).printed += 1;
			};
		});
		await open(page);

		// 1. Everything at once: three views, a broken file and the same young people's view again.
		await page
			.getByLabel('Review files')
			.setInputFiles([
				files['young-people.view.json']!,
				files['parents-carers.view.json']!,
				files['broken.view.json']!,
				files['staff.view.json']!,
				files['young-people-copy.view.json']!,
			]);
		const result = page.locator('.app-review-session__result');
		await expect(result, 'the duplicate counts once').toContainText(
			'3 views added, 1 already loaded.',
		);
		await expect(result, 'the broken file is named with the reason').toContainText(
			'broken.view.json: this is not a review file, or it is damaged: it could not be read.',
		);
		await expect(
			page.getByText('3 views: Young people 1, Parents and carers 1, Staff 1.'),
		).toBeVisible();

		// A batch of only a broken file changes nothing already loaded.
		await page.getByLabel('Review files').setInputFiles(files['broken.view.json']!);
		await expect(result).toContainText('No views were added.');
		await expect(result).toContainText('broken.view.json:');
		await expect(
			page.getByText('3 views: Young people 1, Parents and carers 1, Staff 1.'),
		).toBeVisible();
		await expectNoAxeViolations(page, 'the session with views loaded');

		// 2. The statement groups disagree on most comes first, its table and notes beside it.
		const differ = page.getByRole('region', { name: '2. Where views differ' });
		const titles = differ.getByRole('heading', { level: 3 });
		await expect(titles.nth(0), 'most disagreed first').toContainText('Statement 7');
		await expect(titles.nth(1)).toContainText('Statement 3');
		await expect(titles.nth(2)).toContainText('Statement 1');
		const first = differ.getByRole('listitem').first();
		await expect(first).toContainText('Groups differ widely');
		const table = first.getByRole('table', { name: 'Ratings by group for statement 7' });
		await expect(table.getByRole('row', { name: /Young people/ })).toHaveText(
			/Young people\s*1\s*0\s*0\s*0/,
		);
		await expect(table.getByRole('row', { name: /Staff/ })).toHaveText(/Staff\s*0\s*0\s*1\s*0/);
		await expect(first).toContainText(
			'Young people: Nobody explains afterwards why a hold happened.',
		);
		await expect(first).toContainText('Staff: Debriefs happen after every hold.');
		await expect(table.getByRole('row', { name: /total/i }), 'no total or score').toHaveCount(0);

		// 3. Agree: statement 7 Red, statement 3 Amber, the rest Green.
		for (let number = 1; number <= 12; number += 1) {
			const rating = number === 7 ? 'Red' : number === 3 ? 'Amber' : 'Green';
			await statementGroup(page, number).getByRole('radio', { name: rating }).check();
		}
		await expect(page.getByLabel('Improvement action for statement 7')).toHaveValue(/.+/);
		await page.getByRole('button', { name: 'Mark the plan final' }).click();
		const summary = page.locator('.nhsuk-error-summary');
		await expect(summary, 'focus moves to the error summary').toBeFocused();
		await expect(summary).toContainText('Statement 7 needs an owner and a target date');
		await expect(summary, 'an Amber needs nothing unless the team asks').not.toContainText(
			'Statement 3',
		);
		await expectNoAxeViolations(page, 'the session with the plan’s gaps shown');
		await summary.getByRole('link', { name: /Statement 7/ }).click();
		await expect(page.getByLabel('Owner for statement 7')).toBeFocused();
		await page.getByLabel('Owner for statement 7').fill('=Ward manager');
		await page.getByLabel('Target date for statement 7').fill('2027-06-30');
		await expect(summary, 'the summary empties as the gaps are filled').toBeHidden();
		await page.getByRole('button', { name: 'Mark the plan final' }).click();
		const status = page.locator('.app-review-session__status');
		await expect(status).toContainText(/This plan was marked final on \d+ \w+ \d{4}\./);
		await expect(page.locator('[role="status"][aria-live="polite"]')).toContainText(
			/The plan is marked final on/,
		);
		await page.getByLabel('Done for statement 7').check();
		await expect(status, 'a later edit makes it a draft again').toContainText(
			'This plan is a draft.',
		);
		await expect(page.locator('[role="status"][aria-live="polite"]')).toHaveText(
			'The plan changed, so it is a draft again.',
		);
		await page.getByLabel('Done for statement 7').uncheck();
		await page.getByRole('button', { name: 'Mark the plan final' }).click();
		await expect(status).toContainText('This plan was marked final on');

		// 4. The CSV, with the formula typed as an owner shown as text.
		await page.getByLabel('Session title').fill('Ward 3, March 2027');
		const csvDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the plan (CSV)' }).click();
		const csvFile = await csvDownload;
		expect(csvFile.suggestedFilename()).toMatch(
			/^tl-m8-service-review-plan-\d{4}-\d{2}-\d{2}\.csv$/,
		);
		const rows = (await readFile(await csvFile.path(), 'utf8'))
			.replace(/^\uFEFF/, '')
			.split('\r\n');
		expect(rows[0]).toBe(
			'Number,Statement,Agreed rating,Ratings by group,Improvement action,Owner,Target date,Done',
		);
		expect(rows).toHaveLength(14);
		expect(rows[7], 'statement 7: Red, every group’s ratings, owner neutralised').toMatch(
			/^7,.*,Red,"Young people: 1 Red, 0 Amber, 0 Green; Parents and carers: 0 Red, 1 Amber, 0 Green; Staff: 0 Red, 0 Amber, 1 Green",.+,'=Ward manager,2027-06-30,No$/,
		);
		expect(rows[1]).toMatch(/^1,.*,Green,/);

		// Print: only the plan shows.
		await page.getByRole('button', { name: 'Print the plan' }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		await page.emulateMedia({ media: 'print' });
		const printed = page.locator('.app-review-session__printed');
		await expect(
			printed.getByRole('heading', { name: 'Action plan: Ward 3, March 2027' }),
		).toBeVisible();
		await expect(printed.getByRole('row', { name: /^7 / })).toContainText('=Ward manager');
		await expect(printed.getByRole('row', { name: /^7 / })).toContainText('30 June 2027');
		await expect(
			page.getByRole('heading', { name: '1. Load the participants’ views' }),
		).toBeHidden();
		await expect(page.getByRole('button', { name: 'Mark the plan final' })).toBeHidden();
		await page.emulateMedia({ media: 'screen' });
		await expect(printed).toBeHidden();

		// Save the whole session to a file, then reload: the session is restored from the device.
		const sessionDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Save the session' }).click();
		const sessionFile = await sessionDownload;
		expect(sessionFile.suggestedFilename()).toMatch(
			/^tl-m8-service-review-session-\d{4}-\d{2}-\d{2}\.session\.json$/,
		);
		const saved = JSON.parse(await readFile(await sessionFile.path(), 'utf8')) as {
			kind: string;
			title: string;
			views: unknown[];
			finalAt: string | null;
		};
		expect(saved).toMatchObject({ kind: 'traffic-light-session', title: 'Ward 3, March 2027' });
		expect(saved.views).toHaveLength(3);
		expect(saved.finalAt).not.toBeNull();
		await expect(page.getByText('Everything in this session is saved to a file.')).toBeVisible();

		await page.reload();
		await hydrateAll(page);
		await expect(
			page.getByText('3 views: Young people 1, Parents and carers 1, Staff 1.'),
		).toBeVisible();
		await expect(statementGroup(page, 7).getByRole('radio', { name: 'Red' })).toBeChecked();
		await expect(page.getByLabel('Owner for statement 7')).toHaveValue('=Ward manager');
		await expect(page.getByLabel('Session title')).toHaveValue('Ward 3, March 2027');
		await expect(status).toContainText('This plan was marked final on');

		// 5. Compare with the session six months earlier.
		await page.getByLabel('Earlier session file').setInputFiles(files['earlier.session.json']!);
		const compare = page.getByRole('region', { name: '5. Compare with an earlier session' });
		await expect(compare).toContainText('Comparing with “Ward 3, September 2026”');
		await expect(compare).toContainText('1 better, 1 worse, 1 the same, 9 not compared.');
		const changes = compare.getByRole('table', { name: 'Agreed ratings then and now' });
		await expect(changes.getByRole('row', { name: /^3\. / })).toHaveText(/Red.*Amber.*Better/);
		await expect(changes.getByRole('row', { name: /^7\. / })).toHaveText(/Amber.*Red.*Worse/);
		await expect(changes.getByRole('row', { name: /^1\. / })).toHaveText(/Green.*Green.*Same/);
		await expect(changes.getByRole('row', { name: /^2\. / })).toHaveText(
			/Not agreed.*Green.*Not compared/,
		);
		const actions = compare.getByRole('table', { name: /earlier plan’s actions/ });
		await expect(actions.getByRole('row', { name: /^3\. / })).toHaveText(/Ward manager.*Yes/);
		await expect(actions.getByRole('row', { name: /^7\. / })).toHaveText(/Matron.*No/);
		await expectNoAxeViolations(page, 'the session compared with an earlier one');

		// A participant's view is not an earlier session.
		await page.getByLabel('Earlier session file').setInputFiles(files['staff.view.json']!);
		await expect(compare).toContainText(
			"staff.view.json: this is a participant's view, not a saved session.",
		);
		await expect(compare, 'a refused file leaves the comparison as it was').toContainText(
			'1 better, 1 worse, 1 the same, 9 not compared.',
		);
	});

	test('asks before a saved session replaces unsaved work, and keeps it when told to', async ({
		page,
	}, testInfo) => {
		const files = await writeFiles(testInfo, {
			'staff.view.json': VIEWS['staff.view.json'],
			'earlier.session.json': earlierSessionText(),
		});
		await open(page);
		const input = page.getByLabel('Review files');
		await input.setInputFiles(files['staff.view.json']!);
		await expect(page.getByText('1 view added.')).toBeVisible();

		await input.setInputFiles(files['earlier.session.json']!);
		const question = page.getByRole('heading', {
			name: 'Open earlier.session.json in place of this session?',
		});
		await expect(question).toBeFocused();
		await page.getByRole('button', { name: 'Keep the current session' }).click();
		await expect(page.locator('.app-review-session__result')).toHaveText(
			'earlier.session.json was not opened; the current session is kept.',
		);
		await expect(page.getByText('1 view: Staff 1.')).toBeVisible();

		await input.setInputFiles(files['earlier.session.json']!);
		await page.getByRole('button', { name: 'Open the saved session' }).click();
		await expect(page.locator('.app-review-session__result')).toHaveText(
			'earlier.session.json is open as the current session.',
		);
		await expect(page.getByLabel('Session title')).toHaveValue('Ward 3, September 2026');
		await expect(statementGroup(page, 3).getByRole('radio', { name: 'Red' })).toBeChecked();
	});

	test('takes files dropped on the drop zone, and removes a view', async ({ page }) => {
		await open(page);
		const drop = await page.evaluateHandle((files) => {
			const transfer = new DataTransfer();
			for (const [name, text] of Object.entries(files))
				transfer.items.add(new File([text], name, { type: 'application/json' }));
			return transfer;
		}, VIEWS);
		const zone = page.locator('.app-review-session__drop');
		await zone.dispatchEvent('dragover', { dataTransfer: drop });
		await zone.dispatchEvent('drop', { dataTransfer: drop });
		await expect(page.locator('.app-review-session__result')).toContainText('3 views added.');

		await page.getByRole('button', { name: 'Remove Staff view 1' }).click();
		await expect(page.locator('.app-review-session__result')).toContainText(
			'Staff view 1 was removed from the session.',
		);
		await expect(page.getByRole('heading', { name: 'Views in this session' })).toBeFocused();
		await expect(page.getByText('2 views: Young people 1, Parents and carers 1.')).toBeVisible();
		const differ = page.getByRole('region', { name: '2. Where views differ' });
		await expect(
			differ.getByRole('table', { name: 'Ratings by group for statement 7' }).getByRole('row'),
			'the staff row is gone with the view',
		).toHaveCount(3);
	});

	test('keeps working in memory, and says so, when the browser will not keep the session', async ({
		page,
	}, testInfo) => {
		const files = await writeFiles(testInfo, { 'staff.view.json': VIEWS['staff.view.json'] });
		await page.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await open(page);
		await page.getByLabel('Review files').setInputFiles(files['staff.view.json']!);
		await expect(page.getByText('1 view: Staff 1.')).toBeVisible();
		await expect(page.locator('.nhsuk-warning-callout')).toContainText(
			'Your work is held only while the page is open: save the session to a file',
		);
		await statementGroup(page, 1).getByRole('radio', { name: 'Green' }).check();
		await expect(statementGroup(page, 1).getByRole('radio', { name: 'Green' })).toBeChecked();
	});

	test('can be run with the keyboard alone: load, agree and finalise', async ({
		page,
	}, testInfo) => {
		test.setTimeout(90_000);
		const files = await writeFiles(testInfo, VIEWS);
		await open(page);

		// The file input opens the system file chooser from the keyboard.
		await tabTo(page, page.getByLabel('Review files'));
		const chooser = page.waitForEvent('filechooser');
		await page.keyboard.press('Space');
		await (await chooser).setFiles(Object.values(files));
		await expect(page.locator('.app-review-session__result')).toContainText('3 views added.');

		// Tab to each statement's first rating (Red); Space chooses it, the arrow keys move on to Green.
		for (let number = 1; number <= 12; number += 1) {
			await tabTo(page, statementGroup(page, number).getByRole('radio', { name: 'Red' }));
			await page.keyboard.press('Space');
			if (number !== 7) {
				await page.keyboard.press('ArrowRight');
				await page.keyboard.press('ArrowRight');
			}
		}
		await expect(statementGroup(page, 7).getByRole('radio', { name: 'Red' })).toBeChecked();
		await expect(statementGroup(page, 12).getByRole('radio', { name: 'Green' })).toBeChecked();

		await tabTo(page, page.getByLabel('Owner for statement 7'));
		await page.keyboard.type('Ward manager');
		const finalButton = page.getByRole('button', { name: 'Mark the plan final' });
		await tabTo(page, finalButton);
		await page.keyboard.press('Enter');
		const summary = page.locator('.nhsuk-error-summary');
		await expect(summary).toBeFocused();
		await expect(summary).toContainText('Statement 7 needs a target date');

		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		const due = page.getByLabel('Target date for statement 7');
		await expect(due, 'the error link takes focus to the field').toBeFocused();
		// The date field's parts follow the browser's locale; fill them in that order.
		const order = await page.evaluate(() =>
			new Intl.DateTimeFormat().formatToParts(new Date(2027, 5, 30)).map((part) => part.type),
		);
		const digits = { day: '30', month: '06', year: '2027' } as Record<string, string>;
		await page.keyboard.type(
			order
				.filter((type) => type in digits)
				.map((type) => digits[type])
				.join(''),
		);
		await expect(due).toHaveValue('2027-06-30');

		await tabTo(page, finalButton);
		await page.keyboard.press('Enter');
		await expect(page.locator('.app-review-session__status')).toContainText(
			'This plan was marked final on',
		);
	});

	test.describe('at 320 px', () => {
		test.use({ viewport: { width: 320, height: 640 } });

		test('fits the screen with views, a plan and a comparison on it', async ({
			page,
		}, testInfo) => {
			const files = await writeFiles(testInfo, {
				...VIEWS,
				'earlier.session.json': earlierSessionText(),
			});
			await open(page);
			await page
				.getByLabel('Review files')
				.setInputFiles(Object.keys(VIEWS).map((name) => files[name]!));
			await expect(page.locator('.app-review-session__result')).toContainText('3 views added.');
			await statementGroup(page, 7).getByRole('radio', { name: 'Red' }).check();
			await page.getByRole('button', { name: 'Mark the plan final' }).click();
			await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
			await page.getByLabel('Earlier session file').setInputFiles(files['earlier.session.json']!);
			await expect(page.getByText('0 better, 1 worse, 0 the same, 11 not compared.')).toBeVisible();

			const overflow = await page.evaluate(() => ({
				page: document.documentElement.scrollWidth,
				wide: [...document.querySelectorAll('body *')]
					.filter(
						(el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
					)
					// Clipped inside a box that fits (the responsive tables' visually hidden heads):
					// nothing there can be seen or scrolled to.
					.filter((el) => {
						for (
							let box = el.parentElement;
							box && box !== document.documentElement;
							box = box.parentElement
						) {
							const style = getComputedStyle(box);
							const clips = style.overflowX !== 'visible' || style.clipPath !== 'none';
							if (
								clips &&
								box.getBoundingClientRect().right <= document.documentElement.clientWidth + 1
							)
								return false;
						}
						return true;
					})
					.slice(0, 5)
					.map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
			}));
			expect(overflow.wide, 'elements wider than the screen').toEqual([]);
			expect(overflow.page).toBeLessThanOrEqual(320);
		});
	});
});
