/**
 * The figures the evaluation page shows for one question asked before and after: how many
 * learners gave each answer, the median of each, and the median of each learner's change (only
 * learners who answered both times). Medians, not means: the answers are points on a scale.
 */

/** How answers are grouped for counting: a bin per rating, or bands of a count. */
export interface Scale {
	/** What each bin holds, for tables and the CSV ("1", "0 to 4"). */
	bins: readonly string[];
	binOf: (value: number) => number;
}

/** The 1 to 5 scale of every rating in the course. */
export const RATING_SCALE: Scale = {
	bins: ['1', '2', '3', '4', '5'],
	binOf: (value) => value - 1,
};

/** How many of the 16 rights, in quarters: up to 4, 8, 12 and 16. */
export const RIGHTS_SCALE: Scale = {
	bins: ['0 to 4', '5 to 8', '9 to 12', '13 to 16'],
	binOf: (value) => (value <= 4 ? 0 : Math.min(3, Math.ceil(value / 4) - 1)),
};

/** The middle value, or the mean of the two middle values of an even count; none of nothing. */
export function median(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = values.toSorted((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Distribution {
	/** Learners per bin of the scale. */
	counts: number[];
	learners: number;
	median: number | undefined;
}

export function distribution(values: readonly number[], scale: Scale): Distribution {
	const counts = scale.bins.map(() => 0);
	for (const value of values) counts[scale.binOf(value)]! += 1;
	return { counts, learners: values.length, median: median(values) };
}

export interface BeforeAfter {
	before: Distribution;
	after: Distribution;
	/** Learners who answered both times. */
	both: number;
	/** The median of after minus before, over the learners who answered both times. */
	medianChange: number | undefined;
}

/** One learner's answer before and after; either may be missing. */
export interface AnswerPair {
	before?: number | undefined;
	after?: number | undefined;
}

export function beforeAfter(pairs: readonly AnswerPair[], scale: Scale): BeforeAfter {
	const before: number[] = [];
	const after: number[] = [];
	const changes: number[] = [];
	for (const pair of pairs) {
		if (pair.before !== undefined) before.push(pair.before);
		if (pair.after !== undefined) after.push(pair.after);
		if (pair.before !== undefined && pair.after !== undefined)
			changes.push(pair.after - pair.before);
	}
	return {
		before: distribution(before, scale),
		after: distribution(after, scale),
		both: changes.length,
		medianChange: median(changes),
	};
}
