import { RATING_SCALE, type Distribution } from '../../lib/evaluation/stats.ts';
import { t } from '../../i18n/en.ts';
import { Chart } from './Chart.tsx';
import { figure } from './format.ts';

interface Props {
	title: string;
	scaleWords: string;
	figures: Distribution;
}

const words = t.evaluationPage.figures;

/** A feedback question asked once: learners by rating as a chart and a table, and the median. */
export function FeedbackRatings({ title, scaleWords, figures }: Props) {
	return (
		<div class="app-evaluation__item">
			<h5 class="nhsuk-heading-xs app-evaluation__item-title">{title}</h5>
			<p class="nhsuk-hint">{scaleWords}</p>
			<div class="app-evaluation__figure">
				<Chart bins={RATING_SCALE.bins} before={figures.counts} />
				<table class="nhsuk-table app-evaluation__table">
					<caption class="nhsuk-table__caption nhsuk-table__caption--s">
						{words.feedbackCaption(title)}
					</caption>
					<thead class="nhsuk-table__head">
						<tr class="nhsuk-table__row">
							<th class="nhsuk-table__header" scope="col">
								{words.rating}
							</th>
							<th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
								{words.learners}
							</th>
						</tr>
					</thead>
					<tbody class="nhsuk-table__body">
						{RATING_SCALE.bins.map((bin, index) => (
							<tr class="nhsuk-table__row" key={bin}>
								<th class="nhsuk-table__header" scope="row">
									{bin}
								</th>
								<td class="nhsuk-table__cell nhsuk-table__cell--numeric">
									{figures.counts[index]}
								</td>
							</tr>
						))}
						<tr class="nhsuk-table__row app-evaluation__total">
							<th class="nhsuk-table__header" scope="row">
								{words.answered}
							</th>
							<td class="nhsuk-table__cell nhsuk-table__cell--numeric">{figures.learners}</td>
						</tr>
						<tr class="nhsuk-table__row">
							<th class="nhsuk-table__header" scope="row">
								{words.median}
							</th>
							<td class="nhsuk-table__cell nhsuk-table__cell--numeric">{figure(figures.median)}</td>
						</tr>
					</tbody>
				</table>
			</div>
		</div>
	);
}
