/** The groups of a team review, in plain words, and which a review asks for. */
import type { ReviewGroup } from '../../schemas/review-files.ts';
import { REVIEW_GROUPS } from '../../schemas/review-constants.ts';

export const GROUP_LABELS: Record<ReviewGroup, string> = {
	'young-people': 'Young people',
	'parents-carers': 'Parents and carers',
	advocates: 'Advocates',
	staff: 'Staff',
	leaders: 'Leaders and commissioners',
};

/**
 * The groups a review asks for: those an author lists on `<TrafficLight groups="…">`, in that
 * order, or all of them. Unknown names are left out (the course check reports them).
 */
export function reviewGroups(listed: readonly string[] | undefined): ReviewGroup[] {
	const known = (listed ?? []).filter((name): name is ReviewGroup =>
		(REVIEW_GROUPS as readonly string[]).includes(name),
	);
	return known.length > 0 ? [...new Set(known)] : [...REVIEW_GROUPS];
}
