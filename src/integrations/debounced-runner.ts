/**
 * Runs a slow task after a burst of requests has settled, one run at a time. Editors save a file
 * as several events (write, rename, change), and a trainer may save again while the course check
 * is still running: each burst gives one run, and the result of the last run always reflects the
 * last save.
 */

export interface DebouncedRunner {
	/** Asks for a run `delayMs` after the last request; during a run, asks for one more after it. */
	request(): void;
	/** Cancels a waiting run; requests after this are ignored. */
	stop(): void;
}

/**
 * `task` runs `delayMs` after the last `request()`. Runs never overlap: a request that arrives
 * while `task` runs starts a new wait when the run ends. A rejected run is passed to `onError`
 * and later requests still run.
 */
export function createDebouncedRunner(
	task: () => Promise<void>,
	{ delayMs, onError }: { delayMs: number; onError: (error: unknown) => void },
): DebouncedRunner {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let running = false;
	let requestedDuringRun = false;
	let stopped = false;

	const run = async () => {
		timer = undefined;
		running = true;
		try {
			await task();
		} catch (error) {
			onError(error);
		} finally {
			running = false;
			if (requestedDuringRun) {
				requestedDuringRun = false;
				request();
			}
		}
	};

	function request() {
		if (stopped) return;
		if (running) {
			requestedDuringRun = true;
			return;
		}
		if (timer !== undefined) clearTimeout(timer);
		timer = setTimeout(() => void run(), delayMs);
	}

	return {
		request,
		stop() {
			stopped = true;
			if (timer !== undefined) clearTimeout(timer);
			timer = undefined;
		},
	};
}
