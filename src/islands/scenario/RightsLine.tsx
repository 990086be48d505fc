import { joinList, rightLabel } from '../../lib/course/right-label.ts';
import { t } from '../../i18n/en-islands.ts';

interface Props {
	/** Right ids, such as `art-8`. */
	rights: readonly string[];
	glossaryHref?: string | undefined;
}

/** "Rights engaged: Article 8 and Article 3." with a glossary link; nothing when there are none. */
export function RightsLine({ rights, glossaryHref }: Props) {
	if (rights.length === 0) return null;
	return (
		<p class="app-scenario__rights">
			<strong>{t.scenario.rightsEngaged}</strong> {joinList(rights.map(rightLabel))}.
			{glossaryHref !== undefined && (
				<>
					{' '}
					<a href={glossaryHref}>{t.scenario.glossary}</a>.
				</>
			)}
		</p>
	);
}
