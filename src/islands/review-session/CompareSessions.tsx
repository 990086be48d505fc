import { useState } from 'preact/hooks';
import type { Rating, TrafficLightData } from '../../schemas/review.ts';
import type { ReviewSession } from '../../schemas/review-files.ts';
import { compareSessions } from '../../lib/review/compare.ts';
import { readEarlierSession } from '../../lib/review/load.ts';
import { RATING_LABELS } from '../../lib/course/traffic-light.ts';
import { t } from '../../i18n/en.ts';
import { longDate } from './format.ts';
import { readFiles } from './read-files.ts';

interface Props {
	data: TrafficLightData;
	session: ReviewSession;
}

interface Earlier {
	name: string;
	session: ReviewSession;
}

const words = t.reviewSession.compare;
const plan = t.reviewSession.plan;

/**
 * Heading text for a responsive table cell, shown beside the value on narrow screens where the
 * table's head is hidden. The explicit roles on these tables keep them tables for screen readers
 * once CSS shows their rows as blocks (as the NHS.UK responsive table does).
 */
function CellHeading({ text }: { text: string }) {
	return (
		<span class="nhsuk-table__heading" aria-hidden="true">
			{text}{' '}
		</span>
	);
}

const ratingText = (rating: Rating | undefined) =>
	rating ? RATING_LABELS[rating] : words.notAgreed;

/**
 * Section 5: an earlier saved session beside the current one: each statement's agreed rating
 * then and now with the change in words, the counts, and the earlier plan's actions with whether
 * they were done. The earlier session is read only; it is not kept on the device.
 */
export function CompareSessions({ data, session }: Props) {
	const [earlier, setEarlier] = useState<Earlier | undefined>(undefined);
	// A refused file leaves the comparison already shown as it was.
	const [refusal, setRefusal] = useState<string | undefined>(undefined);

	const open = async (file: File) => {
		const [loaded] = await readFiles([file]);
		if (!loaded) return;
		const result = readEarlierSession(loaded, data.id);
		setRefusal(result.ok ? undefined : result.message);
		if (result.ok) setEarlier({ name: loaded.name, session: result.session });
	};

	const comparison = earlier && compareSessions(data, earlier.session, session);

	return (
		<section class="app-review-session__section app-no-print" aria-labelledby="rs-compare">
			<h2 id="rs-compare">{words.heading}</h2>
			<p>{words.intro}</p>
			<div class={`nhsuk-form-group${refusal ? ' nhsuk-form-group--error' : ''}`}>
				<label class="nhsuk-label nhsuk-label--s" for="rs-earlier">
					{words.label}
				</label>
				<div class="nhsuk-hint" id="rs-earlier-hint">
					{words.hint}
				</div>
				<div role="status" id="rs-earlier-error">
					{refusal && (
						<p class="nhsuk-error-message">
							<span class="nhsuk-u-visually-hidden">{t.common.error}</span> {refusal}
						</p>
					)}
				</div>
				<input
					class="nhsuk-file-upload app-file-input"
					id="rs-earlier"
					name="rs-earlier"
					type="file"
					accept=".json,application/json"
					aria-describedby="rs-earlier-hint rs-earlier-error"
					onChange={(event) => {
						const file = event.currentTarget.files?.[0];
						event.currentTarget.value = '';
						if (file) void open(file);
					}}
				/>
			</div>
			<div role="status">
				{earlier && comparison && (
					<>
						<p>
							{words.comparing(
								earlier.name,
								earlier.session.title,
								longDate(earlier.session.savedAt),
							)}
						</p>
						<p>
							{words.counts(
								comparison.counts.better,
								comparison.counts.worse,
								comparison.counts.same,
								comparison.counts['not-compared'],
							)}
						</p>
					</>
				)}
			</div>

			{comparison && (
				<>
					<table
						role="table"
						class="nhsuk-table nhsuk-table--responsive app-review-session__compare"
					>
						<caption class="nhsuk-table__caption nhsuk-table__caption--s">{words.caption}</caption>
						<thead role="rowgroup" class="nhsuk-table__head">
							<tr role="row" class="nhsuk-table__row">
								<th role="columnheader" class="nhsuk-table__header" scope="col">
									{words.statement}
								</th>
								<th role="columnheader" class="nhsuk-table__header" scope="col">
									{words.before}
								</th>
								<th role="columnheader" class="nhsuk-table__header" scope="col">
									{words.after}
								</th>
								<th role="columnheader" class="nhsuk-table__header" scope="col">
									{words.change}
								</th>
							</tr>
						</thead>
						<tbody role="rowgroup" class="nhsuk-table__body">
							{comparison.changes.map((row) => (
								<tr role="row" class="nhsuk-table__row" key={row.statementId}>
									<th role="rowheader" class="nhsuk-table__header" scope="row">
										<CellHeading text={words.statement} />
										{row.number}. {row.statement}
									</th>
									<td role="cell" class="nhsuk-table__cell">
										<CellHeading text={words.before} />
										{ratingText(row.before)}
									</td>
									<td role="cell" class="nhsuk-table__cell">
										<CellHeading text={words.after} />
										{ratingText(row.after)}
									</td>
									<td role="cell" class="nhsuk-table__cell">
										<CellHeading text={words.change} />
										<strong>{words.changes[row.change]}</strong>
									</td>
								</tr>
							))}
						</tbody>
					</table>

					<h3>{words.actionsHeading}</h3>
					{comparison.earlierActions.length === 0 ? (
						<p>{words.noActions}</p>
					) : (
						<table
							role="table"
							class="nhsuk-table nhsuk-table--responsive app-review-session__compare"
						>
							<caption class="nhsuk-table__caption nhsuk-table__caption--s">
								{words.actionsCaption}
							</caption>
							<thead role="rowgroup" class="nhsuk-table__head">
								<tr role="row" class="nhsuk-table__row">
									{[words.statement, plan.action, plan.owner, plan.due, plan.done].map(
										(heading) => (
											<th role="columnheader" class="nhsuk-table__header" scope="col" key={heading}>
												{heading}
											</th>
										),
									)}
								</tr>
							</thead>
							<tbody role="rowgroup" class="nhsuk-table__body">
								{comparison.earlierActions.map(({ number, statement, action }) => (
									<tr role="row" class="nhsuk-table__row" key={number}>
										<th role="rowheader" class="nhsuk-table__header" scope="row">
											<CellHeading text={words.statement} />
											{number}. {statement}
										</th>
										<td role="cell" class="nhsuk-table__cell">
											<CellHeading text={plan.action} />
											{action.text}
										</td>
										<td role="cell" class="nhsuk-table__cell">
											<CellHeading text={plan.owner} />
											{action.owner}
										</td>
										<td role="cell" class="nhsuk-table__cell">
											<CellHeading text={plan.due} />
											{action.due ? longDate(action.due) : ''}
										</td>
										<td role="cell" class="nhsuk-table__cell">
											<CellHeading text={plan.done} />
											{action.done ? plan.yes : plan.no}
										</td>
									</tr>
								))}
							</tbody>
						</table>
					)}
				</>
			)}
		</section>
	);
}
