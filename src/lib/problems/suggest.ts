/**
 * Wording helpers for problem hints: "Did you mean `x`?" from edit distance, and short lists of
 * valid values.
 */

/**
 * Edit distance between two strings, counting an insertion, deletion, substitution or swap of two
 * neighbouring characters as one edit (optimal string alignment), so `singel` is one edit from
 * `single`.
 */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
	for (let i = 0; i < rows; i++) d[i]![0] = i;
	for (let j = 0; j < cols; j++) d[0]![j] = j;
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, d[i - 2]![j - 2]! + 1);
			}
			d[i]![j] = best;
		}
	}
	return d[a.length]![b.length]!;
}

/**
 * The candidate closest to `value`, if it is close enough to be a likely typo: at most one edit
 * for short words, and up to a third of the length for longer ones. Case is ignored.
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
	const needle = value.toLowerCase();
	const limit = Math.max(1, Math.floor(needle.length / 3));
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		if (candidate === value) continue;
		const distance = editDistance(needle, candidate.toLowerCase());
		if (distance <= limit && distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

/** Writes values as an English list in backticks: "`a`, `b` or `c`". */
export function listCode(values: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
	const quoted = values.map((value) => `\`${value}\``);
	if (quoted.length <= 1) return quoted.join('');
	return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}

/** Lists are only worth printing in a hint when they are short. */
export const SHORT_LIST = 8;

/**
 * Hint text for a value that should be one of `candidates`: "Did you mean `x`?" when one is close,
 * then the valid values when there are few of them. Empty when there is nothing useful to say.
 */
export function suggest(value: string, candidates: readonly string[], noun = 'values'): string {
	const parts: string[] = [];
	const match = closestMatch(value, candidates);
	if (match) parts.push(`Did you mean \`${match}\`?`);
	const unique = [...new Set(candidates)];
	if (unique.length === 1) {
		parts.push(`The only ${noun.replace(/s$/, '')} you can use here is ${listCode(unique)}.`);
	} else if (unique.length > 1 && unique.length <= SHORT_LIST) {
		parts.push(`The ${noun} you can use here are ${listCode(unique)}.`);
	}
	return parts.join(' ');
}
