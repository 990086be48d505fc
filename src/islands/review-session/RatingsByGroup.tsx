import type { GroupRatings } from '../../lib/review/differences.ts';
import { GROUP_LABELS } from '../../lib/review/groups.ts';
import { RATING_LABELS, RATINGS } from '../../lib/course/traffic-light.ts';
import { t } from '../../i18n/en.ts';

interface Props {
	number: number;
	byGroup: GroupRatings[];
}

const words = t.reviewSession.differ;
const KEYS = [...RATINGS, 'unrated'] as const;

/**
 * A statement's ratings by group as a real table that is also the chart: each group's row header
 * carries a bar split by its ratings (hidden from assistive technology, which reads the counts in
 * the cells), so the groups can be compared at a glance and colour is never the only cue.
 */
export function RatingsByGroup({ number, byGroup }: Props) {
	return (
		<table class="nhsuk-table app-review-session__ratings">
			<caption class="nhsuk-table__caption nhsuk-table__caption--s">
				{words.caption(number)}
			</caption>
			<thead class="nhsuk-table__head">
				<tr class="nhsuk-table__row">
					<th class="nhsuk-table__header" scope="col">
						{words.group}
					</th>
					{KEYS.map((key) => (
						<th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col" key={key}>
							{key === 'unrated' ? words.notRated : RATING_LABELS[key]}
						</th>
					))}
				</tr>
			</thead>
			<tbody class="nhsuk-table__body">
				{byGroup.map((counts) => (
					<tr class="nhsuk-table__row" key={counts.group}>
						<th class="nhsuk-table__header" scope="row">
							{GROUP_LABELS[counts.group]}
							<span class="app-review-session__bar" aria-hidden="true">
								{KEYS.map((key) =>
									counts[key] > 0 ? (
										<span
											class={`app-review-session__bar-part app-review-session__bar-part--${key}`}
											style={{ flexGrow: counts[key] }}
											key={key}
										/>
									) : null,
								)}
							</span>
						</th>
						{KEYS.map((key) => (
							<td class="nhsuk-table__cell nhsuk-table__cell--numeric" key={key}>
								{counts[key]}
							</td>
						))}
					</tr>
				))}
			</tbody>
		</table>
	);
}
