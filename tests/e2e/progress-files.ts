/** Hand-made progress files, and loading one on the My progress page as a learner does. */
import type { Page } from '@playwright/test';

export const AT = '2025-05-01T08:30:00.000Z';

/** A hand-made progress file: the shape an export has, written by someone else. */
export function progressFile(modules: Record<string, unknown>, learnerName = ''): string {
	return JSON.stringify({
		app: 'rights-in-practice',
		format: 1,
		exportedAt: AT,
		progress: { schema: 1, learnerName, modules },
	});
}

/** Module 1 completed with full marks, and nothing else recorded. */
export const completedFirstLook = {
	moduleId: 'first-look',
	moduleVersion: '1.0.0',
	startedAt: AT,
	updatedAt: AT,
	completedAt: AT,
	completedScore: 100,
};

/** Loads a progress file (a path, or a file's text) with the form on `/progress/`. */
export async function loadFile(page: Page, file: string | { text: string }): Promise<void> {
	await page
		.getByLabel('Progress file (.json)')
		.setInputFiles(
			typeof file === 'string'
				? file
				: { name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file.text) },
		);
	await page.getByRole('button', { name: 'Load progress from file' }).click();
}
