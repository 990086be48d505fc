/**
 * The interface strings the course's islands and browser scripts use: `en.ts` without the
 * authors' section and the team review tools' words, which no course island shows. Islands import
 * this rather than `en.ts` because everything an island imports is JavaScript the browser loads
 * (README › Performance); the team review islands import `en.ts`.
 */
import { chrome } from './en/chrome.ts';
import { course } from './en/course.ts';
import { pages } from './en/pages.ts';

export const islandStrings = {
	/** BCP 47 tag for dates and times. */
	locale: 'en-GB',
	...chrome,
	...course,
	...pages,
};

/** The interface strings the course's islands use. */
export const t = islandStrings;
