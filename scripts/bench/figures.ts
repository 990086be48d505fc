/** The middle value (mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = values.toSorted((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The value below which `fraction` of the values fall (nearest rank); NaN for none. */
export function percentile(values: readonly number[], fraction: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = values.toSorted((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/** Bytes in kibibytes with one decimal: `160.2 KB`. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Bytes in mebibytes with one decimal: `512.0 MB`. */
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `within` or `OVER` a target, for a report line; the bench never fails on a target. */
export const verdict = (value: number, target: number) => (value <= target ? 'within' : 'OVER');
