import type { TrafficLightData } from '../../schemas/review.ts';
import type { ReviewSession } from '../../schemas/review-files.ts';
import { planRows } from '../../lib/review/plan.ts';
import { RATING_LABELS } from '../../lib/course/traffic-light.ts';
import { t } from '../../i18n/en.ts';
import { longDate } from './format.ts';

interface Props {
	data: TrafficLightData;
	session: ReviewSession;
}

const words = t.reviewSession.plan;

/**
 * The plan as it is printed: hidden on screen (`app-print-only`), and the only part of the
 * session that prints, since every section around it is `app-no-print`. Ctrl+P prints the same.
 */
export function PrintedPlan({ data, session }: Props) {
	return (
		<section class="app-print-only app-review-session__printed" aria-labelledby="rs-printed">
			<h2 id="rs-printed">{words.heading(session.title)}</h2>
			<p>
				{session.finalAt
					? t.reviewSession.agree.final(longDate(session.finalAt))
					: t.reviewSession.agree.draft}
			</p>
			<table class="nhsuk-table">
				<caption class="nhsuk-table__caption nhsuk-table__caption--s">{words.caption}</caption>
				<thead class="nhsuk-table__head">
					<tr class="nhsuk-table__row">
						{[
							words.number,
							words.statement,
							words.agreed,
							words.action,
							words.owner,
							words.due,
							words.done,
						].map((heading) => (
							<th class="nhsuk-table__header" scope="col" key={heading}>
								{heading}
							</th>
						))}
					</tr>
				</thead>
				<tbody class="nhsuk-table__body">
					{planRows(data, session).map((row) => (
						<tr class="nhsuk-table__row" key={row.statementId}>
							<td class="nhsuk-table__cell">{row.number}</td>
							<th class="nhsuk-table__header" scope="row">
								{row.statement}
							</th>
							<td class="nhsuk-table__cell">
								{row.agreed ? RATING_LABELS[row.agreed] : words.notAgreed}
							</td>
							<td class="nhsuk-table__cell">{row.action?.text}</td>
							<td class="nhsuk-table__cell">{row.action?.owner}</td>
							<td class="nhsuk-table__cell">{row.action?.due ? longDate(row.action.due) : ''}</td>
							<td class="nhsuk-table__cell">
								{row.action ? (row.action.done ? words.yes : words.no) : ''}
							</td>
						</tr>
					))}
				</tbody>
			</table>
		</section>
	);
}
