import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ProgressStorage } from '../../../src/lib/progress/storage.ts';
import { startScormSession, type ScormSession } from '../../../src/lib/scorm/session/index.ts';
import type { BuildTarget } from '../../../src/lib/site/target.ts';
import { info, newLms2004, windowWith } from '../lib/scorm/fixtures.ts';

const opened: ProgressStorage[] = [];
const sessions: ScormSession[] = [];

/** The storage a page in `win` gets from the entry script of a `target` build. */
async function storageFor(target: BuildTarget, win: object): Promise<ProgressStorage> {
	vi.resetModules();
	vi.stubEnv('RIP_TARGET', target);
	const configure = vi.fn<(open: () => Promise<ProgressStorage>) => void>();
	vi.doMock('../../../src/lib/progress/store.ts', async (importOriginal) => ({
		...(await importOriginal<object>()),
		configureProgressStorage: configure,
	}));
	vi.stubGlobal('window', win);
	await import('../../../src/entry/progress-storage.ts');
	expect(configure).toHaveBeenCalledOnce();
	const storage = await configure.mock.calls[0]![0]();
	opened.push(storage);
	return storage;
}

function topWindow(): object {
	const top: { parent?: object } = {};
	top.parent = top;
	return top;
}

function lessonFrameOfLaunch(): object {
	const session = startScormSession({
		win: windowWith('API_1484_11', newLms2004()),
		version: '2004-4',
		info,
		reporting: 'passed-failed',
		commitDelay: 0,
	});
	sessions.push(session);
	return { parent: { ripScormSession: session } };
}

afterEach(() => {
	for (const storage of opened.splice(0)) storage.close?.();
	for (const session of sessions.splice(0)) session.terminate();
	vi.unstubAllGlobals();
	vi.unstubAllEnvs();
	vi.doUnmock('../../../src/lib/progress/store.ts');
});

describe('progress-storage entry', () => {
	test('keeps a packaged lesson’s progress in the launch page’s SCORM session', async () => {
		const storage = await storageFor('scorm', lessonFrameOfLaunch());
		expect(storage.kind).toBe('scorm-2004');
	});

	test('keeps a package’s progress in IndexedDB when no launch session hosts it', async () => {
		expect((await storageFor('scorm', topWindow())).kind).toBe('indexeddb');
		expect((await storageFor('scorm', { parent: {} })).kind).toBe('indexeddb');
	});

	test('keeps the website’s progress in IndexedDB, even inside a launch page’s frame', async () => {
		const storage = await storageFor('site', lessonFrameOfLaunch());
		expect(storage.kind).toBe('indexeddb');
	});
});
