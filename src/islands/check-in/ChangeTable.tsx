import type { RatingChange } from '../../lib/check-in/changes.ts';
import type { ScalePoint } from '../../schemas/evaluation-ids.ts';
import { ScrollingTable } from './ScrollingTable.tsx';
// Their own strings, not en-islands.ts: only the pages with these forms load them.
import { checkIn as t } from '../../i18n/en/check-in.ts';

interface Props {
	caption: string;
	/** Heading of the first column: outcome or statement. */
	itemHeading: string;
	rows: readonly RatingChange[];
	words: Record<ScalePoint, string>;
}

/** A learner's own ratings at the start and end, with the change, as a table. */
export function ChangeTable({ caption, itemHeading, rows, words }: Props) {
	const rating = (value: ScalePoint | undefined) =>
		value === undefined ? t.checkIn.notRated : `${value}: ${words[value]}`;
	return (
		<ScrollingTable caption={caption} class="app-change-table">
			<thead class="nhsuk-table__head">
				<tr class="nhsuk-table__row">
					<th scope="col" class="nhsuk-table__header">
						{itemHeading}
					</th>
					<th scope="col" class="nhsuk-table__header">
						{t.checkIn.atStart}
					</th>
					<th scope="col" class="nhsuk-table__header">
						{t.checkIn.now}
					</th>
					<th scope="col" class="nhsuk-table__header">
						{t.checkIn.changeColumn}
					</th>
				</tr>
			</thead>
			<tbody class="nhsuk-table__body">
				{rows.map((row) => (
					<tr class="nhsuk-table__row" key={row.id}>
						<th scope="row" class="nhsuk-table__header app-change-table__item">
							{row.text}
						</th>
						<td class="nhsuk-table__cell">{rating(row.start)}</td>
						<td class="nhsuk-table__cell">{rating(row.end)}</td>
						<td class="nhsuk-table__cell">
							{row.change === undefined ? '' : t.checkIn.change(row.change)}
						</td>
					</tr>
				))}
			</tbody>
		</ScrollingTable>
	);
}
