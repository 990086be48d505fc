/**
 * Whether the learner should be told that the LMS is not saving their work: a pure tally of the
 * session's saves. A save is refused when Commit returns false or the LMS refuses
 * `cmi.suspend_data`, which holds the work itself. One refusal is often a passing network error
 * that the next retry mends, so the learner is told only after several in a row, and the notice
 * goes at the first save the LMS accepts.
 */

/**
 * Refused saves in a row before the learner is told: the first try and both retries of
 * `commit.ts` (5 s and 30 s later), or as many saves of later changes.
 */
export const REFUSALS_BEFORE_NOTICE = 3;

export interface LmsSaveTally {
	/** Saves refused since the last one the LMS accepted. */
	readonly refusals: number;
	/** Whether the learner is being told that the LMS has not saved their work. */
	readonly told: boolean;
}

export const NO_REFUSALS: LmsSaveTally = { refusals: 0, told: false };

/** The tally after a save the LMS accepted (`saved`) or refused. */
export function afterSave(tally: LmsSaveTally, saved: boolean): LmsSaveTally {
	if (saved) return NO_REFUSALS;
	const refusals = tally.refusals + 1;
	return { refusals, told: refusals >= REFUSALS_BEFORE_NOTICE };
}
