/**
 * The course's mandatory disclaimer (content brief §9): in the body of every module and lesson
 * page, and in the footer of every other page, so each page shows it once.
 */
export const DISCLAIMER =
	'This course is educational material, not legal advice. The law described is the law of England as understood from the sources listed, as at November 2026, and some of it is changing. For decisions about a particular young person, follow your organisation’s policies and seek advice from your Mental Health Act office, safeguarding lead or legal team. All scenarios are fictional.';
