import type { TrafficLightData } from '../../../../src/schemas/review.ts';
import type { ReviewGroup, ReviewView } from '../../../../src/schemas/review-files.ts';
import { newView, noteInView, rateInView } from '../../../../src/lib/review/views.ts';

/** A three-statement review, enough to order, plan and compare. */
export const REVIEW: TrafficLightData = {
	id: 'tl-ward',
	title: 'Ward review',
	introHtml: '<p>Rate together.</p>',
	statements: ['names', 'restraint', 'visits'].map((name) => ({
		id: `tl-${name}`,
		html: `<p>Staff get ${name} right.</p>`,
		amberHtml: '<p>Sometimes.</p>',
		redHtml: '<p>Rarely.</p>',
		action: `Improve ${name}.`,
		sources: [],
	})),
};

/** A view from `group` with the given ratings (`r`, `a`, `g` per statement, `-` for none). */
export function view(
	viewId: string,
	group: ReviewGroup,
	ratings: string,
	notes: Record<string, string> = {},
	savedAt = '2027-03-02T10:00:00.000Z',
): ReviewView {
	let result = newView(REVIEW.id, group, viewId, savedAt);
	[...ratings].forEach((letter, index) => {
		const rating = ({ r: 'red', a: 'amber', g: 'green' } as const)[letter as 'r' | 'a' | 'g'];
		if (rating) result = rateInView(result, REVIEW.statements[index]!.id, rating);
	});
	for (const [statementId, text] of Object.entries(notes))
		result = noteInView(result, statementId, text);
	return result;
}
