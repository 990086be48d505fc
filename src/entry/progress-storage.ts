/**
 * Chooses where this page keeps the learner's progress: the one place that knows both
 * `lib/progress` and `lib/scorm`. The base layout loads it on every page that tracks progress, as a
 * module script, so it runs before the progress store opens any storage (see
 * `configureProgressStorage`).
 *
 * Website: IndexedDB. SCORM package: lesson pages run in the launch page's frame, whose session
 * talks to the LMS, so they keep progress through that session; a package opened without an LMS
 * (no host session) falls back to IndexedDB. The website build never loads the SCORM code.
 */
import { configureProgressStorage, openDeviceStorage } from '../lib/progress/store.ts';
import type { ProgressStorage } from '../lib/progress/storage.ts';

/** A packaged lesson's storage: the launch's SCORM session when framed by one, else IndexedDB. */
async function openPackagedLessonStorage(): Promise<ProgressStorage> {
	if (window.parent !== window) {
		const { findHostSession, ScormProgressStorage } = await import('../lib/scorm/scorm-storage.ts');
		const session = findHostSession(window);
		if (session) return new ScormProgressStorage(session);
	}
	return openDeviceStorage();
}

// `BUILD_TARGET` spelled out: the bundler drops the SCORM chunk from the website build only when
// the condition is a constant inside this module.
configureProgressStorage(
	import.meta.env.RIP_TARGET === 'scorm' ? openPackagedLessonStorage : openDeviceStorage,
);
