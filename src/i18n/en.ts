/**
 * The site's interface strings in British English: labels, buttons, headings, notices and
 * announcements written in islands, layouts, pages and components. Course content (lessons,
 * scenarios, rights, glossary) lives in `modules/` and `content/`, not here.
 *
 * A second language is a second file exporting a `Strings` object. Strings that take values are
 * functions, so each language keeps its own word order and plurals. Where a sentence wraps an
 * element (a link, a title in bold), the parts around it are `before` and `after`; strings ending
 * in `Html` hold inline markup and contain no values.
 */
import { authors } from './en/authors.ts';
import { chrome } from './en/chrome.ts';
import { course } from './en/course.ts';
import { pages } from './en/pages.ts';
import { youngPeopleReview } from './en/young-people-review.ts';
import { facilitator } from './en/review-session.ts';

export const en = {
	/** BCP 47 tag for dates and times. */
	locale: 'en-GB',
	...chrome,
	...course,
	...pages,
	...authors,
	youngPeopleReview,
	...facilitator,
};

/** The shape every language file fills. */
export type Strings = typeof en;

/** The interface strings the site uses. */
export const t: Strings = en;
