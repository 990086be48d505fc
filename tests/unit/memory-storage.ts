/**
 * `localStorage` for unit tests: a map the test can seed and read, with `full` making every write
 * throw as a full or blocked storage does. It has every member the code under test may use
 * (`getItem`, `setItem`, `removeItem`, `key`, `length`).
 */
export function memoryStorage(options: { entries?: Record<string, string>; full?: boolean } = {}) {
	const entries = new Map(Object.entries(options.entries ?? {}));
	return {
		entries,
		get length() {
			return entries.size;
		},
		key: (index: number) => [...entries.keys()][index] ?? null,
		getItem: (key: string) => entries.get(key) ?? null,
		setItem: (key: string, value: string) => {
			if (options.full)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			entries.set(key, value);
		},
		removeItem: (key: string) => void entries.delete(key),
	};
}
