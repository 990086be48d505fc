import type { RefObject } from 'preact';
import type { ScenarioChoice } from '../../schemas/scenario.ts';
import { inlineHtml } from '../../lib/course/html-text.ts';
import { applyAssignments, type StepView, type Vars } from '../../lib/course/scenario-play.ts';
import { t } from '../../i18n/en-islands.ts';
import { ChoiceForm } from './ChoiceForm.tsx';
import { DeadEnd } from './DeadEnd.tsx';
import { Html } from './Html.tsx';
import { RightsLine } from './RightsLine.tsx';

interface Props {
	view: StepView;
	vars: Vars;
	chosenChoiceId: string | undefined;
	/** Number of this decision on the run, counting from 1. */
	decision: number;
	headingId: string;
	scenarioId: string;
	stepHeading: RefObject<HTMLHeadingElement>;
	feedbackHeading: RefObject<HTMLHeadingElement>;
	glossaryHref: string | undefined;
	onChoose: (choice: ScenarioChoice) => void;
	onContinue: (stepId: string, vars: Vars) => void;
	onRestart: () => void;
}

/** One step of a run: its text, then the choices, or the feedback on the choice made. */
export function StepBody({
	view,
	vars,
	chosenChoiceId,
	decision,
	headingId,
	scenarioId,
	stepHeading,
	feedbackHeading,
	glossaryHref,
	onChoose,
	onContinue,
	onRestart,
}: Props) {
	if (view.kind === 'dead-end' || view.kind === 'ending') {
		return <DeadEnd headingRef={stepHeading} headingId={headingId} onRestart={onRestart} />;
	}
	const chosen =
		view.kind === 'choices'
			? view.node.choices.find((choice) => choice.id === chosenChoiceId)
			: undefined;

	return (
		<div class="app-scenario__step">
			<h3 class="app-scenario__heading" id={headingId} tabIndex={-1} ref={stepHeading}>
				{view.kind === 'choices' ? t.scenario.decision(decision) : t.scenario.whatNext}
			</h3>
			{view.blocks.map((block, index) => (
				<Html key={index} class="app-scenario__text" html={block.html} />
			))}
			{view.kind === 'goto' && (
				<button class="nhsuk-button" type="button" onClick={() => onContinue(view.to, vars)}>
					{t.scenario.continue}
				</button>
			)}
			{view.kind === 'choices' && !chosen && (
				<ChoiceForm
					name={`${scenarioId}-${view.id}`}
					question={view.node.question}
					choices={view.choices}
					onChoose={onChoose}
				/>
			)}
			{chosen && (
				<div class="app-scenario__feedback">
					<h4 class="app-scenario__feedback-heading" tabIndex={-1} ref={feedbackHeading}>
						{t.scenario.feedback}
					</h4>
					<p class="app-scenario__chosen">
						<strong>{t.scenario.youChose}</strong>{' '}
						<span dangerouslySetInnerHTML={{ __html: inlineHtml(chosen.labelHtml) }} />
					</p>
					{chosen.best && <p class="app-scenario__best">{t.scenario.best}</p>}
					<Html class="app-scenario__feedback-text" html={chosen.feedbackHtml} />
					<RightsLine rights={chosen.rights} glossaryHref={glossaryHref} />
					<button
						class="nhsuk-button"
						type="button"
						onClick={() => onContinue(chosen.to, applyAssignments(vars, chosen.set))}
					>
						{t.scenario.continue}
					</button>
				</div>
			)}
		</div>
	);
}
