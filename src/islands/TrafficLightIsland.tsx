import { useRef, useState } from 'preact/hooks';
import type { Rating, TrafficLightData } from '../schemas/review.ts';
import { inlineHtml } from '../lib/course/html-text.ts';
import {
	actionPlan,
	countRatings,
	describeCounts,
	orderStatements,
	RATING_LABELS,
	RATING_MEANINGS,
	toCsv,
} from '../lib/course/traffic-light.ts';
import { downloadFile } from '../lib/progress/download.ts';
import { dispatch } from '../lib/progress/store.ts';
import { t } from '../i18n/en.ts';
import { useDebouncedSave } from './hooks/use-debounced-save.ts';
import { useModuleProgress, useProgressReady } from './hooks/use-progress.ts';
import { printOnly } from './print-only.ts';
import { BARS, RatingChart } from './traffic-light/RatingChart.tsx';

interface Props {
	moduleId: string;
	data: TrafficLightData;
}

/** Radio order on each statement. */
const CHOICES: readonly Rating[] = ['red', 'amber', 'green'];

const TAGS: Record<Rating, string> = {
	red: 'nhsuk-tag--red',
	amber: 'nhsuk-tag--orange',
	green: 'nhsuk-tag--green',
};

/** A team self-assessment: rate each statement, then edit and export the action plan. */
export function TrafficLightIsland({ moduleId, data }: Props) {
	const ready = useProgressReady();
	const [drafts, setDrafts] = useState<Record<string, string>>({});
	const [announcement, setAnnouncement] = useState('');
	const summary = useRef<HTMLElement>(null);
	const stored = useModuleProgress(moduleId)?.reviews[data.id];
	const review = { ratings: stored?.ratings ?? {}, actions: { ...stored?.actions, ...drafts } };
	const counts = countRatings(data, review);
	const plan = actionPlan(data, review);
	const ordered = orderStatements(data, review);
	const base = `tl-${data.id}`;

	/** Action edits, saved per statement once typing pauses or the field loses focus. */
	const actionSaver = useDebouncedSave((text: string, statementId) => {
		void dispatch({
			type: 'review-action-edited',
			moduleId,
			reviewId: data.id,
			statementId,
			text,
			at: new Date().toISOString(),
		});
	});

	const rate = (statementId: string, number: number, rating: Rating) => {
		void dispatch({
			type: 'review-rated',
			moduleId,
			reviewId: data.id,
			statementId,
			rating,
			at: new Date().toISOString(),
		});
		const next = countRatings(data, { ratings: { ...review.ratings, [statementId]: rating } });
		setAnnouncement(t.trafficLight.rated(number, RATING_LABELS[rating], describeCounts(next)));
	};

	const editAction = (statementId: string, text: string) => {
		setDrafts((current) => ({ ...current, [statementId]: text }));
		actionSaver.schedule(text, statementId);
	};

	const download = () => {
		downloadFile(`${data.id}-action-plan.csv`, toCsv(data, review), 'text/csv;charset=utf-8');
		setAnnouncement(t.trafficLight.downloaded);
	};

	const green = ordered.filter((row) => row.rating === 'green');
	const unrated = ordered.filter((row) => row.rating === undefined);

	return (
		<section class="app-traffic-light" aria-labelledby={`${base}-title`}>
			<h2 class="app-traffic-light__title" id={`${base}-title`}>
				{data.title}
			</h2>
			<div class="app-traffic-light__intro" dangerouslySetInnerHTML={{ __html: data.introHtml }} />
			<p>{t.trafficLight.howTo}</p>
			<dl class="app-traffic-light__key">
				{(['green', 'amber', 'red'] as const).map((rating) => (
					<div class="app-traffic-light__key-row" key={rating}>
						<dt>
							<span class={`app-swatch app-swatch--${rating}`} aria-hidden="true" />
							{RATING_LABELS[rating]}
						</dt>
						<dd>{RATING_MEANINGS[rating]}</dd>
					</div>
				))}
			</dl>
			{!ready && <p class="nhsuk-hint">{t.trafficLight.loading}</p>}

			<ol class="app-traffic-light__statements">
				{data.statements.map((statement, index) => {
					const number = index + 1;
					const id = `${base}-${statement.id}`;
					const current = review.ratings[statement.id];
					return (
						<li class="app-traffic-light__statement" id={id} key={statement.id}>
							<fieldset class="nhsuk-fieldset">
								<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
									<span class="app-traffic-light__number">{t.trafficLight.statement(number)}</span>{' '}
									<span dangerouslySetInnerHTML={{ __html: inlineHtml(statement.html) }} />
								</legend>
								<details class="nhsuk-details app-traffic-light__details">
									<summary class="nhsuk-details__summary">
										<span class="nhsuk-details__summary-text">{t.trafficLight.looksLike}</span>
									</summary>
									<div class="nhsuk-details__text">
										<dl class="app-traffic-light__looks">
											<dt>{RATING_LABELS.amber}</dt>
											<dd dangerouslySetInnerHTML={{ __html: statement.amberHtml }} />
											<dt>{RATING_LABELS.red}</dt>
											<dd dangerouslySetInnerHTML={{ __html: statement.redHtml }} />
										</dl>
									</div>
								</details>
								<div class="nhsuk-radios nhsuk-radios--inline app-traffic-light__ratings">
									{CHOICES.map((rating) => (
										<div class="nhsuk-radios__item" key={rating}>
											<input
												class="nhsuk-radios__input"
												id={`${id}-${rating}`}
												name={id}
												type="radio"
												value={rating}
												checked={current === rating}
												disabled={!ready}
												onChange={() => rate(statement.id, number, rating)}
											/>
											<label class="nhsuk-label nhsuk-radios__label" for={`${id}-${rating}`}>
												<span class={`app-swatch app-swatch--${rating}`} aria-hidden="true" />
												{RATING_LABELS[rating]}
											</label>
										</div>
									))}
								</div>
							</fieldset>
						</li>
					);
				})}
			</ol>

			<section class="app-traffic-light__summary" ref={summary} aria-labelledby={`${base}-summary`}>
				<h3 id={`${base}-summary`}>{t.trafficLight.summary(data.title)}</h3>
				<RatingChart counts={counts} />
				<table class="nhsuk-table app-traffic-light__counts">
					<caption class="nhsuk-table__caption nhsuk-table__caption--s">
						{t.trafficLight.countsCaption}
					</caption>
					<thead class="nhsuk-table__head">
						<tr class="nhsuk-table__row">
							<th class="nhsuk-table__header" scope="col">
								{t.trafficLight.rating}
							</th>
							<th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
								{t.trafficLight.statements}
							</th>
						</tr>
					</thead>
					<tbody class="nhsuk-table__body">
						{BARS.map((bar) => (
							<tr class="nhsuk-table__row" key={bar.key}>
								<th class="nhsuk-table__header" scope="row">
									{bar.label}
								</th>
								<td class="nhsuk-table__cell nhsuk-table__cell--numeric">{counts[bar.key]}</td>
							</tr>
						))}
						<tr class="nhsuk-table__row">
							<th class="nhsuk-table__header" scope="row">
								{t.trafficLight.total}
							</th>
							<td class="nhsuk-table__cell nhsuk-table__cell--numeric">{counts.total}</td>
						</tr>
					</tbody>
				</table>

				<h4 class="app-traffic-light__plan-title">{t.trafficLight.plan}</h4>
				{plan.length === 0 ? (
					<p>{t.trafficLight.planEmpty}</p>
				) : (
					<>
						<p class="nhsuk-hint">{t.trafficLight.planHint}</p>
						<ol class="app-traffic-light__plan">
							{plan.map((row) => {
								const fieldId = `${base}-action-${row.statementId}`;
								return (
									<li class="app-traffic-light__action" key={row.statementId}>
										<p class="app-traffic-light__action-statement">
											<strong class={`nhsuk-tag ${TAGS[row.rating]}`}>
												{RATING_LABELS[row.rating]}
											</strong>{' '}
											<a href={`#${base}-${row.statementId}`}>
												{t.trafficLight.statement(row.number)}
											</a>
											: {row.statement}
										</p>
										<div class="nhsuk-form-group app-no-print">
											<label class="nhsuk-label" for={fieldId}>
												{t.trafficLight.action}
												<span class="nhsuk-u-visually-hidden">
													{t.trafficLight.actionFor(row.number)}
												</span>
											</label>
											<textarea
												class="nhsuk-textarea"
												id={fieldId}
												name={fieldId}
												rows={3}
												value={row.action}
												disabled={!ready}
												onInput={(event) => editAction(row.statementId, event.currentTarget.value)}
												onBlur={() => actionSaver.flush(row.statementId)}
											/>
										</div>
										<p class="app-print-only">
											<strong>{t.trafficLight.actionPrinted}</strong> {row.action}
										</p>
									</li>
								);
							})}
						</ol>
					</>
				)}

				{green.length > 0 && (
					<>
						<h4>{t.trafficLight.green}</h4>
						<ul class="app-traffic-light__list">
							{green.map((row) => (
								<li key={row.statement.id}>
									<a href={`#${base}-${row.statement.id}`}>
										{t.trafficLight.statement(row.number)}
									</a>
								</li>
							))}
						</ul>
					</>
				)}
				{unrated.length > 0 && (
					<>
						<h4>{t.trafficLight.unrated}</h4>
						<ul class="app-traffic-light__list">
							{unrated.map((row) => (
								<li key={row.statement.id}>
									<a href={`#${base}-${row.statement.id}`}>
										{t.trafficLight.statement(row.number)}
									</a>
								</li>
							))}
						</ul>
					</>
				)}

				<div class="app-traffic-light__tools app-no-print">
					<button
						class="nhsuk-button nhsuk-button--secondary"
						type="button"
						disabled={!ready}
						onClick={() => printOnly(summary.current)}
					>
						{t.trafficLight.print}
					</button>
					<button
						class="nhsuk-button nhsuk-button--secondary"
						type="button"
						disabled={!ready}
						onClick={download}
					>
						{t.trafficLight.download}
					</button>
				</div>
			</section>
			<div class="nhsuk-u-visually-hidden" role="status" aria-live="polite">
				{announcement}
			</div>
		</section>
	);
}
