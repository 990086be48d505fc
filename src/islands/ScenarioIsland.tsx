import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EndingOutcome, ScenarioChoice, ScenarioData } from '../schemas/scenario.ts';
import { inlineHtml } from '../lib/course/html-text.ts';
import { joinList, rightLabel } from '../lib/course/right-label.ts';
import {
	applyAssignments,
	assignmentsRecord,
	resumePoint,
	reviewPath,
	settle,
	viewStep,
	type ResumePoint,
	type StepView,
	type Vars,
} from '../lib/course/scenario-play.ts';
import {
	dispatch,
	moduleProgressSignal,
	progressState,
	startProgress,
} from '../lib/progress/store.ts';

interface Props {
	moduleId: string;
	data: ScenarioData;
	/** Link to the glossary, offered beside the rights each choice engages. */
	glossaryHref?: string;
}

const OUTCOMES: Record<EndingOutcome, { text: string; tag: string }> = {
	positive: { text: 'A good outcome', tag: 'nhsuk-tag--green' },
	mixed: { text: 'A mixed outcome', tag: 'nhsuk-tag--yellow' },
	negative: { text: 'A poor outcome', tag: 'nhsuk-tag--red' },
};

/** Which heading takes focus after the learner acts. */
type FocusTarget = 'step' | 'feedback';

function now(): string {
	return new Date().toISOString();
}

function Html({ html, class: className }: { html: string; class?: string }) {
	return <div class={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

function RightsLine({
	rights,
	glossaryHref,
}: {
	rights: readonly string[];
	glossaryHref?: string | undefined;
}) {
	if (rights.length === 0) return null;
	return (
		<p class="app-scenario__rights">
			<strong>Rights engaged:</strong> {joinList(rights.map(rightLabel))}.
			{glossaryHref !== undefined && (
				<>
					{' '}
					<a href={glossaryHref}>Look up terms in the glossary</a>.
				</>
			)}
		</p>
	);
}

/** A branching scenario, played one step at a time; a reload continues where the learner was. */
export function ScenarioIsland({ moduleId, data, glossaryHref }: Props) {
	const [ready, setReady] = useState(false);
	const [play, setPlay] = useState<ResumePoint>({ phase: 'intro' });
	const [announcement, setAnnouncement] = useState('');
	const [focus, setFocus] = useState<{ target: FocusTarget; seq: number } | undefined>(undefined);
	const stepHeading = useRef<HTMLHeadingElement>(null);
	const feedbackHeading = useRef<HTMLHeadingElement>(null);
	const stored = moduleProgressSignal(moduleId).value?.scenarios[data.id];
	const path = stored?.path ?? [];
	const ids = { title: `${data.id}-title`, heading: `${data.id}-step-heading` };

	useEffect(() => {
		void startProgress().then(() => {
			setPlay(resumePoint(data, progressState.peek().modules[moduleId]?.scenarios[data.id]));
			setReady(true);
		});
	}, [data, moduleId]);

	useEffect(() => {
		if (!focus) return;
		(focus.target === 'feedback' ? feedbackHeading : stepHeading).current?.focus();
	}, [focus]);

	const moveFocus = (target: FocusTarget) =>
		setFocus((current) => ({ target, seq: (current?.seq ?? 0) + 1 }));

	const enter = (stepId: string, vars: Vars) => {
		const view = settle(data, stepId, vars);
		const base = { moduleId, scenarioId: data.id, at: now() };
		if (view.kind === 'ending') {
			void dispatch({
				...base,
				type: 'scenario-ended',
				endingId: view.id,
				outcome: view.ending.outcome,
				score: view.ending.score,
			});
			setPlay({ phase: 'ending', endingId: view.id, vars: { ...vars } });
			setAnnouncement(`The scenario has ended: ${view.ending.title}.`);
		} else {
			void dispatch({ ...base, type: 'scenario-node-entered', nodeId: view.id });
			setPlay({ phase: 'step', stepId: view.id, vars: { ...vars } });
			setAnnouncement('The next part of the scenario is shown.');
		}
		moveFocus('step');
	};

	const choose = (choice: ScenarioChoice) => {
		if (play.phase !== 'step') return;
		void dispatch({
			type: 'scenario-choice-made',
			moduleId,
			scenarioId: data.id,
			nodeId: play.stepId,
			choiceId: choice.id,
			set: assignmentsRecord(choice.set),
			at: now(),
		});
		setPlay({ ...play, chosenChoiceId: choice.id });
		setAnnouncement('Your choice is saved. Feedback is shown.');
		moveFocus('feedback');
	};

	const restart = async () => {
		await dispatch({ type: 'scenario-restarted', moduleId, scenarioId: data.id, at: now() });
		enter(data.start, {});
	};

	let body;
	if (play.phase === 'intro') {
		body = (
			<div class="app-scenario__intro">
				<p class="app-scenario__summary">{data.summary}</p>
				{data.contentWarning !== undefined && (
					<div class="nhsuk-card nhsuk-card--warning app-scenario__warning">
						<div class="nhsuk-card__content">
							<h3 class="nhsuk-card__heading">
								<span class="nhsuk-u-visually-hidden">Important: </span>Content warning
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
					onClick={() => enter(data.start, {})}
				>
					Start the scenario
				</button>
				{!ready && (
					<p class="nhsuk-hint app-scenario__loading" id={`${data.id}-loading`}>
						The scenario starts once the page has finished loading. It needs JavaScript to run.
					</p>
				)}
			</div>
		);
	} else if (play.phase === 'ending') {
		const view = viewStep(data, play.endingId, play.vars);
		body =
			view.kind === 'ending' ? (
				<div class="app-scenario__ending">
					<h3 class="app-scenario__heading" id={ids.heading} tabIndex={-1} ref={stepHeading}>
						{view.ending.title}
					</h3>
					<p class="app-scenario__result">
						<strong class={`nhsuk-tag ${OUTCOMES[view.ending.outcome].tag}`}>
							{OUTCOMES[view.ending.outcome].text}
						</strong>{' '}
						<span class="app-scenario__score">Score: {view.ending.score} out of 100.</span>
						{stored?.bestScore !== undefined && stored.runs > 1 && (
							<span> Your best score: {stored.bestScore} out of 100.</span>
						)}
					</p>
					{view.blocks.map((block, index) => (
						<Html key={index} class="app-scenario__text" html={block.html} />
					))}
					<PathReview data={data} path={path} glossaryHref={glossaryHref} />
					<button
						class="nhsuk-button nhsuk-button--secondary app-scenario__restart"
						type="button"
						onClick={() => void restart()}
					>
						Try again
					</button>
				</div>
			) : (
				<DeadEnd
					headingRef={stepHeading}
					headingId={ids.heading}
					onRestart={() => void restart()}
				/>
			);
	} else {
		const view = viewStep(data, play.stepId, play.vars);
		body = (
			<StepBody
				key={`${play.stepId}-${path.length}`}
				view={view}
				vars={play.vars}
				chosenChoiceId={play.chosenChoiceId}
				decision={path.length + (play.chosenChoiceId === undefined ? 1 : 0)}
				headingId={ids.heading}
				scenarioId={data.id}
				stepHeading={stepHeading}
				feedbackHeading={feedbackHeading}
				glossaryHref={glossaryHref}
				onChoose={choose}
				onContinue={enter}
				onRestart={() => void restart()}
			/>
		);
	}

	return (
		<section class="app-scenario" aria-labelledby={ids.title}>
			<h2 class="app-scenario__title" id={ids.title}>
				<span class="app-scenario__kicker">Scenario</span> {data.title}
			</h2>
			{body}
			<div class="nhsuk-u-visually-hidden" role="status" aria-live="polite">
				{announcement}
			</div>
		</section>
	);
}

interface StepBodyProps {
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

function StepBody({
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
}: StepBodyProps) {
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
				{view.kind === 'choices' ? `Decision ${decision}` : 'What happens next'}
			</h3>
			{view.blocks.map((block, index) => (
				<Html key={index} class="app-scenario__text" html={block.html} />
			))}
			{view.kind === 'goto' && (
				<button class="nhsuk-button" type="button" onClick={() => onContinue(view.to, vars)}>
					Continue
				</button>
			)}
			{view.kind === 'choices' && !chosen && (
				<ChoiceForm name={`${scenarioId}-${view.id}`} choices={view.choices} onChoose={onChoose} />
			)}
			{chosen && (
				<div class="app-scenario__feedback">
					<h4 class="app-scenario__feedback-heading" tabIndex={-1} ref={feedbackHeading}>
						Feedback on your choice
					</h4>
					<p class="app-scenario__chosen">
						<strong>You chose:</strong>{' '}
						<span dangerouslySetInnerHTML={{ __html: inlineHtml(chosen.labelHtml) }} />
					</p>
					{chosen.best && <p class="app-scenario__best">This was the best option here.</p>}
					<Html class="app-scenario__feedback-text" html={chosen.feedbackHtml} />
					<RightsLine rights={chosen.rights} glossaryHref={glossaryHref} />
					<button
						class="nhsuk-button"
						type="button"
						onClick={() => onContinue(chosen.to, applyAssignments(vars, chosen.set))}
					>
						Continue
					</button>
				</div>
			)}
		</div>
	);
}

interface ChoiceFormProps {
	name: string;
	choices: ScenarioChoice[];
	onChoose: (choice: ScenarioChoice) => void;
}

function ChoiceForm({ name, choices, onChoose }: ChoiceFormProps) {
	const [selected, setSelected] = useState<string | undefined>(undefined);
	const [error, setError] = useState(false);
	const firstInput = useRef<HTMLInputElement>(null);
	const errorId = `${name}-error`;

	const submit = (event: Event) => {
		event.preventDefault();
		const choice = choices.find((candidate) => candidate.id === selected);
		if (!choice) {
			setError(true);
			firstInput.current?.focus();
			return;
		}
		onChoose(choice);
	};

	return (
		<form class="app-scenario__choices" onSubmit={submit} noValidate>
			<div class={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
				<fieldset class="nhsuk-fieldset" aria-describedby={error ? errorId : undefined}>
					<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">What do you do?</legend>
					{error && (
						<p class="nhsuk-error-message" id={errorId}>
							<span class="nhsuk-u-visually-hidden">Error:</span> Select what you would do
						</p>
					)}
					<div class="nhsuk-radios">
						{choices.map((choice, index) => {
							const id = `${name}-${choice.id}`;
							return (
								<div class="nhsuk-radios__item" key={choice.id}>
									<input
										class="nhsuk-radios__input"
										id={id}
										name={name}
										type="radio"
										value={choice.id}
										checked={selected === choice.id}
										ref={index === 0 ? firstInput : null}
										onChange={() => {
											setSelected(choice.id);
											setError(false);
										}}
									/>
									<label
										class="nhsuk-label nhsuk-radios__label"
										for={id}
										dangerouslySetInnerHTML={{ __html: inlineHtml(choice.labelHtml) }}
									/>
								</div>
							);
						})}
					</div>
				</fieldset>
			</div>
			<button class="nhsuk-button" type="submit">
				Choose
			</button>
		</form>
	);
}

interface PathReviewProps {
	data: ScenarioData;
	path: Parameters<typeof reviewPath>[1]['path'];
	glossaryHref: string | undefined;
}

function PathReview({ data, path, glossaryHref }: PathReviewProps) {
	const steps = reviewPath(data, { path });
	if (steps.length === 0) return null;
	return (
		<div class="app-scenario__review">
			<h4 class="app-scenario__review-heading">Review your path</h4>
			<ol class="app-scenario__path">
				{steps.map((step, index) => (
					<li class="app-scenario__path-step" key={`${index}-${step.choiceId}`}>
						<p class="app-scenario__path-situation">
							<strong>Decision {index + 1}:</strong> {step.summary}
						</p>
						<p class="app-scenario__chosen">
							<strong>You chose:</strong>{' '}
							<span dangerouslySetInnerHTML={{ __html: inlineHtml(step.choiceLabelHtml) }} />
							{step.best && <span class="app-scenario__best"> (the best option)</span>}
						</p>
						<Html class="app-scenario__feedback-text" html={step.feedbackHtml} />
						<RightsLine rights={step.rights} glossaryHref={glossaryHref} />
						{step.betterLabelsHtml.length > 0 && (
							<p class="app-scenario__better">
								<strong>A better option:</strong>{' '}
								<span
									dangerouslySetInnerHTML={{
										__html: step.betterLabelsHtml.map(inlineHtml).join(' <em>or</em> '),
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

interface DeadEndProps {
	headingRef: RefObject<HTMLHeadingElement>;
	headingId: string;
	onRestart: () => void;
}

function DeadEnd({ headingRef, headingId, onRestart }: DeadEndProps) {
	return (
		<div class="app-scenario__step">
			<h3 class="app-scenario__heading" id={headingId} tabIndex={-1} ref={headingRef}>
				This part of the scenario is missing
			</h3>
			<p>
				The scenario has changed since you last played it. Start again to play the current version.
			</p>
			<button class="nhsuk-button nhsuk-button--secondary" type="button" onClick={onRestart}>
				Start again
			</button>
		</div>
	);
}
