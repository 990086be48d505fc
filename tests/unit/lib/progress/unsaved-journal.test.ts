import { describe, expect, test } from 'vitest';
import { memoryStorage } from '../../memory-storage.ts';
import { createEmptyState, createModuleProgress } from '../../../../src/lib/progress/model.ts';
import {
	createUnsavedJournal,
	isJournaled,
	isSuperseded,
	UNSAVED_PREFIX,
	type JournaledEvent,
	type JournalStorage,
} from '../../../../src/lib/progress/unsaved-journal.ts';

const note = (text: string, at: string): Extract<JournaledEvent, { type: 'reflection-saved' }> => ({
	type: 'reflection-saved',
	moduleId: 'm1',
	reflectionId: 'r1',
	text,
	at,
});

let ids = 0;
const journalOn = (storage: JournalStorage | undefined) =>
	createUnsavedJournal(
		() => storage,
		() => String(++ids),
	);

describe('createUnsavedJournal', () => {
	test('keeps a noted save until it is forgotten', () => {
		const storage = memoryStorage();
		const journal = journalOn(storage);
		const forget = journal.note(note('typed', '2026-01-01T10:00:00.000Z'));
		expect(storage.entries.size).toBe(1);
		forget();
		expect(journal.take()).toEqual([]);
	});

	test('hands back the saves a closed page left, oldest first, once only', () => {
		const storage = memoryStorage();
		const closedPage = journalOn(storage);
		closedPage.note(note('second', '2026-01-01T10:00:02.000Z'));
		closedPage.note(note('first', '2026-01-01T10:00:01.000Z'));
		storage.setItem('another-app', 'kept');

		const nextPage = journalOn(storage);
		expect(nextPage.take().map((event) => (event as { text: string }).text)).toEqual([
			'first',
			'second',
		]);
		expect(nextPage.take()).toEqual([]);
		expect(storage.getItem('another-app'), 'other entries are left alone').toBe('kept');
	});

	test('hands back only the modules asked for and keeps the rest noted', () => {
		const storage = memoryStorage();
		const journal = journalOn(storage);
		journal.note(note('this module', '2026-01-01T10:00:01.000Z'));
		journal.note({ ...note('another package', '2026-01-01T10:00:02.000Z'), moduleId: 'm2' });

		const moduleOf = (event: JournaledEvent) => ('moduleId' in event ? event.moduleId : '');
		expect(journal.take((moduleId) => moduleId === 'm1').map(moduleOf)).toEqual(['m1']);
		expect(journal.take().map(moduleOf)).toEqual(['m2']);
	});

	test('keeps the learner’s name for every page, whatever module it asks for', () => {
		const storage = memoryStorage();
		journalOn(storage).note({ type: 'learner-name-set', learnerName: 'Sam', at: 'x' });
		expect(journalOn(storage).take(() => false)).toEqual([
			{ type: 'learner-name-set', learnerName: 'Sam', at: 'x' },
		]);
	});

	test('drops entries that are not a noted save', () => {
		const storage = memoryStorage();
		storage.setItem(`${UNSAVED_PREFIX}a`, '{broken');
		storage.setItem(`${UNSAVED_PREFIX}b`, JSON.stringify({ type: 'lesson-visited', at: 'x' }));
		storage.setItem(
			`${UNSAVED_PREFIX}c`,
			JSON.stringify({ ...note('x', 'y'), type: 'rights-check-saved', checkId: 'c', answers: [1] }),
		);
		expect(journalOn(storage).take()).toEqual([]);
		expect(storage.entries.size).toBe(0);
	});

	test('notes nothing and never throws where storage is blocked or full', () => {
		expect(() => journalOn(undefined).note(note('a', 'b'))()).not.toThrow();
		const full = memoryStorage();
		full.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		const journal = journalOn(full);
		expect(() => journal.note(note('a', 'b'))()).not.toThrow();
		expect(journal.take()).toEqual([]);
	});
});

describe('isJournaled', () => {
	test('notes only saves that set free text', () => {
		expect(isJournaled(note('a', 'b'))).toBe(true);
		expect(
			isJournaled({
				type: 'rights-check-saved',
				moduleId: 'm1',
				checkId: 'c',
				answers: {},
				at: 'b',
			}),
		).toBe(true);
		expect(isJournaled({ type: 'lesson-visited', moduleId: 'm1', lessonId: 'l1', at: 'b' })).toBe(
			false,
		);
	});
});

describe('isSuperseded', () => {
	test('a replay never undoes text saved at the same time or later', () => {
		const state = createEmptyState();
		const module = createModuleProgress('m1', '1.0.0', '2026-01-01T09:00:00.000Z');
		module.reflections['r1'] = { text: 'later', updatedAt: '2026-01-01T10:00:05.000Z' };
		state.modules['m1'] = module;
		expect(isSuperseded(state, note('older', '2026-01-01T10:00:01.000Z'))).toBe(true);
		expect(isSuperseded(state, note('same', '2026-01-01T10:00:05.000Z'))).toBe(true);
		expect(isSuperseded(state, note('newer', '2026-01-01T10:00:09.000Z'))).toBe(false);
		expect(isSuperseded(createEmptyState(), note('first', '2026-01-01T10:00:01.000Z'))).toBe(false);
	});

	test('a name is replayed only when the stored one differs', () => {
		const named = { ...createEmptyState(), learnerName: 'Sam Taylor' };
		const name = (learnerName: string) => ({
			type: 'learner-name-set' as const,
			learnerName,
			at: '2026-01-01T10:00:01.000Z',
		});
		expect(isSuperseded(named, name('Sam Taylor'))).toBe(true);
		expect(isSuperseded(named, name('Sam J Taylor'))).toBe(false);
	});
});
