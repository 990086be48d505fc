/**
 * `cmi.suspend_data` of one module: the versioned, compact codec described in `format.ts`.
 * Importers use this file; the others are its parts.
 */
export { fitToLimit, worstCaseLength, type FittedSuspendData } from './budget.ts';
export { decode, type DecodedSuspendData } from './decode.ts';
export { describeSuspendData } from './describe.ts';
export { encode } from './encode.ts';
export {
	ATTEMPT_ID_LENGTH,
	idHash,
	isAttemptId,
	newAttemptId,
	suspendDataCollisions,
	SUSPEND_DATA_FORMAT,
	TRIM_LEVELS,
	type TrimLevel,
} from './format.ts';
export { parseSuspendData, type RawSuspendData, type StoredId } from './parse.ts';
