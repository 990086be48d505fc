/**
 * The interface both data models (`scorm12.ts`, `scorm2004.ts`) implement and the session writes
 * through, with the status vocabulary it uses to compare what the LMS holds across versions.
 */
import type { ApiVersion } from './api.ts';
import type { Interaction } from './interactions.ts';
import type { ReportingMode } from './module-info.ts';

/**
 * How far a status has got, comparable across versions: 0 not attempted, 1 incomplete (or
 * browsed), 2 failed, 3 finished (passed or completed). A session never writes a status of a
 * lower rank than the LMS holds.
 */
export type StatusRank = 0 | 1 | 2 | 3;

/** What the module's progress says, before the reporting mode names it. */
export type Outcome = 'in-progress' | 'failed' | 'done';

export type Write = readonly [element: string, value: string];

/** One version's data model: element names, vocabularies, limits and formats. */
export interface DataModel {
	readonly version: ApiVersion;
	readonly elements: {
		readonly learnerId: string;
		readonly learnerName: string;
		readonly entry: string;
		readonly credit: string;
		readonly mode: string;
		readonly location: string;
		readonly suspendData: string;
		readonly exit: string;
		readonly sessionTime: string;
		readonly interactionCount: string;
	};
	readonly suspendDataLimit: number;
	readonly locationLimit: number;
	/** GetValue error codes that only mean "no value here" (unset, or an element the LMS lacks). */
	readonly emptyValueCodes: readonly string[];
	/** The LMS's status as a rank and as text for the log. */
	readStatus(get: (element: string) => string): { rank: StatusRank; text: string };
	/** Writes that mark a first launch as started. */
	readonly startWrites: readonly Write[];
	/** Status writes for `outcome` under `reporting`, and the rank they record. */
	statusWrites(outcome: Outcome, reporting: ReportingMode): { rank: StatusRank; writes: Write[] };
	/** Score writes for a percentage 0–100. */
	scoreWrites(percent: number): Write[];
	exitValue(finished: boolean): string;
	formatSessionTime(milliseconds: number): string;
	/** Writes for interaction `index`, in the order the LMS needs (id and type first). */
	interactionWrites(index: number, interaction: Interaction): Write[];
}
