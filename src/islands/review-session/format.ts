import { t } from '../../i18n/en.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "2 March 2027", from a day (`YYYY-MM-DD`, read as that calendar day wherever the facilitator
 * is) or a moment (ISO date-time, shown in their own time zone).
 */
export function longDate(value: string): string {
	const day = DAY.test(value);
	return new Date(day ? `${value}T00:00:00Z` : value).toLocaleDateString(t.locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		...(day ? { timeZone: 'UTC' } : {}),
	});
}
