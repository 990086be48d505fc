/**
 * The session without an LMS (no API found, or Initialize failed): it keeps the pages' progress
 * for the launch and makes no LMS calls; the pages keep tracking on the device.
 */
import type { ModuleProgress } from '../../../schemas/progress.ts';
import type { SessionLog } from './log.ts';
import { scoScope } from './scope.ts';
import type { ScormSession, ScormSessionOptions } from './types.ts';

export function standaloneSession(
	options: ScormSessionOptions,
	problem: string,
	log: SessionLog,
): ScormSession {
	const { id: scoId, moduleIds } = scoScope(options.info);
	const current: Record<string, ModuleProgress> = {};
	let terminated = false;
	log.add({ level: 'warn', message: problem });
	return {
		mode: 'standalone',
		problem,
		version: options.version,
		scoId,
		moduleIds,
		learner: undefined,
		recording: 'none',
		launch: undefined,
		ready: Promise.resolve(),
		attempt: '',
		learnerName: '',
		state: (moduleId = moduleIds[0] ?? '') => current[moduleId],
		progress: () => ({ ...current }),
		record(event, state) {
			for (const id of event ? [event.moduleId] : moduleIds) {
				const progress = state.modules[id];
				if (moduleIds.includes(id) && progress) current[id] = progress;
			}
			return Promise.resolve();
		},
		commit: () => false,
		terminate() {
			terminated = true;
		},
		get terminated() {
			return terminated;
		},
		entries: () => [...log.entries],
	};
}
