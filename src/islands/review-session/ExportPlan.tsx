import type { TrafficLightData } from '../../schemas/review.ts';
import type { ReviewSession } from '../../schemas/review-files.ts';
import { planCsv, planCsvFileName } from '../../lib/review/plan-csv.ts';
import { sessionFileName, sessionFileText, setTitle } from '../../lib/review/session.ts';
import { downloadFile } from '../../lib/progress/download.ts';
import { t } from '../../i18n/en.ts';

interface Props {
	data: TrafficLightData;
	session: ReviewSession;
	unsaved: boolean;
	onChange: (next: (session: ReviewSession) => ReviewSession) => void;
	onSaved: (session: ReviewSession) => void;
	announce: (text: string) => void;
}

const words = t.reviewSession.export;

/** Section 4: the session's title, saving the whole session, the plan as CSV, and printing it. */
export function ExportPlan({ data, session, unsaved, onChange, onSaved, announce }: Props) {
	const save = () => {
		const now = new Date().toISOString();
		const name = sessionFileName(session, now);
		downloadFile(name, sessionFileText(session, now), 'application/json');
		onSaved(session);
		announce(words.savedAnnounced(name));
	};

	const downloadCsv = () => {
		const name = planCsvFileName(session, new Date().toISOString());
		downloadFile(name, planCsv(data, session), 'text/csv;charset=utf-8');
		announce(words.csvAnnounced(name));
	};

	return (
		<section class="app-review-session__section app-no-print" aria-labelledby="rs-export">
			<h2 id="rs-export">{words.heading}</h2>
			<div class="nhsuk-form-group">
				<label class="nhsuk-label" for="rs-title">
					{words.titleLabel}
				</label>
				<div class="nhsuk-hint" id="rs-title-hint">
					{words.titleHint}
				</div>
				<input
					class="nhsuk-input nhsuk-u-width-two-thirds"
					id="rs-title"
					name="rs-title"
					type="text"
					autocomplete="off"
					maxLength={200}
					value={session.title}
					aria-describedby="rs-title-hint"
					onInput={(event) => {
						const title = event.currentTarget.value;
						onChange((current) => setTitle(current, title));
					}}
				/>
			</div>
			<p>{unsaved ? words.unsaved : words.saved}</p>
			<p class="nhsuk-hint">{words.saveHint}</p>
			<div class="app-review-session__buttons">
				<button class="nhsuk-button" type="button" onClick={save}>
					{words.save}
				</button>
				<button class="nhsuk-button nhsuk-button--secondary" type="button" onClick={downloadCsv}>
					{words.csv}
				</button>
				<button
					class="nhsuk-button nhsuk-button--secondary"
					type="button"
					onClick={() => window.print()}
				>
					{words.print}
				</button>
			</div>
		</section>
	);
}
