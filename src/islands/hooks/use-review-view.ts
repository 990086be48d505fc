/**
 * A participant's view on a Traffic Light form: restored from the device after mount, kept there
 * on every change (`lib/review/view-storage.ts`), and downloaded as a view file. Ratings also go
 * to the module's progress when the form sits in a module (`moduleId`), so a lesson and a SCORM
 * package record them as they always have; notes never do.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Rating, TrafficLightData } from '../../schemas/review.ts';
import type { ReviewGroup } from '../../schemas/review-files.ts';
import { downloadFile } from '../../lib/progress/download.ts';
import { dispatch, progressState, startProgress } from '../../lib/progress/store.ts';
import {
	deviceStorage,
	loadDraft,
	saveDraft,
	viewStorageKey,
} from '../../lib/review/view-storage.ts';
import {
	completeView,
	localDay,
	newDraft,
	newViewId,
	noteInView,
	rateInView,
	viewFileName,
	viewFileText,
	type ViewDraft,
	type ViewProblem,
} from '../../lib/review/views.ts';

interface Options {
	data: TrafficLightData;
	/** Whose progress records the ratings; absent for the young people's form, which tracks nothing. */
	moduleId?: string | undefined;
	/** Names the form's entry on the device (see `viewStorageKey`). */
	form: string;
	/** The groups the form offers; a stored group outside them has to be chosen again. */
	groups: readonly ReviewGroup[];
	/** A form for one group only, with no date field: its view is dated the day it is saved. */
	fixedGroup?: ReviewGroup | undefined;
}

export interface ReviewViewState {
	draft: ViewDraft;
	/** `false` until the stored view (or a new one) is in place: the form stays disabled. */
	ready: boolean;
	/** `false` when the browser would not store the view. */
	kept: boolean;
	/** The file name of the last download in this visit. */
	downloaded: string | undefined;
	rate: (statementId: string, rating: Rating) => void;
	note: (statementId: string, text: string) => void;
	setGroup: (group: ReviewGroup) => void;
	setRatedOn: (day: string) => void;
	/** Downloads the view file, or returns what stops it. */
	download: () => ViewProblem[];
	startNew: () => void;
}

export function useReviewView({
	data,
	moduleId,
	form,
	groups,
	fixedGroup,
}: Options): ReviewViewState {
	// The server renders an empty form; the real draft replaces it once the page has loaded.
	const [draft, setDraft] = useState<ViewDraft>(() =>
		newDraft(data.id, 'not-yet-loaded', '', { group: fixedGroup ?? null }),
	);
	const [ready, setReady] = useState(false);
	const [kept, setKept] = useState(true);
	const [downloaded, setDownloaded] = useState<string>();
	const key = viewStorageKey(form, data.id);

	const fresh = (ratings: Record<string, Rating> = {}) =>
		newDraft(data.id, newViewId(crypto), localDay(new Date()), {
			group: fixedGroup ?? null,
			ratings,
		});

	useEffect(() => {
		void (async () => {
			if (moduleId) await startProgress();
			const storage = deviceStorage();
			const stored = storage && loadDraft(storage, key, data.id);
			let start: ViewDraft;
			if (stored) {
				const group =
					fixedGroup ?? (stored.group && groups.includes(stored.group) ? stored.group : null);
				start = { ...stored, group };
			} else {
				// A first visit on this device starts from ratings this module already holds, such as
				// those an LMS hands back to a package opened on another computer.
				const earlier = moduleId
					? progressState.peek().modules[moduleId]?.reviews[data.id]?.ratings
					: undefined;
				const known = new Set(data.statements.map((statement) => statement.id));
				start = fresh(
					Object.fromEntries(Object.entries(earlier ?? {}).filter(([id]) => known.has(id))),
				);
			}
			setDraft(start);
			setReady(true);
		})();
	}, [key]);

	// A layout effect runs in the same task as the keystroke that changed the state, so leaving the
	// page straight after typing cannot outrun the write.
	useLayoutEffect(() => {
		if (!ready) return;
		const storage = deviceStorage();
		setKept(storage !== undefined && saveDraft(storage, key, draft));
	}, [draft, ready]);

	const rate = (statementId: string, rating: Rating) => {
		if (moduleId) {
			void dispatch({
				type: 'review-rated',
				moduleId,
				reviewId: data.id,
				statementId,
				rating,
				at: new Date().toISOString(),
			});
		}
		setDraft((current) => rateInView(current, statementId, rating));
	};

	const download = (): ViewProblem[] => {
		const now = new Date();
		const today = localDay(now);
		// A form for one group has no date field: its view is dated the day it is saved.
		const given = fixedGroup ? { ...draft, ratedOn: today } : draft;
		const result = completeView(given, today, now.toISOString());
		if (!result.ok) return result.problems;
		const fileName = viewFileName(result.view);
		downloadFile(fileName, viewFileText(result.view, result.view.savedAt), 'application/json');
		setDownloaded(fileName);
		return [];
	};

	return {
		draft,
		ready,
		kept,
		downloaded,
		rate,
		note: (statementId, text) => setDraft((current) => noteInView(current, statementId, text)),
		setGroup: (group) => setDraft((current) => ({ ...current, group })),
		setRatedOn: (ratedOn) => setDraft((current) => ({ ...current, ratedOn })),
		download,
		startNew: () => {
			setDraft(fresh());
			setDownloaded(undefined);
		},
	};
}
