// @ts-check
/**
 * What the preview LMS page knows, in one place: `lmsState` (the page exposes it as
 * `window.lmsState` for tests and posts it to the server after changes) and the clock of the
 * current launch, which times log entries and notes.
 */

/**
 * @typedef {import('./profiles.js').ProfileId} ProfileId
 * @typedef {import('./profile-moodle.js').GradeMethod} GradeMethod
 * @typedef {import('./profile-moodle.js').CompletionStatus} CompletionStatus
 * @typedef {import('./profile-moodle.js').Activity} Activity
 */
/**
 * @typedef {{ identifier: string; title: string; scormType: 'sco' | 'asset'; launch: string;
 *   masteryScore?: string; scaledPassingScore?: string; launchData?: string;
 *   completionThreshold?: string; objectiveIds: string[] }} Sco
 * @typedef {{ schemaversion: string; api: '1.2' | '2004'; schemaversionExact: boolean;
 *   title: string; scos: Sco[]; warnings: string[] }} Manifest
 * @typedef {{ key: string; base: string; size: number; fileCount: number;
 *   manifest: Manifest | null; error: string | null }} Package
 * @typedef {{ package: string; sco: string; learnerId: string; learnerName: string;
 *   credit: string; mode: string; display: string; commitErrors: string;
 *   noInteractions: boolean; initErrors: boolean; profile: ProfileId;
 *   masteryOverride: boolean; completionStatusRequired: CompletionStatus[];
 *   completionAllScos: boolean; gradeMethod: GradeMethod }} Settings
 * @typedef {{ cmi: any; totalSeconds: number; pendingSeconds: number; lastExit: string;
 *   attempt: number; sessions: number; past: Array<{ attempt: number; cmi: any }> }} StoredRecord
 * @typedef {{ n: number; launch: number; t: number; method: string; args: string[];
 *   result: string; error: string; errorString?: string; diagnostic?: string }} Call
 * @typedef {{ launch: number; t: number; text: string }} Note
 */

export const lmsState = {
	/** @type {Call[]} */
	calls: [],
	/** Live CMI data of the current launch (scorm-again's JSON rendering). */
	cmi: /** @type {any} */ ({}),
	launches: 0,
	/** @type {null | { launch: number; package: string; sco: string; title: string;
	 *   api: '1.2' | '2004' | null; url: string; entry: string; attempt: number;
	 *   mode: string; profile: ProfileId; settings: Settings; ended: boolean }} */
	current: null,
	/** What the LMS keeps per `<package>::<item identifier>`. @type {Record<string, StoredRecord>} */
	stored: {},
	/** What the course page and gradebook show, per package key. @type {Record<string, Activity>} */
	activity: {},
	/** Things the LMS noticed that are not API calls. @type {Note[]} */
	notes: [],
	/** scorm-again's own log messages (warnings and errors). @type {string[]} */
	messages: [],
	/** @type {Package[]} */
	packages: [],
};

// Syncing lmsState to the server (GET /api/state) for Node-side tests.

let syncing = false;
let dirty = false;
export function sync() {
	dirty = true;
	if (syncing) return;
	syncing = true;
	setTimeout(async () => {
		while (dirty) {
			dirty = false;
			try {
				await fetch('/api/state', {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify(lmsState),
				});
			} catch {
				// The server went away; the page keeps working.
			}
		}
		syncing = false;
	}, 0);
}

let launchStarted = performance.now();

/** Starts the clock of a new launch. */
export function startLaunchClock() {
	launchStarted = performance.now();
}

/** Milliseconds since the current launch started: the `t` of log entries and notes. */
export function sinceLaunch() {
	return Math.round(performance.now() - launchStarted);
}
