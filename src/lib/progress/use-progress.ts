import { useEffect } from 'preact/hooks';
import { moduleProgressSignal, startProgress, storageStatus, type StorageStatus } from './store.ts';
import type { ModuleProgress } from '../../schemas/progress.ts';

/**
 * Starts progress after the island mounts (never during server rendering) and returns where
 * progress is kept; the island re-renders when that changes.
 */
export function useProgressStarted(): StorageStatus {
	useEffect(() => {
		void startProgress();
	}, []);
	return storageStatus.value;
}

/** The module's progress record, starting progress after mount; re-renders when it changes. */
export function useModuleProgress(moduleId: string): ModuleProgress | undefined {
	useProgressStarted();
	return moduleProgressSignal(moduleId).value;
}
