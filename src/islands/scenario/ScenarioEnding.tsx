import type { RefObject } from 'preact';
import type { EndingOutcome, ScenarioData } from '../../schemas/scenario.ts';
import type { ScenarioProgress } from '../../schemas/progress.ts';
import type { StepView } from '../../lib/course/scenario-play.ts';
import { t } from '../../i18n/en-islands.ts';
import { Html } from './Html.tsx';
import { PathReview } from './PathReview.tsx';

interface Props {
	data: ScenarioData;
	view: Extract<StepView, { kind: 'ending' }>;
	/** The scenario's saved progress: the path just played and the best score so far. */
	stored: ScenarioProgress | undefined;
	headingId: string;
	headingRef: RefObject<HTMLHeadingElement>;
	glossaryHref: string | undefined;
	onRestart: () => void;
}

const TAGS: Record<EndingOutcome, string> = {
	positive: 'nhsuk-tag--green',
	mixed: 'nhsuk-tag--yellow',
	negative: 'nhsuk-tag--red',
};

/** The end of a run: the outcome and score, a review of the path, and "Try again". */
export function ScenarioEnding({
	data,
	view: { ending, blocks },
	stored,
	headingId,
	headingRef,
	glossaryHref,
	onRestart,
}: Props) {
	return (
		<div class="app-scenario__ending">
			<h3 class="app-scenario__heading" id={headingId} tabIndex={-1} ref={headingRef}>
				{ending.title}
			</h3>
			<p class="app-scenario__result">
				<strong class={`nhsuk-tag ${TAGS[ending.outcome]}`}>
					{t.scenario.outcomes[ending.outcome]}
				</strong>{' '}
				<span class="app-scenario__score">{t.scenario.score(ending.score)}</span>
				{stored?.bestScore !== undefined && stored.runs > 1 && (
					<span> {t.scenario.bestScore(stored.bestScore)}</span>
				)}
			</p>
			{blocks.map((block, index) => (
				<Html key={index} class="app-scenario__text" html={block.html} />
			))}
			<PathReview data={data} path={stored?.path ?? []} glossaryHref={glossaryHref} />
			<button
				class="nhsuk-button nhsuk-button--secondary app-scenario__restart"
				type="button"
				onClick={onRestart}
			>
				{t.scenario.tryAgain}
			</button>
		</div>
	);
}
