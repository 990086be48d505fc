import { useRef, useState } from 'preact/hooks';
import type { ScenarioChoice, ScenarioData } from '../schemas/scenario.ts';
import {
	assignmentsRecord,
	resumePoint,
	settle,
	viewStep,
	type ResumePoint,
	type Vars,
} from '../lib/course/scenario-play.ts';
import { dispatch, progressState } from '../lib/progress/store.ts';
import { t } from '../i18n/en-islands.ts';
import { useFocusRequest } from './hooks/use-focus-request.ts';
import { useModuleProgress, useProgressReady } from './hooks/use-progress.ts';
import { DeadEnd } from './scenario/DeadEnd.tsx';
import { ScenarioEnding } from './scenario/ScenarioEnding.tsx';
import { ScenarioIntro } from './scenario/ScenarioIntro.tsx';
import { StepBody } from './scenario/StepBody.tsx';

interface Props {
	moduleId: string;
	data: ScenarioData;
	/** Link to the glossary, offered beside the rights each choice engages. */
	glossaryHref?: string;
}

/** Which heading takes focus after the learner acts. */
type FocusTarget = 'step' | 'feedback';

function now(): string {
	return new Date().toISOString();
}

/** A branching scenario, played one step at a time; a reload continues where the learner was. */
export function ScenarioIsland({ moduleId, data, glossaryHref }: Props) {
	const [play, setPlay] = useState<ResumePoint>({ phase: 'intro' });
	const [announcement, setAnnouncement] = useState('');
	const stepHeading = useRef<HTMLHeadingElement>(null);
	const feedbackHeading = useRef<HTMLHeadingElement>(null);
	const stored = useModuleProgress(moduleId)?.scenarios[data.id];
	const path = stored?.path ?? [];
	const ids = { title: `${data.id}-title`, heading: `${data.id}-step-heading` };

	const ready = useProgressReady(() => {
		setPlay(resumePoint(data, progressState.peek().modules[moduleId]?.scenarios[data.id]));
	}, [data, moduleId]);

	const moveFocus = useFocusRequest<FocusTarget>(
		(target) => (target === 'feedback' ? feedbackHeading : stepHeading).current,
	);

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
			setAnnouncement(t.scenario.ended(view.ending.title));
		} else {
			void dispatch({ ...base, type: 'scenario-node-entered', nodeId: view.id });
			setPlay({ phase: 'step', stepId: view.id, vars: { ...vars } });
			setAnnouncement(t.scenario.nextShown);
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
		setAnnouncement(t.scenario.choiceSaved);
		moveFocus('feedback');
	};

	const restart = async () => {
		await dispatch({ type: 'scenario-restarted', moduleId, scenarioId: data.id, at: now() });
		enter(data.start, {});
	};

	let body;
	if (play.phase === 'intro') {
		body = <ScenarioIntro data={data} ready={ready} onStart={() => enter(data.start, {})} />;
	} else if (play.phase === 'ending') {
		const view = viewStep(data, play.endingId, play.vars);
		body =
			view.kind === 'ending' ? (
				<ScenarioEnding
					data={data}
					view={view}
					stored={stored}
					headingId={ids.heading}
					headingRef={stepHeading}
					glossaryHref={glossaryHref}
					onRestart={() => void restart()}
				/>
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
				<span class="app-scenario__kicker">{t.scenario.kicker}</span> {data.title}
			</h2>
			{body}
			<div class="nhsuk-u-visually-hidden" role="status" aria-live="polite">
				{announcement}
			</div>
		</section>
	);
}
