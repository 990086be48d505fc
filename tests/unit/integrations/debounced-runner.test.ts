import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createDebouncedRunner } from '../../../src/integrations/debounced-runner.ts';

/** A task whose runs are counted and finish only when the test says so. */
function controlledTask() {
	const finishes: Array<() => void> = [];
	const task = vi.fn(
		() =>
			new Promise<void>((resolve) => {
				finishes.push(resolve);
			}),
	);
	const finishRun = async () => {
		finishes.shift()?.();
		// Let the runner see the run has ended.
		await vi.advanceTimersByTimeAsync(0);
	};
	return { task, finishRun };
}

describe('createDebouncedRunner', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	test('runs once, after the delay, for a burst of requests such as one save', async () => {
		const { task } = controlledTask();
		const runner = createDebouncedRunner(task, { delayMs: 200, onError: () => {} });
		runner.request();
		await vi.advanceTimersByTimeAsync(150);
		runner.request();
		runner.request();
		await vi.advanceTimersByTimeAsync(150);
		expect(task).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(50);
		expect(task).toHaveBeenCalledTimes(1);
	});

	test('never runs twice at once, and runs again after a run when a save came during it', async () => {
		const { task, finishRun } = controlledTask();
		const runner = createDebouncedRunner(task, { delayMs: 200, onError: () => {} });
		runner.request();
		await vi.advanceTimersByTimeAsync(200);
		expect(task).toHaveBeenCalledTimes(1);
		runner.request();
		runner.request();
		await vi.advanceTimersByTimeAsync(1_000);
		expect(task, 'no second run while the first is going').toHaveBeenCalledTimes(1);
		await finishRun();
		await vi.advanceTimersByTimeAsync(200);
		expect(task, 'one more run for the saves during the first').toHaveBeenCalledTimes(2);
		await finishRun();
		await vi.advanceTimersByTimeAsync(1_000);
		expect(task).toHaveBeenCalledTimes(2);
	});

	test('reports a failed run and still runs on the next request', async () => {
		const errors: unknown[] = [];
		const task = vi
			.fn<() => Promise<void>>()
			.mockRejectedValueOnce(new Error('disk gone'))
			.mockResolvedValue();
		const runner = createDebouncedRunner(task, {
			delayMs: 200,
			onError: (error) => errors.push(error),
		});
		runner.request();
		await vi.advanceTimersByTimeAsync(200);
		expect(errors).toEqual([new Error('disk gone')]);
		runner.request();
		await vi.advanceTimersByTimeAsync(200);
		expect(task).toHaveBeenCalledTimes(2);
	});

	test('does nothing after it is stopped', async () => {
		const { task } = controlledTask();
		const runner = createDebouncedRunner(task, { delayMs: 200, onError: () => {} });
		runner.request();
		runner.stop();
		runner.request();
		await vi.advanceTimersByTimeAsync(1_000);
		expect(task).not.toHaveBeenCalled();
	});
});
