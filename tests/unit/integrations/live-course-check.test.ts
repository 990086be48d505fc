import type { HookParameters } from 'astro';
import { EventEmitter } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { isInCourseFolders } from '../../../src/integrations/course-files.ts';
import {
	COURSE_CHECK_REQUEST,
	COURSE_CHECK_RESULT,
	type CourseCheckResult,
} from '../../../src/integrations/live-check-events.ts';
import { startLiveCourseCheck } from '../../../src/integrations/live-course-check.ts';
import type { Problem } from '../../../src/lib/problems/problem.ts';

const VALID = fileURLToPath(new URL('../../fixtures/valid', import.meta.url));

type Setup = Pick<HookParameters<'astro:server:setup'>, 'server' | 'logger'>;

/** The parts of Vite's dev server and Astro's logger the live check uses, recording what it does. */
function fakeDevServer() {
	const watcher = new EventEmitter();
	const handlers = new Map<string, (data: unknown, client: { send: typeof send }) => void>();
	const sent: Array<{ event: string; result: CourseCheckResult }> = [];
	function send(event: string, result: CourseCheckResult) {
		sent.push({ event, result });
	}
	const hot = {
		on: (event: string, handler: (data: unknown, client: { send: typeof send }) => void) =>
			handlers.set(event, handler),
		send,
	};
	const log: string[] = [];
	const logger = {
		info: (text: string) => log.push(text),
		warn: (text: string) => log.push(text),
		error: (text: string) => log.push(text),
	};
	const setup = {
		server: { watcher, environments: { client: { hot } } },
		logger,
	} as unknown as Setup;
	/** What a page gets back when it asks for the latest result. */
	const ask = () => {
		const answers: CourseCheckResult[] = [];
		handlers.get(COURSE_CHECK_REQUEST)?.(undefined, {
			send: (_event: string, result: CourseCheckResult) => answers.push(result),
		});
		return answers;
	};
	return { setup, watcher, sent, log, ask };
}

describe('startLiveCourseCheck', () => {
	let root: string;
	let stop: (() => void) | undefined;

	beforeEach(async () => {
		root = await mkdtemp(join(tmpdir(), 'rip-live-check-'));
		await cp(VALID, root, { recursive: true });
	});
	afterEach(async () => {
		stop?.();
		await rm(root, { recursive: true, force: true });
	});

	test('answers a page that asks with what the check found when the server started', () => {
		const problem: Problem = {
			file: 'modules/basics/module.yaml',
			line: 2,
			field: 'title',
			message: '`title` is empty.',
		};
		const dev = fakeDevServer();
		stop = startLiveCourseCheck(dev.setup, { root, initial: [problem] });
		expect(dev.ask()).toEqual([
			{
				summary: {
					title: 'The course check found 1 problem.',
					action: 'Fix them and save: this message goes away when the check passes.',
					items: [
						{
							location: 'modules/basics/module.yaml:2',
							field: 'title',
							message: '`title` is empty.',
							warning: false,
						},
					],
				},
			},
		]);
	});

	test('checks again after a save in modules/, prints the problems and sends them to every page, then clears them', async () => {
		const dev = fakeDevServer();
		stop = startLiveCourseCheck(dev.setup, { root, initial: [] });
		expect(dev.ask()).toEqual([{ summary: null }]);

		const file = join(root, 'modules/basics/module.yaml');
		const original = await readFile(file, 'utf8');
		await writeFile(file, original.replace('title: Rights basics', 'titel: Rights basics'));
		dev.watcher.emit('all', 'change', file);

		await vi.waitFor(() => expect(dev.sent).toHaveLength(1), { timeout: 10_000 });
		const [first] = dev.sent;
		expect(first?.event).toBe(COURSE_CHECK_RESULT);
		expect(first?.result.summary?.items).toEqual([
			expect.objectContaining({
				location: 'modules/basics/module.yaml:2:1',
				field: 'title',
				hint: 'Did you mean `title` instead of `titel`? Rename `titel` to `title`.',
			}),
		]);
		expect(dev.ask(), 'a page that opens now gets the same').toEqual([first?.result]);
		expect(dev.log.join('\n')).toContain(
			'Fix the problem above, then save the file to check again.',
		);

		await writeFile(file, original);
		dev.watcher.emit('all', 'change', file);
		await vi.waitFor(() => expect(dev.sent).toHaveLength(2), { timeout: 10_000 });
		expect(dev.sent[1]?.result).toEqual({ summary: null });
		expect(dev.log.at(-1)).toBe('Course check passed.');
	});
});

describe('isInCourseFolders', () => {
	test('is true for files the check reads and anything else under modules/ or content/', () => {
		expect(isInCourseFolders('modules/basics/01-rights.mdx')).toBe(true);
		expect(isInCourseFolders('modules/new-module')).toBe(true);
		expect(isInCourseFolders('content\\law\\dol-2026.yaml')).toBe(true);
	});

	test('is false elsewhere, including folders whose names only start the same', () => {
		expect(isInCourseFolders('src/pages/index.astro')).toBe(false);
		expect(isInCourseFolders('modules-old/x.mdx')).toBe(false);
		expect(isInCourseFolders('../modules/x.mdx')).toBe(false);
		expect(isInCourseFolders('contents.md')).toBe(false);
	});
});
