// @ts-check
/** The preview LMS's time formats: SCORM 1.2 CMITimespan and SCORM 2004 ISO 8601 durations. */

/** @param {number} n @param {number} width */
const pad = (n, width) => String(n).padStart(width, '0');

/** 1.2 CMITimespan (HHHH:MM:SS.SS) → seconds. @param {string} value */
export function parseTimespan(value) {
	const m = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(value || '');
	return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : 0;
}
/** @param {number} seconds */
export function formatTimespan(seconds) {
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = seconds - h * 3600 - m * 60;
	return `${pad(Math.min(h, 9999), 4)}:${pad(m, 2)}:${s.toFixed(2).padStart(5, '0')}`;
}
/** ISO 8601 duration → seconds (Y = 365 days, M = 30 days). @param {string} value */
export function parseDuration(value) {
	const m =
		/^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
			value || '',
		);
	if (!m) return 0;
	const [, y, mo, d, h, mi, s] = m.map((part) => Number(part || 0));
	return (
		(y ?? 0) * 31536000 +
		(mo ?? 0) * 2592000 +
		(d ?? 0) * 86400 +
		(h ?? 0) * 3600 +
		(mi ?? 0) * 60 +
		(s ?? 0)
	);
}
/** @param {number} seconds */
export function formatDuration(seconds) {
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = Math.round((seconds - h * 3600 - m * 60) * 100) / 100;
	const text = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
	return `PT${text || '0S'}`;
}
