import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { info } from '../lib/scorm/fixtures.ts';

const INSPECT = join(import.meta.dirname, '../../../scorm-build/inspect.ts');

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'rip-inspect-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run scorm:inspect -- <value> --info <file>` with `content` in the file. */
function inspect(content: unknown) {
	const file = join(dir, 'info.json');
	writeFileSync(file, JSON.stringify(content));
	const run = spawnSync(process.execPath, [INSPECT, 'not-suspend-data', '--info', file], {
		encoding: 'utf8',
	});
	return { file, stderr: run.stderr };
}

describe('scorm:inspect --info', () => {
	test('names a module info file from another build and falls back to hashes', () => {
		const { file, stderr } = inspect({ summary: { ...info.summary, id: 7 } });
		expect(stderr).toContain(
			`${file} is not module info from this version of the packager (\`summary.id\`: expected string, received number; 3 more differences): run \`npm run build\` and use the file it leaves in dist/scorm/info. Showing hashes.`,
		);
	});

	test('reads module info the package build wrote', () => {
		expect(inspect(info).stderr).not.toContain('is not module info');
	});
});
