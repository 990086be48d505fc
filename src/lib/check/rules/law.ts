/**
 * Rule family (f): law items past their review date. A statement of the law in `content/law/`
 * must be checked again by its `reviewBy` day; after that day the check warns (the build still
 * runs) and names every page that shows the item, since those pages may now teach old law.
 * Unknown `law=` ids are rule family (e), in `references.ts`.
 */
import { formatLawDate, isOverdue } from '../../course/law.ts';
import type { Course } from '../load.ts';
import type { Problem } from '../../problems/problem.ts';
import { placeOfValue } from '../yaml.ts';

/** `file:line` of each lesson that shows `lawId`, once per lesson, in course order. */
function pagesShowing(course: Course, lawId: string): string[] {
	return course.modules.flatMap((module) =>
		module.lessons.flatMap((lesson) => {
			const first = lesson.data?.laws.find((law) => law.id === lawId);
			if (!first) return [];
			return [first.line === undefined ? lesson.file : `${lesson.file}:${first.line}`];
		}),
	);
}

/**
 * Warns about every law item whose `reviewBy` day is before `today` (`YYYY-MM-DD`). `today` is a
 * parameter, never read from the clock here, so results do not change with the date of a test run.
 */
export function checkLawReviews(course: Course, today: string): Problem[] {
	const problems: Problem[] = [];
	for (const item of course.law) {
		const law = item.value;
		if (!law || !item.yaml || !isOverdue(law.reviewBy, today)) continue;
		const pages = pagesShowing(course, law.id);
		const shown =
			pages.length === 0
				? 'No page shows it.'
				: `${pages.length === 1 ? 'It is shown on 1 page' : `It is shown on ${pages.length} pages`}: ${pages.map((page) => `\`${page}\``).join(', ')}.`;
		problems.push({
			file: item.file,
			...placeOfValue(item.yaml, ['reviewBy']),
			field: 'reviewBy',
			message: `The law item \`${law.id}\` (“${law.title}”) was due to be checked again by ${formatLawDate(law.reviewBy)}. ${shown}`,
			hint: 'Check what it says against its sources and any newer ones, update `says`, `sources` and `asAt`, and set a new `reviewBy`. If the law has changed, reread the pages listed too. See README › Authoring › The law in one place.',
			severity: 'warning',
		});
	}
	return problems;
}
