/**
 * The site's interface strings in British English: labels, buttons, headings, notices and
 * announcements written in islands, layouts, pages and components. Course content (lessons,
 * scenarios, rights, glossary) lives in `modules/` and `content/`, not here.
 *
 * A second language is a second file exporting a `Strings` object. Strings that take values are
 * functions, so each language keeps its own word order and plurals. Where a sentence wraps an
 * element (a link, a title in bold), the parts around it are `before` and `after`; strings ending
 * in `Html` hold inline markup and contain no values. The part the course's islands use is
 * `en-islands.ts`, which this file extends, so the browser loads only those strings.
 */
import { authors } from './en/authors.ts';
import { checkIn } from './en/check-in.ts';
import { islandStrings } from './en-islands.ts';
import { pageChrome } from './en/page-chrome.ts';
import { youngPeopleReview } from './en/young-people-review.ts';
import { facilitator } from './en/review-session.ts';
import { trainerEvaluation } from './en/evaluation-page.ts';

export const en = {
	...islandStrings,
	...checkIn,
	...pageChrome,
	...authors,
	youngPeopleReview,
	...facilitator,
	...trainerEvaluation,
};

/** The shape every language file fills. */
export type Strings = typeof en;

/** The interface strings the site uses. */
export const t: Strings = en;
