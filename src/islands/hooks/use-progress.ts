/**
 * How islands reach the page's progress store (`lib/progress/store.ts`). Every hook here starts
 * progress after the island mounts, never during server rendering, and re-renders the island
 * when the progress it reads changes.
 */
import { useEffect, useState, type Inputs } from 'preact/hooks';
import { moduleProgressSignal, progressState, startProgress } from '../../lib/progress/store.ts';
import type { ModuleProgress, ProgressState } from '../../schemas/progress.ts';

/** Starts loading saved progress once the island has mounted. */
export function useProgressStarted(): void {
	useEffect(() => {
		void startProgress();
	}, []);
}

/** All of the learner's progress. */
export function useProgressState(): ProgressState {
	useProgressStarted();
	return progressState.value;
}

/** The module's progress record; `undefined` before the learner has done anything in it. */
export function useModuleProgress(moduleId: string): ModuleProgress | undefined {
	useProgressStarted();
	return moduleProgressSignal(moduleId).value;
}

/**
 * `false` until saved progress has loaded, then `true`: controls that change progress stay
 * disabled until then. `onReady` runs just before, once per change of `deps`, for islands that
 * start from what was saved (read it with `progressState.peek()`) or record the visit; it runs
 * even if the island has gone by then.
 *
 * ```ts
 * const ready = useProgressReady(() => {
 * 	const saved = progressState.peek().modules[moduleId]?.checks[data.id]?.answers;
 * 	if (saved) setAnswers({ ...saved });
 * }, [data.id, moduleId]);
 * ```
 */
export function useProgressReady(onReady?: () => void, deps: Inputs = []): boolean {
	const [ready, setReady] = useState(false);
	useEffect(() => {
		void startProgress().then(() => {
			onReady?.();
			setReady(true);
		});
		// `deps` names what `onReady` reads, as for `useEffect`.
	}, deps);
	return ready;
}
