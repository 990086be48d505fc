/**
 * The law in one place: dated statements of the law live in `content/law/<id>.yaml`, and lessons
 * show them with `<LawStatus law="<id>" />`. Within a module, the first lesson (in course order)
 * that refers to an item shows the whole notice; every later reference in the module is one line
 * linking back to it. Pure functions: dates are `YYYY-MM` or `YYYY-MM-DD` text, and "today" is
 * always passed in, never read from the clock.
 */
import { toHtml } from 'hast-util-to-html';
import type { Nodes, Parent, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A lesson as far as the law notes care: where it is, and the law items it refers to in order. */
export interface LawPage {
	moduleId: string;
	lessonId: string;
	title: string;
	href: string;
	/** Law item ids in the order the lesson refers to them; repeats allowed. */
	laws: readonly string[];
}

/** Where the full notice for a law item is shown in one module. */
export interface LawNoteHome {
	lessonId: string;
	title: string;
	href: string;
}

/**
 * For each module and law item, the lesson that shows the full notice: the first one, in the
 * order given, that refers to the item. Keys are `moduleId` then law id.
 */
export function lawNoteHomes(pages: readonly LawPage[]): Map<string, Map<string, LawNoteHome>> {
	const homes = new Map<string, Map<string, LawNoteHome>>();
	for (const page of pages) {
		let inModule = homes.get(page.moduleId);
		if (!inModule) {
			inModule = new Map();
			homes.set(page.moduleId, inModule);
		}
		for (const law of page.laws) {
			if (!inModule.has(law))
				inModule.set(law, { lessonId: page.lessonId, title: page.title, href: page.href });
		}
	}
	return homes;
}

/** Every page that refers to `lawId`, once each, in the order given. */
export function pagesUsingLaw<T extends LawPage>(pages: readonly T[], lawId: string): T[] {
	return pages.filter((page) => page.laws.includes(lawId));
}

/** True once `today` is later than `reviewBy` (both `YYYY-MM-DD`): the review day itself is not late. */
export function isOverdue(reviewBy: string, today: string): boolean {
	return today > reviewBy;
}

/** The calendar day of `date` in UTC, as `YYYY-MM-DD`: what callers pass as "today". */
export function dayOf(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** `2026-11` → "November 2026"; `2027-02-28` → "28 February 2027". Other text is returned as is. */
export function formatLawDate(value: string): string {
	const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
	if (!match) return value;
	const [, year, month, day] = match;
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
	return date.toLocaleDateString('en-GB', {
		...(day ? { day: 'numeric' } : {}),
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	});
}

/** Replaces every link with its text, in place: pages make no outside requests (issue 2). */
function unlink(node: Nodes): void {
	if (!('children' in node)) return;
	const parent = node as Parent;
	parent.children = parent.children.flatMap((child): RootContent[] => {
		unlink(child);
		return child.type === 'link' || child.type === 'linkReference' ? child.children : [child];
	});
}

/**
 * HTML for an item's `says`: Markdown with GFM. Raw HTML is dropped and links become their text,
 * so the text cannot add scripts, styles or outside requests.
 */
export function lawTextToHtml(markdown: string): string {
	const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
	unlink(tree);
	return toHtml(toHast(tree));
}
