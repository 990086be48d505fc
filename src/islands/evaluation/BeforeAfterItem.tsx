import type { BeforeAfter, Scale } from '../../lib/evaluation/stats.ts';
import { t } from '../../i18n/en.ts';
import { Chart } from './Chart.tsx';
import { figure, signedFigure } from './format.ts';

interface Props {
	/** The question or outcome, as the item's heading and the table's caption. */
	title: string;
	figures: BeforeAfter;
	scale: Scale;
	/** The first column's heading: "Rating" or "Rights". */
	answer: string;
}

const words = t.evaluationPage.figures;

/**
 * One question asked before and after: its heading, the chart, and a table with the same figures
 * (learners by answer, how many answered, the medians), then the median change.
 */
export function BeforeAfterItem({ title, figures, scale, answer }: Props) {
	const { before, after } = figures;
	return (
		<div class="app-evaluation__item">
			<h5 class="nhsuk-heading-xs app-evaluation__item-title">{title}</h5>
			<div class="app-evaluation__figure">
				<Chart bins={scale.bins} before={before.counts} after={after.counts} />
				<table class="nhsuk-table app-evaluation__table">
					<caption class="nhsuk-table__caption nhsuk-table__caption--s">
						{words.caption(title)}
					</caption>
					<thead class="nhsuk-table__head">
						<tr class="nhsuk-table__row">
							<th class="nhsuk-table__header" scope="col">
								{answer}
							</th>
							<th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
								{words.before}
							</th>
							<th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
								{words.after}
							</th>
						</tr>
					</thead>
					<tbody class="nhsuk-table__body">
						{scale.bins.map((bin, index) => (
							<tr class="nhsuk-table__row" key={bin}>
								<th class="nhsuk-table__header" scope="row">
									{bin}
								</th>
								<td class="nhsuk-table__cell nhsuk-table__cell--numeric">{before.counts[index]}</td>
								<td class="nhsuk-table__cell nhsuk-table__cell--numeric">{after.counts[index]}</td>
							</tr>
						))}
						<tr class="nhsuk-table__row app-evaluation__total">
							<th class="nhsuk-table__header" scope="row">
								{words.answered}
							</th>
							<td class="nhsuk-table__cell nhsuk-table__cell--numeric">{before.learners}</td>
							<td class="nhsuk-table__cell nhsuk-table__cell--numeric">{after.learners}</td>
						</tr>
						<tr class="nhsuk-table__row">
							<th class="nhsuk-table__header" scope="row">
								{words.median}
							</th>
							<td class="nhsuk-table__cell nhsuk-table__cell--numeric">{figure(before.median)}</td>
							<td class="nhsuk-table__cell nhsuk-table__cell--numeric">{figure(after.median)}</td>
						</tr>
					</tbody>
				</table>
			</div>
			<p class="app-evaluation__change">
				{figures.medianChange === undefined
					? words.noChange
					: words.change(signedFigure(figures.medianChange), figures.both)}
			</p>
		</div>
	);
}
