/**
 * One small interface over the two LMS APIs. Both standards pass strings in and out
 * ("true"/"false" for results, `""` as the argument of Initialize, Terminate and Commit), but
 * real LMSs return booleans, numbers or `null` too, and some throw; this wrapper turns all of it
 * into plain values and never lets an exception reach the page.
 */

/** `window.API` (SCORM 1.2 RTE 3.3). */
export interface RawScorm12Api {
	LMSInitialize(parameter: ''): unknown;
	LMSFinish(parameter: ''): unknown;
	LMSGetValue(element: string): unknown;
	LMSSetValue(element: string, value: string): unknown;
	LMSCommit(parameter: ''): unknown;
	LMSGetLastError(): unknown;
	LMSGetErrorString(code: string): unknown;
	LMSGetDiagnostic(code: string): unknown;
}

/** `window.API_1484_11` (SCORM 2004 RTE 3.1). */
export interface RawScorm2004Api {
	Initialize(parameter: ''): unknown;
	Terminate(parameter: ''): unknown;
	GetValue(element: string): unknown;
	SetValue(element: string, value: string): unknown;
	Commit(parameter: ''): unknown;
	GetLastError(): unknown;
	GetErrorString(code: string): unknown;
	GetDiagnostic(code: string): unknown;
}

export type ApiVersion = '1.2' | '2004';

export interface ScormError {
	/** The LMS's error code as a string; `'0'` means no error. */
	code: string;
	message: string;
	diagnostic: string;
}

export interface ScormApi {
	readonly version: ApiVersion;
	initialize(): boolean;
	terminate(): boolean;
	/** The value as a string; `''` when the LMS returns nothing or throws. */
	getValue(element: string): string;
	setValue(element: string, value: string): boolean;
	commit(): boolean;
	/** The error of the last call; an exception thrown by the LMS reads as code 101. */
	lastError(): ScormError;
}

/** "General exception" in both standards (SCORM 1.2 RTE 3.3, SCORM 2004 RTE 3.1.7). */
const GENERAL_EXCEPTION = '101';

const NO_ERROR: ScormError = { code: '0', message: '', diagnostic: '' };

function isTrue(result: unknown): boolean {
	return result === true || text(result).toLowerCase() === 'true';
}

function text(value: unknown): string {
	if (typeof value === 'string') return value;
	return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function describeThrown(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

interface Calls {
	initialize(): unknown;
	terminate(): unknown;
	getValue(element: string): unknown;
	setValue(element: string, value: string): unknown;
	commit(): unknown;
	getLastError(): unknown;
	getErrorString(code: string): unknown;
	getDiagnostic(code: string): unknown;
}

function calls(raw: RawScorm12Api | RawScorm2004Api, version: ApiVersion): Calls {
	if (version === '1.2') {
		const api = raw as RawScorm12Api;
		return {
			initialize: () => api.LMSInitialize(''),
			terminate: () => api.LMSFinish(''),
			getValue: (element) => api.LMSGetValue(element),
			setValue: (element, value) => api.LMSSetValue(element, value),
			commit: () => api.LMSCommit(''),
			getLastError: () => api.LMSGetLastError(),
			getErrorString: (code) => api.LMSGetErrorString(code),
			getDiagnostic: (code) => api.LMSGetDiagnostic(code),
		};
	}
	const api = raw as RawScorm2004Api;
	return {
		initialize: () => api.Initialize(''),
		terminate: () => api.Terminate(''),
		getValue: (element) => api.GetValue(element),
		setValue: (element, value) => api.SetValue(element, value),
		commit: () => api.Commit(''),
		getLastError: () => api.GetLastError(),
		getErrorString: (code) => api.GetErrorString(code),
		getDiagnostic: (code) => api.GetDiagnostic(code),
	};
}

/** Wraps an API object found by `findApi`. */
export function wrapApi(raw: RawScorm12Api | RawScorm2004Api, version: ApiVersion): ScormApi {
	const lms = calls(raw, version);
	/** Set when the last call threw; cleared by the next call that returns. */
	let thrown: string | undefined;

	function guard<T>(call: () => T, fallback: T): T {
		try {
			const result = call();
			thrown = undefined;
			return result;
		} catch (error) {
			thrown = describeThrown(error);
			return fallback;
		}
	}

	function quietly(call: () => unknown): string {
		try {
			return text(call());
		} catch {
			return '';
		}
	}

	return {
		version,
		initialize: () => guard(() => isTrue(lms.initialize()), false),
		terminate: () => guard(() => isTrue(lms.terminate()), false),
		getValue: (element) => guard(() => text(lms.getValue(element)), ''),
		setValue: (element, value) => guard(() => isTrue(lms.setValue(element, value)), false),
		commit: () => guard(() => isTrue(lms.commit()), false),
		lastError() {
			if (thrown !== undefined) {
				return {
					code: GENERAL_EXCEPTION,
					message: 'The LMS threw an exception.',
					diagnostic: thrown,
				};
			}
			const code = quietly(() => lms.getLastError()) || '0';
			if (code === '0') return NO_ERROR;
			return {
				code,
				message: quietly(() => lms.getErrorString(code)),
				diagnostic: quietly(() => lms.getDiagnostic(code)),
			};
		},
	};
}
