import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Overridable so two checkouts can run their browser tests side by side.
const PORT = Number(process.env['E2E_SITE_PORT'] ?? 4329);
/** Also read by the SCORM browser tests. */
export const LMS_PORT = Number(process.env['E2E_LMS_PORT'] ?? 4330);
// Use the system Chromium (Debian's `chromium` package) so CI never downloads a browser.
const executablePath =
	process.env['CHROMIUM_PATH'] ??
	(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: !!process.env['CI'],
	// In CI a failing test is tried once more, and the report names every test that passed only
	// on its retry ("flaky"), so a rare timing fault is seen and fixed without failing the run on
	// a machine shared with other work. A test that fails twice fails the run.
	retries: process.env['CI'] ? 1 : 0,
	fullyParallel: true,
	workers: 2,
	reporter: 'list',
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			args: [
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: [
		{
			command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !process.env['CI'],
			timeout: 60_000,
		},
		{
			// The preview LMS (scorm-again as the LMS) serving the built packages from deep paths.
			command: `node scorm-build/preview-lms/serve.ts`,
			env: { PORT: String(LMS_PORT) },
			url: `http://127.0.0.1:${LMS_PORT}/`,
			reuseExistingServer: !process.env['CI'],
			timeout: 60_000,
		},
	],
});
