/**
 * What a launch page sees of its SCORM session and gives one to start, and what the parts of an
 * LMS session share.
 */
import type { ModuleProgress, ProgressEvent, ProgressState } from '../../../schemas/progress.ts';
import type { ScormError } from '../api.ts';
import type { StatusRank } from '../data-model.ts';
import type { ReportingMode, ScoInfo, ScormVersion } from '../module-info.ts';

/** The device's copy of one module of a SCO, with the LMS attempt it belongs to. */
export interface SafetyNetRecord {
	progress: ModuleProgress;
	/** The attempt id the copy belongs to; absent in copies saved before attempts were kept. */
	attempt?: string;
	/** Whether the LMS accepted a Commit of this attempt; absent in older copies. */
	confirmed?: boolean;
}

/** Local copy of the learner's module progress, kept by the launcher (IndexedDB). */
export interface SafetyNet {
	load(key: string): Promise<SafetyNetRecord | undefined>;
	save(key: string, record: SafetyNetRecord): Promise<void>;
}

export interface ScormLogEntry {
	at: string;
	level: 'info' | 'warn' | 'error';
	message: string;
	/** The LMS call concerned, e.g. `SetValue cmi.suspend_data`. */
	call?: string;
	error?: ScormError;
}

export interface ScormSessionOptions {
	win: Window;
	version: ScormVersion;
	/** One module, or the whole course for the one-SCO course package. */
	info: ScoInfo;
	reporting: ReportingMode;
	safetyNet?: SafetyNet;
	now?: () => Date;
	log?: (entry: ScormLogEntry) => void;
	/** How long changes are gathered into one Commit, in milliseconds; 500 by default. */
	commitDelay?: number;
	/**
	 * Called with `true` once the LMS has refused several saves in a row (Commit or
	 * `cmi.suspend_data`; `save-trouble.ts`), and with `false` when it accepts one again.
	 */
	onLmsSaveChange?: (refused: boolean) => void;
	/** Makes the id of a new attempt; random by default. */
	newAttemptId?: () => string;
}

/**
 * What the session may write: `full`; `no-result` (no status or score: credit is `no-credit`,
 * or the LMS already holds the record as finished); `none` (review or browse mode, standalone).
 */
export type Recording = 'full' | 'no-result' | 'none';

/** What the LMS said at launch, for the preview and the log. */
export interface LaunchData {
	entry: string;
	credit: string;
	mode: string;
	status: string;
	statusRank: StatusRank;
	location: string;
	suspendDataLength: number;
	/** `cmi.interactions._count`, or `undefined` when the LMS does not support it. */
	interactionCount: number | undefined;
}

export interface ScormSession {
	/** `standalone` when no LMS API was found or Initialize failed; then use local tracking. */
	readonly mode: 'lms' | 'standalone';
	/** Why the session is standalone, as a sentence for a notice; `undefined` in `lms` mode. */
	readonly problem: string | undefined;
	readonly version: ScormVersion;
	/** The module id, or `course` for the one-SCO course package. */
	readonly scoId: string;
	/** The modules this SCO holds, in course order. */
	readonly moduleIds: readonly string[];
	readonly learner: { id: string; name: string } | undefined;
	readonly recording: Recording;
	readonly launch: LaunchData | undefined;
	/** Resolves once suspend data and the safety net are merged into `state()`. Never rejects. */
	readonly ready: Promise<void>;
	/** The LMS attempt this launch records into; `''` in standalone sessions. */
	readonly attempt: string;
	/** Name typed for certificates during this launch; never sent to the LMS. */
	learnerName: string;
	/** A module's progress as the session knows it; the first (or only) module's by default. */
	state(moduleId?: string): ModuleProgress | undefined;
	/** Every module's progress the session holds, by module id. */
	progress(): Readonly<Record<string, ModuleProgress>>;
	/**
	 * Takes the page's progress after `event` (or after a replace or reset, without an event):
	 * keeps it in the safety net, queues the interaction, and schedules a Commit for meaningful
	 * changes. Never throws. Resolves once the safety net's write has settled (at once when there
	 * is none); never rejects. Free text is kept only there, never in the LMS, so a page waits
	 * for this before it forgets its own note of the text (`unsaved-journal.ts`).
	 */
	record(event: ProgressEvent | undefined, state: ProgressState): Promise<void>;
	/** Writes pending changes and commits now; `false` if the LMS refused. Never throws. */
	commit(): boolean;
	/** Final writes, Commit and Terminate/LMSFinish; only the first call does anything. */
	terminate(): void;
	readonly terminated: boolean;
	/** Recent log entries, oldest first. */
	entries(): readonly ScormLogEntry[];
}

/** What the parts of one LMS session share and change. */
export interface SessionState {
	/** Every module's progress the session holds, by module id. */
	current: Record<string, ModuleProgress>;
	/** The attempt the LMS holds; a new one is made once the device's copy has been looked at. */
	attempt: string;
	/** Whether the LMS has accepted a Commit of `attempt`: it does once it holds its data. */
	confirmed: boolean;
	terminated: boolean;
}
