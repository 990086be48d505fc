/**
 * Progress storage for a lesson page inside a SCORM package. The launcher page owns the one
 * `ScormSession` of the launch; each lesson page, shown in the launcher's frame, finds it with
 * `findHostSession(window)` and gives its progress store a `ScormProgressStorage`
 * (`src/entry/progress-storage.ts`), so reloading a lesson or moving to the next never starts a
 * second session. In a standalone session (no LMS) the page uses the IndexedDB storage instead.
 */
import { createModuleProgress } from '../progress/model.ts';
import type { ProgressChange, ProgressStorage } from '../progress/storage.ts';
import type { ProgressState } from '../../schemas/progress.ts';
import type { ScormSession } from './session/index.ts';

/** Stores the progress of the SCO's module (or every module of the course SCO) through the session. */
export class ScormProgressStorage implements ProgressStorage {
	readonly kind: string;
	readonly persistent = true;
	readonly #session: ScormSession;

	constructor(session: ScormSession) {
		this.#session = session;
		this.kind = session.version === '1.2' ? 'scorm-1.2' : 'scorm-2004';
	}

	/** The SCO's progress once the session has merged the LMS's data and the safety net. */
	async load(): Promise<ProgressState> {
		await this.#session.ready;
		return { modules: { ...this.#session.progress() }, learnerName: this.#session.learnerName };
	}

	/**
	 * Hands the change to the session, which keeps it on the device and commits it to the LMS
	 * shortly after. Resolves once the device's copy is written, not when the LMS accepts: the
	 * session logs a refusal, keeps the work and retries, and the page must not fall back to
	 * memory for an LMS hiccup. Waiting for the device matters for free text, which is kept only
	 * there: the page's note of it (`unsaved-journal.ts`) is dropped once this resolves.
	 */
	async save(state: ProgressState, change?: ProgressChange): Promise<void> {
		if (change?.type === 'learner-name-set') {
			this.#session.learnerName = change.learnerName;
			return;
		}
		await this.#session.record(change, state);
	}

	/** Only this SCO's modules: other packages on the same LMS site share the device's notes. */
	holds(moduleId: string): boolean {
		return this.#session.moduleIds.includes(moduleId);
	}

	/**
	 * Starts the SCO's modules afresh in suspend data and the safety net. What the LMS has
	 * recorded as status and score stays: a session never downgrades them.
	 */
	clear(): Promise<void> {
		const at = new Date().toISOString();
		this.#session.learnerName = '';
		void this.#session.record(undefined, {
			modules: Object.fromEntries(
				this.#session.moduleIds.map((id) => [id, createModuleProgress(id, '', at)]),
			),
			learnerName: '',
		});
		return Promise.resolve();
	}
}

/** Whether `value` looks like a `ScormSession` (it comes from another frame's global). */
function isSession(value: unknown): value is ScormSession {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as Partial<ScormSession>).record === 'function' &&
		typeof (value as Partial<ScormSession>).state === 'function'
	);
}

/**
 * The launcher's session when `win` is a lesson page in the launcher's frame
 * (`win.parent.ripScormSession`); `undefined` at the top level, outside a package, or when the
 * parent is another origin. Never throws.
 */
export function findHostSession(win: Window): ScormSession | undefined {
	try {
		const parent = win.parent as (Window & { ripScormSession?: unknown }) | null;
		if (!parent || parent === win) return undefined;
		const session = parent.ripScormSession;
		return isSession(session) ? session : undefined;
	} catch {
		return undefined;
	}
}
