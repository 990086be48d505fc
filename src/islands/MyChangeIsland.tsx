import { courseBaseline, ratingChanges } from '../lib/check-in/changes.ts';
import { EVERYDAY_STATEMENT_IDS } from '../schemas/evaluation-ids.ts';
// Their own strings, not en-islands.ts: only the pages with these forms load them.
import { checkIn as t } from '../i18n/en/check-in.ts';
import { ChangeTable } from './check-in/ChangeTable.tsx';
import { ScrollingTable } from './check-in/ScrollingTable.tsx';
import { useProgressState } from './hooks/use-progress.ts';

interface Props {
	/** Course modules in order, with the outcomes their check-ins ask about. */
	modules: readonly {
		id: string;
		title: string;
		outcomes: readonly { id: string; text: string }[];
	}[];
}

const statements = EVERYDAY_STATEMENT_IDS.map((id) => ({ id, text: t.checkIn.statements[id] }));

/**
 * My progress: the learner's own change per outcome, module by module, and the course baseline
 * (rights named, everyday statements). Read from progress on this device only.
 */
export function MyChangeIsland({ modules }: Props) {
	const state = useProgressState();
	const perModule = modules.flatMap((module) => {
		const rows = ratingChanges(
			module.outcomes,
			state.modules[module.id]?.checkIns,
			(checkIn) => checkIn.confidence,
		);
		return rows.length > 0 ? [{ module, rows }] : [];
	});
	const baseline = courseBaseline(Object.values(state.modules), statements);
	const { start, end } = baseline.rightsNamed;
	const hasBaseline = start !== undefined || end !== undefined || baseline.statements.length > 0;

	return (
		<section class="app-my-change" aria-labelledby="my-change-heading">
			<h2 id="my-change-heading">{t.myChange.heading}</h2>
			<p>{t.myChange.intro}</p>
			{perModule.length === 0 && !hasBaseline && <p>{t.myChange.none}</p>}
			{perModule.map(({ module, rows }) => (
				<ChangeTable
					key={module.id}
					caption={t.myChange.moduleCaption(module.title)}
					itemHeading={t.checkIn.outcome}
					rows={rows}
					words={t.checkIn.confidenceScale}
				/>
			))}
			{hasBaseline && (
				<>
					<h3>{t.myChange.baselineHeading}</h3>
					{(start !== undefined || end !== undefined) && (
						<ScrollingTable caption={t.myChange.rightsCaption}>
							<thead class="nhsuk-table__head">
								<tr class="nhsuk-table__row">
									<td class="nhsuk-table__header" />
									<th scope="col" class="nhsuk-table__header">
										{t.checkIn.atStart}
									</th>
									<th scope="col" class="nhsuk-table__header">
										{t.checkIn.now}
									</th>
								</tr>
							</thead>
							<tbody class="nhsuk-table__body">
								<tr class="nhsuk-table__row">
									<th scope="row" class="nhsuk-table__header">
										{t.myChange.guessed}
									</th>
									<td class="nhsuk-table__cell">{count(start?.guess)}</td>
									<td class="nhsuk-table__cell">{count(end?.guess)}</td>
								</tr>
								<tr class="nhsuk-table__row">
									<th scope="row" class="nhsuk-table__header">
										{t.myChange.named}
									</th>
									<td class="nhsuk-table__cell">{count(start?.named?.length)}</td>
									<td class="nhsuk-table__cell">{count(end?.named?.length)}</td>
								</tr>
							</tbody>
						</ScrollingTable>
					)}
					{baseline.statements.length > 0 && (
						<ChangeTable
							caption={t.myChange.statementsCaption}
							itemHeading={t.myChange.statement}
							rows={baseline.statements}
							words={t.checkIn.agreementScale}
						/>
					)}
				</>
			)}
		</section>
	);
}

function count(value: number | undefined): string {
	return value === undefined ? t.checkIn.notRated : t.myChange.ofSixteen(value);
}
