/**
 * Pure helpers for `<CrisisBox />`: the links a phone opens for a number written with spaces, and
 * the date the box can honestly claim its numbers were checked.
 */
import type { SupportContact, SupportLine } from '../../schemas/support-line.ts';

const digits = (number: string) => number.replaceAll(' ', '');

/** The link that starts a call or a text message on a phone; none for an online service. */
export function contactHref(contact: SupportContact): string | undefined {
	if (contact.method === 'call') return `tel:${digits(contact.number)}`;
	if (contact.method === 'text') return `sms:${digits(contact.number)}`;
	return undefined;
}

/** The oldest `checked` date (`YYYY-MM-DD`), so the box never claims more than its stalest line. */
export function oldestChecked(lines: readonly Pick<SupportLine, 'checked'>[]): string | undefined {
	return lines.map((line) => line.checked).sort()[0];
}
