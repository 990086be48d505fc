/**
 * What changed between a module's start and end check-ins, for the learner's own view (the end
 * check-in and My progress). Pure.
 */
import type { ScalePoint } from '../../schemas/evaluation-ids.ts';
import type { CheckIn, ModuleProgress } from '../../schemas/progress.ts';

export interface RatingChange {
	id: string;
	text: string;
	start?: ScalePoint;
	end?: ScalePoint;
	/** `end - start`, when both were given. */
	change?: number;
}

/** One row per item of `items` the learner rated at either check-in, in the items' order. */
export function ratingChanges(
	items: readonly { id: string; text: string }[],
	checkIns: ModuleProgress['checkIns'],
	pick: (checkIn: CheckIn) => Record<string, ScalePoint>,
): RatingChange[] {
	const start = checkIns?.start ? pick(checkIns.start) : {};
	const end = checkIns?.end ? pick(checkIns.end) : {};
	return items.flatMap((item) => {
		const before = start[item.id];
		const after = end[item.id];
		if (before === undefined && after === undefined) return [];
		return [
			{
				id: item.id,
				text: item.text,
				...(before === undefined ? {} : { start: before }),
				...(after === undefined ? {} : { end: after }),
				...(before === undefined || after === undefined ? {} : { change: after - before }),
			},
		];
	});
}

interface RightsNamedAnswer {
	guess?: number;
	named?: readonly string[];
	at: string;
}

export interface CourseBaseline {
	/** The first start answer about naming the rights, and the latest end answer. */
	rightsNamed: { start?: RightsNamedAnswer; end?: RightsNamedAnswer };
	/** The everyday-decisions statements: first start rating and latest end rating of each. */
	statements: RatingChange[];
}

/**
 * The course baseline across modules: different modules ask it at the start and at the end
 * (`baseline` in `module.yaml`), so the start answer is the earliest start check-in that has it
 * and the end answer the latest end check-in that has it.
 */
export function courseBaseline(
	modules: readonly ModuleProgress[],
	statements: readonly { id: string; text: string }[],
): CourseBaseline {
	const checkIns = (phase: 'start' | 'end') =>
		modules
			.flatMap((module) => (module.checkIns?.[phase] ? [module.checkIns[phase]] : []))
			.toSorted((a, b) => a.at.localeCompare(b.at));
	const starts = checkIns('start');
	const ends = checkIns('end').toReversed();
	const naming = (checkIn: CheckIn): RightsNamedAnswer | undefined =>
		checkIn.rightsGuess === undefined && checkIn.rightsNamed === undefined
			? undefined
			: {
					...(checkIn.rightsGuess === undefined ? {} : { guess: checkIn.rightsGuess }),
					...(checkIn.rightsNamed === undefined ? {} : { named: checkIn.rightsNamed }),
					at: checkIn.at,
				};
	const first = <T>(list: CheckIn[], read: (checkIn: CheckIn) => T | undefined) => {
		for (const checkIn of list) {
			const value = read(checkIn);
			if (value !== undefined) return value;
		}
		return undefined;
	};
	const start = first(starts, naming);
	const end = first(ends, naming);
	const byStatement = (list: CheckIn[]): CheckIn => ({
		confidence: {},
		statements: Object.fromEntries(
			statements.flatMap(({ id }) => {
				const value = first(list, (checkIn) => checkIn.statements[id]);
				return value === undefined ? [] : [[id, value]];
			}),
		),
		at: '',
	});
	return {
		rightsNamed: { ...(start ? { start } : {}), ...(end ? { end } : {}) },
		statements: ratingChanges(
			statements,
			{ start: byStatement(starts), end: byStatement(ends) },
			(checkIn) => checkIn.statements,
		),
	};
}
