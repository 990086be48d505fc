import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readModulesFile } from '../../../scorm-build/modules-file.ts';
import type { ScormModuleEntry } from '../../../src/schemas/scorm-contract.ts';
import { info } from '../lib/scorm/fixtures.ts';

const SHOWN = 'dist-scorm/scorm-modules.json';

const entry: ScormModuleEntry = {
	id: info.summary.id,
	title: info.summary.title,
	summary: 'Rights in everyday ward decisions.',
	version: info.summary.version,
	passMark: info.summary.passMark,
	estimatedMinutes: info.summary.estimatedMinutes,
	info,
};

let dir: string;
let file: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'rip-modules-file-'));
	file = join(dir, 'scorm-modules.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The message for a file holding `text`; fails the test if the file is accepted. */
function messageFor(text: string | undefined): string {
	if (text !== undefined) writeFileSync(file, text);
	const result = readModulesFile(file, SHOWN);
	if (result.ok) throw new Error('The file was accepted');
	return result.message;
}

describe('readModulesFile', () => {
	test('returns the modules of a file the site build wrote', () => {
		writeFileSync(file, JSON.stringify([entry], null, '\t'));
		expect(readModulesFile(file, SHOWN)).toEqual({ ok: true, modules: [entry] });
	});

	test('says a missing file needs a build', () => {
		expect(messageFor(undefined)).toBe(
			'`dist-scorm/scorm-modules.json` is missing, so the site has not been built for SCORM: run `npm run build`.',
		);
	});

	test('says a file cut short is from an unfinished build', () => {
		expect(messageFor('[{"id": "first-look", ')).toMatch(
			/^`dist-scorm\/scorm-modules\.json` is not valid JSON \(.+\), so the build that wrote it did not finish: run `npm run build`\.$/,
		);
	});

	test('names the first field an older build wrote differently', () => {
		const older = { ...entry, info: { ...info, reviews: undefined } };
		expect(messageFor(JSON.stringify([older]))).toBe(
			'`dist-scorm/scorm-modules.json` is from an older build and does not match what the packager reads (`[0].info.reviews`: expected array, received undefined): run `npm run build`.',
		);
	});

	test('counts the other differences', () => {
		const older = { ...entry, passMark: '80', info: { ...info, questions: [{ id: 'q-1' }] } };
		expect(messageFor(JSON.stringify([older]))).toContain(
			'(`[0].passMark`: expected number, received string; 4 more differences)',
		);
	});

	test('says when the file is not a module list at all', () => {
		expect(messageFor(JSON.stringify({ modules: [entry] }))).toBe(
			'`dist-scorm/scorm-modules.json` is from an older build and does not match what the packager reads (the whole file: expected array, received object): run `npm run build`.',
		);
	});
});
