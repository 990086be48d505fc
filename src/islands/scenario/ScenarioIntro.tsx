import type { ScenarioData } from '../../schemas/scenario.ts';
import { t } from '../../i18n/en-islands.ts';
import { Html } from './Html.tsx';
import { LoadingNote } from '../LoadingNote.tsx';

interface Props {
	data: ScenarioData;
	/** Progress has loaded, so the scenario can start. */
	ready: boolean;
	onStart: () => void;
}

/** Before the first step: the summary, any content warning, the introduction and "Start". */
export function ScenarioIntro({ data, ready, onStart }: Props) {
	return (
		<div class="app-scenario__intro">
			<p class="app-scenario__summary">{data.summary}</p>
			{data.contentWarning !== undefined && (
				<div class="nhsuk-card nhsuk-card--warning app-scenario__warning">
					<div class="nhsuk-card__content">
						<h3 class="nhsuk-card__heading">
							<span class="nhsuk-u-visually-hidden">{t.common.important}</span>
							{t.common.contentWarning}
						</h3>
						<p class="nhsuk-card__description">{data.contentWarning}</p>
					</div>
				</div>
			)}
			<Html class="app-scenario__text" html={data.introHtml} />
			<button
				class="nhsuk-button app-scenario__start"
				type="button"
				disabled={!ready}
				aria-describedby={ready ? undefined : `${data.id}-loading`}
				onClick={onStart}
			>
				{t.scenario.start}
			</button>
			<LoadingNote ready={ready} id={`${data.id}-loading`}>
				{t.scenario.loading}
			</LoadingNote>
		</div>
	);
}
