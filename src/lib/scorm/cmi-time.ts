/**
 * Time formats of the two data models. Each version rejects the other's format (error 405), so
 * every value goes through the formatter of its own version.
 *
 * - SCORM 1.2 `cmi.core.session_time`: CMITimespan `HHHH:MM:SS.SS`, 2 to 4 hour digits and an
 *   optional 1 or 2 digit fraction (SCORM 1.2 RTE 3.4.2).
 * - SCORM 1.2 `cmi.interactions.n.time`: CMITime, a time of day `HH:MM:SS[.SS]` (RTE 3.4.2).
 * - SCORM 2004 `cmi.session_time`, `cmi.interactions.n.latency`: timeinterval (second,10,2), an
 *   ISO 8601 duration such as `PT1H2M3.5S`, precise to 0.01 s (SCORM 2004 RTE 4.2).
 * - SCORM 2004 `cmi.interactions.n.timestamp`: time (second,10,0), an ISO 8601 date-time
 *   `YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]]`, where a zone may only follow a fraction (RTE 4.2).
 */

/** 9999:59:59.99, the largest CMITimespan with the 4 hour digits the 1.2 spec allows. */
const MAX_TIMESPAN_CENTISECONDS = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

function centiseconds(milliseconds: number): number {
	if (!Number.isFinite(milliseconds) || milliseconds <= 0) return 0;
	return Math.round(milliseconds / 10);
}

function pad(value: number, width: number): string {
	return String(value).padStart(width, '0');
}

/** SCORM 1.2 CMITimespan, e.g. `0000:01:30.00`; negative or invalid spans give zero, long ones cap at 9999 hours. */
export function formatCmiTimespan(milliseconds: number): string {
	const total = Math.min(centiseconds(milliseconds), MAX_TIMESPAN_CENTISECONDS);
	const hours = Math.floor(total / 360000);
	const minutes = Math.floor((total % 360000) / 6000);
	const seconds = Math.floor((total % 6000) / 100);
	return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(total % 100, 2)}`;
}

/** SCORM 1.2 CMITime, the learner's local time of day `HH:MM:SS`. */
export function formatCmiTime(date: Date): string {
	return `${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}:${pad(date.getSeconds(), 2)}`;
}

/** SCORM 2004 timeinterval, e.g. `PT1H2M3.5S`, `PT0S`; hours are not folded into days. */
export function formatIsoDuration(milliseconds: number): string {
	const total = centiseconds(milliseconds);
	const hours = Math.floor(total / 360000);
	const minutes = Math.floor((total % 360000) / 6000);
	const seconds = (total % 6000) / 100;
	let text = 'PT';
	if (hours > 0) text += `${hours}H`;
	if (minutes > 0) text += `${minutes}M`;
	if (seconds > 0 || text === 'PT') text += `${Number(seconds.toFixed(2))}S`;
	return text;
}

/** SCORM 2004 time, in UTC with hundredths, e.g. `2025-03-01T09:05:07.25Z`. */
export function formatIsoTimestamp(date: Date): string {
	const iso = date.toISOString(); // 2025-03-01T09:05:07.250Z
	return `${iso.slice(0, 22)}Z`;
}

/** Milliseconds of a SCORM 1.2 CMITimespan; `undefined` when it is not one. */
export function parseCmiTimespan(text: string): number | undefined {
	const match = /^(\d{2,4}):([0-5]\d):([0-5]\d)(?:\.(\d{1,2}))?$/.exec(text);
	if (!match) return undefined;
	const [, hours = '0', minutes = '0', seconds = '0', fraction = '0'] = match;
	return (
		(Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) * 1000 +
		Number(fraction.padEnd(2, '0')) * 10
	);
}

/**
 * Milliseconds of an ISO 8601 duration with days, hours, minutes and seconds (`P1DT2H`,
 * `PT7.70S`); `undefined` for anything else, including years, months and weeks, whose length
 * depends on the calendar.
 */
export function parseIsoDuration(text: string): number | undefined {
	const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
	if (!match || text === 'P' || text.endsWith('T')) return undefined;
	const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
	return Math.round(
		((Number(days) * 24 + Number(hours)) * 3600 + Number(minutes) * 60 + Number(seconds)) * 1000,
	);
}
