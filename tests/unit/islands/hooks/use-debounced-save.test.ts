import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
	createDebouncedSave,
	SAVE_DELAY_MS,
} from '../../../../src/islands/hooks/use-debounced-save.ts';

let saved: Array<[string, string]>;
const record = (value: string, key: string) => saved.push([key, value]);

beforeEach(() => {
	saved = [];
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
});

describe('createDebouncedSave', () => {
	test('saves the latest value once typing pauses for the delay', () => {
		const saver = createDebouncedSave(record);
		saver.schedule('a');
		vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
		saver.schedule('ab');
		vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
		expect(saved).toEqual([]);
		expect(saver.isPending()).toBe(true);
		vi.advanceTimersByTime(1);
		expect(saved).toEqual([['', 'ab']]);
		expect(saver.isPending()).toBe(false);
	});

	test('flush saves a waiting value at once and only once', () => {
		const saver = createDebouncedSave(record);
		saver.flush();
		saver.schedule('note');
		saver.flush();
		vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
		expect(saved).toEqual([['', 'note']]);
	});

	test('keeps a waiting value per key and flushes one key without the others', () => {
		const saver = createDebouncedSave(record);
		saver.schedule('first', 's1');
		saver.schedule('second', 's2');
		saver.flush('s1');
		expect(saved).toEqual([['s1', 'first']]);
		expect(saver.isPending('s2')).toBe(true);
		saver.flushAll();
		expect(saved).toEqual([
			['s1', 'first'],
			['s2', 'second'],
		]);
		vi.advanceTimersByTime(SAVE_DELAY_MS);
		expect(saved).toHaveLength(2);
	});

	test('saveNow replaces a waiting value instead of saving both', () => {
		const saver = createDebouncedSave(record);
		saver.schedule('typed');
		saver.saveNow('step changed');
		vi.advanceTimersByTime(SAVE_DELAY_MS);
		expect(saved).toEqual([['', 'step changed']]);
	});
});
