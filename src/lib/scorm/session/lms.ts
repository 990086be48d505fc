/**
 * The LMS calls the session makes, with the data model of the API's version. LMS errors are
 * logged with GetLastError/GetErrorString/GetDiagnostic and never thrown.
 */
import type { ScormApi } from '../api.ts';
import type { DataModel } from '../data-model.ts';
import { scorm12 } from '../scorm12.ts';
import { scorm2004 } from '../scorm2004.ts';
import type { SessionLog } from './log.ts';

export interface Lms {
	readonly api: ScormApi;
	readonly model: DataModel;
	/** GetValue; an error other than "no value here" (`emptyValueCodes`) is logged. */
	readonly get: (element: string) => string;
	/** SetValue; a refusal is logged. */
	readonly set: (element: string, value: string) => boolean;
	/** Logs the failure of `call` with the LMS's last error. */
	readonly fail: (call: string, message: string) => void;
}

export function lmsCalls(api: ScormApi, log: SessionLog): Lms {
	const model: DataModel = api.version === '1.2' ? scorm12 : scorm2004;
	const fail = (call: string, message: string) => {
		log.add({ level: 'error', message, call, error: api.lastError() });
	};
	const get = (element: string): string => {
		const value = api.getValue(element);
		if (value === '') {
			const error = api.lastError();
			if (error.code !== '0' && !model.emptyValueCodes.includes(error.code)) {
				log.add({
					level: 'warn',
					message: `The LMS gave no value for ${element}.`,
					call: `GetValue ${element}`,
					error,
				});
			}
		}
		return value;
	};
	const set = (element: string, value: string): boolean => {
		if (api.setValue(element, value)) return true;
		fail(`SetValue ${element}`, `The LMS refused a value for ${element}.`);
		return false;
	};
	return { api, model, get, set, fail };
}
