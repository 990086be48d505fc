// Bundled by scripts/bench.ts and run inside Chromium: times the real Dexie storage adapter
// persisting progress events into a fresh IndexedDB database.
import { openDexieStorage, timePersistedEvent } from '../../src/lib/progress/dexie-storage.ts';
import { applyEvent, createEmptyState } from '../../src/lib/progress/model.ts';
import type { ProgressEvent } from '../../src/schemas/progress.ts';

declare global {
	interface Window {
		benchPersist: (count: number) => Promise<number[]>;
	}
}

window.benchPersist = async (count) => {
	const storage = await openDexieStorage({ dbName: `bench-${Date.now()}` });
	let state = createEmptyState();
	const times: number[] = [];
	for (let i = 0; i < count; i += 1) {
		const event: ProgressEvent = {
			type: 'question-answered',
			moduleId: 'bench-module',
			questionId: `q-${i % 40}`,
			response: ['a', 'b'],
			correct: i % 3 !== 0,
			at: new Date().toISOString(),
		};
		times.push(await timePersistedEvent(storage, state, event));
		state = applyEvent(state, event);
	}
	return times;
};
