import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, test, vi } from 'vitest';
import { createProgressDb, DB_OPEN_TIMEOUT_MS } from '../../../../src/lib/progress/db.ts';
import {
	createLmsSafetyNet,
	SAFETY_NET_NOTE_PREFIX,
} from '../../../../src/lib/scorm/safety-net.ts';
import { memoryStorage } from '../../memory-storage.ts';
import { createModuleProgress } from '../../../../src/lib/progress/model.ts';

let counter = 0;
const freshName = () => `db-test-${Date.now()}-${counter++}`;

describe('createProgressDb', () => {
	test('upgrades a version 1 database without losing the progress in it', async () => {
		const name = freshName();
		const v1 = new Dexie(name);
		v1.version(1).stores({ modules: 'moduleId', settings: 'key' });
		await v1
			.table('modules')
			.put({ ...createModuleProgress('m1', '1.0.0', '2026-11-01T10:00:00.000Z'), schema: 1 });
		v1.close();

		const db = createProgressDb(name);
		await db.open();
		expect(db.verno).toBe(2);
		expect((await db.modules.get('m1'))?.moduleVersion).toBe('1.0.0');
		expect(await db.lmsRecords.count()).toBe(0);
		db.close();
	});
});

describe('createLmsSafetyNet', () => {
	test('keeps a module per learner and module, across connections', async () => {
		const name = freshName();
		const progress = createModuleProgress('m1', '1.0.0', '2026-11-01T10:00:00.000Z');
		await createLmsSafetyNet(createProgressDb(name)).save('learner-7:m1', {
			progress: { ...progress, bookmark: 'l-two' },
			attempt: 'AbC-_9',
			confirmed: true,
		});

		const reopened = createLmsSafetyNet(createProgressDb(name));
		const record = await reopened.load('learner-7:m1');
		expect(record?.progress.bookmark).toBe('l-two');
		expect(record).toMatchObject({ attempt: 'AbC-_9', confirmed: true });
		expect(await reopened.load('learner-8:m1')).toBeUndefined();
	});

	test('answers "nothing stored" instead of failing when IndexedDB cannot be used', async () => {
		const broken = createProgressDb(freshName());
		broken.close({ disableAutoOpen: true });
		const net = createLmsSafetyNet(broken);
		await expect(
			net.save('k', { progress: createModuleProgress('m1', '1.0.0', '2026-11-01T10:00:00.000Z') }),
		).resolves.toBeUndefined();
		await expect(net.load('k')).resolves.toBeUndefined();
	});
});

describe('createLmsSafetyNet when the package closes mid-write', () => {
	const at = '2026-11-01T10:00:00.000Z';
	const progress = (bookmark: string) => ({ ...createModuleProgress('m1', '1.0.0', at), bookmark });

	test('the next launch finds the save IndexedDB never finished, not the one before', async () => {
		const name = freshName();
		const notes = memoryStorage();
		await createLmsSafetyNet(createProgressDb(name), () => notes).save('learner-7:m1', {
			progress: progress('l-three'),
			attempt: 'AbC-_9',
		});
		// The LMS closes the package while IndexedDB is still writing the next save.
		const closing = createProgressDb(name);
		vi.spyOn(closing.lmsRecords, 'put').mockReturnValue(new Promise(() => undefined) as never);
		void createLmsSafetyNet(closing, () => notes).save('learner-7:m1', {
			progress: progress('l-four'),
			attempt: 'AbC-_9',
		});

		const relaunched = await createLmsSafetyNet(createProgressDb(name), () => notes).load(
			'learner-7:m1',
		);
		expect(relaunched?.progress.bookmark).toBe('l-four');
		expect(relaunched?.attempt).toBe('AbC-_9');
	});

	test('keeps no note once IndexedDB has the save', async () => {
		const notes = memoryStorage();
		await createLmsSafetyNet(createProgressDb(freshName()), () => notes).save('learner-7:m1', {
			progress: progress('l-two'),
		});
		expect([...notes.entries.keys()]).toEqual([]);
	});

	test('ignores a damaged note and reads IndexedDB', async () => {
		const name = freshName();
		const notes = memoryStorage();
		await createLmsSafetyNet(createProgressDb(name), () => notes).save('learner-7:m1', {
			progress: progress('l-two'),
		});
		notes.setItem(`${SAFETY_NET_NOTE_PREFIX}learner-7:m1`, '{"progress":');
		const record = await createLmsSafetyNet(createProgressDb(name), () => notes).load(
			'learner-7:m1',
		);
		expect(record?.progress.bookmark).toBe('l-two');
	});
});

describe('createLmsSafetyNet with an open that never settles', () => {
	test('answers "nothing stored" after the time limit, so the launch is not held up', async () => {
		vi.useFakeTimers();
		try {
			const neverOpens = { open: () => ({}) as IDBOpenDBRequest };
			const net = createLmsSafetyNet(
				createProgressDb(freshName(), { indexedDB: neverOpens, IDBKeyRange }),
			);
			const loading = net.load('k');
			await vi.advanceTimersByTimeAsync(DB_OPEN_TIMEOUT_MS);
			await expect(loading).resolves.toBeUndefined();
			await expect(
				net.save('k', {
					progress: createModuleProgress('m1', '1.0.0', '2026-11-01T10:00:00.000Z'),
				}),
				'later saves fail at once instead of waiting too',
			).resolves.toBeUndefined();
		} finally {
			vi.useRealTimers();
		}
	});
});
