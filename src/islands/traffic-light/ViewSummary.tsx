import type { Rating, TrafficLightData } from '../../schemas/review.ts';
import { countRatings } from '../../lib/course/traffic-light.ts';
import { t } from '../../i18n/en-islands.ts';
import { BARS, RatingChart } from './RatingChart.tsx';

interface Props {
	base: string;
	data: TrafficLightData;
	ratings: Record<string, Rating>;
	/** Id of a statement's list item, for links back to it. */
	statementId: (statementId: string) => string;
}

/** The participant's own counts as a chart and a table, and the statements still to rate. */
export function ViewSummary({ base, data, ratings, statementId }: Props) {
	const counts = countRatings(data, { ratings });
	const unrated = data.statements.flatMap((statement, index) =>
		ratings[statement.id] ? [] : [{ statement, number: index + 1 }],
	);
	return (
		<section class="app-traffic-light__summary" aria-labelledby={`${base}-summary`}>
			<h3 id={`${base}-summary`}>{t.trafficLight.summary}</h3>
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
			{unrated.length > 0 && (
				<>
					<h4>{t.trafficLight.unrated}</h4>
					<p class="nhsuk-hint">{t.trafficLight.unratedHint}</p>
					<ul class="app-traffic-light__list">
						{unrated.map(({ statement, number }) => (
							<li key={statement.id}>
								<a href={`#${statementId(statement.id)}`}>
									{t.trafficLight.form.statement(number)}
								</a>
							</li>
						))}
					</ul>
				</>
			)}
		</section>
	);
}
