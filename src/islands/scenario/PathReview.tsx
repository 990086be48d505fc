import type { ScenarioData } from '../../schemas/scenario.ts';
import { inlineHtml } from '../../lib/course/html-text.ts';
import { reviewPath } from '../../lib/course/scenario-play.ts';
import { t } from '../../i18n/en-islands.ts';
import { Html } from './Html.tsx';
import { RightsLine } from './RightsLine.tsx';

interface Props {
	data: ScenarioData;
	path: Parameters<typeof reviewPath>[1]['path'];
	glossaryHref: string | undefined;
}

/** Each decision of the run just ended: the choice, its feedback, and a better option if any. */
export function PathReview({ data, path, glossaryHref }: Props) {
	const steps = reviewPath(data, { path });
	if (steps.length === 0) return null;
	return (
		<div class="app-scenario__review">
			<h4 class="app-scenario__review-heading">{t.scenario.review}</h4>
			<ol class="app-scenario__path">
				{steps.map((step, index) => (
					<li class="app-scenario__path-step" key={`${index}-${step.choiceId}`}>
						<p class="app-scenario__path-situation">
							<strong>{t.scenario.reviewDecision(index + 1)}</strong> {step.summary}
						</p>
						<p class="app-scenario__chosen">
							<strong>{t.scenario.youChose}</strong>{' '}
							<span dangerouslySetInnerHTML={{ __html: inlineHtml(step.choiceLabelHtml) }} />
							{step.best && <span class="app-scenario__best">{t.scenario.reviewBest}</span>}
						</p>
						<Html class="app-scenario__feedback-text" html={step.feedbackHtml} />
						<RightsLine rights={step.rights} glossaryHref={glossaryHref} />
						{step.betterLabelsHtml.length > 0 && (
							<p class="app-scenario__better">
								<strong>{t.scenario.better}</strong>{' '}
								<span
									dangerouslySetInnerHTML={{
										__html: step.betterLabelsHtml.map(inlineHtml).join(t.scenario.betterOrHtml),
									}}
								/>
							</p>
						)}
					</li>
				))}
			</ol>
		</div>
	);
}
