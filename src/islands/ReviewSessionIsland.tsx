import { useEffect, useRef, useState } from 'preact/hooks';
import type { TrafficLightData } from '../schemas/review.ts';
import { reviewGroups } from '../lib/review/groups.ts';
import { applyLoadedFiles, type SortedFiles } from '../lib/review/load.ts';
import { hasWork, removeView } from '../lib/review/session.ts';
import { t } from '../i18n/en.ts';
import { useStoredSession } from './hooks/use-stored-session.ts';
import { AgreePlan } from './review-session/AgreePlan.tsx';
import { CompareSessions } from './review-session/CompareSessions.tsx';
import { Differences } from './review-session/Differences.tsx';
import { ExportPlan } from './review-session/ExportPlan.tsx';
import { LoadViews } from './review-session/LoadViews.tsx';
import { PrintedPlan } from './review-session/PrintedPlan.tsx';

interface Props {
	data: TrafficLightData;
}

const words = t.reviewSession;

/**
 * The facilitator's review session: load participants' views, see where groups differ, agree
 * ratings and a plan, save, export and print it, and compare with an earlier session. The rules
 * live in `lib/review`; this wires them to the sections and keeps the session on the device.
 */
export function ReviewSessionIsland({ data }: Props) {
	const handle = useStoredSession(data.id, reviewGroups(data.groups));
	const [announcement, setAnnouncement] = useState('');
	const current = handle.stored?.session;
	const before = useRef(current);

	// The model makes a final plan a draft on any change; say so when that happens to this
	// session (not when another one is opened in its place).
	useEffect(() => {
		const was = before.current;
		if (was?.finalAt && current?.finalAt === null && was.createdAt === current.createdAt)
			setAnnouncement(words.agree.draftAgain);
		before.current = current;
	}, [current]);

	if (!handle.stored) return <p class="nhsuk-hint">{words.loading}</p>;
	const { session, unsaved } = handle.stored;

	const load = (files: SortedFiles, open: boolean) => {
		const outcome = applyLoadedFiles(handle.latest() ?? session, files, open);
		if (outcome.opened) handle.replace(outcome.session, outcome.added > 0);
		else handle.change(() => outcome.session);
		return outcome;
	};

	return (
		<div class="app-review-session">
			{handle.problem && (
				<div class="nhsuk-warning-callout app-no-print">
					<h2 class="nhsuk-warning-callout__label">
						<span>
							<span class="nhsuk-u-visually-hidden">{t.common.important}</span>
							{words.storage.heading}
						</span>
					</h2>
					<p>{words.storage[handle.problem]}</p>
				</div>
			)}
			<LoadViews
				data={data}
				session={session}
				unsavedWork={unsaved && hasWork(session)}
				onLoad={load}
				onRemove={(viewId) => handle.change((current) => removeView(current, viewId))}
			/>
			<Differences data={data} session={session} />
			<AgreePlan
				data={data}
				session={session}
				onChange={handle.change}
				announce={setAnnouncement}
			/>
			<ExportPlan
				data={data}
				session={session}
				unsaved={unsaved}
				onChange={handle.change}
				onSaved={(saved) => handle.replace(saved, false)}
				announce={setAnnouncement}
			/>
			<CompareSessions data={data} session={session} />
			<PrintedPlan data={data} session={session} />
			<div class="nhsuk-u-visually-hidden" role="status" aria-live="polite">
				{announcement}
			</div>
		</div>
	);
}
