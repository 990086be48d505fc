import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionData, QuizData } from '../schemas/quiz.ts';
import {
	attemptsLeft,
	correctOptionIds,
	isCorrectResponse,
	questionOutcome,
} from '../lib/course/quiz.ts';
import type { ModuleSummary } from '../schemas/module-summary.ts';
import { canRestartAssessment } from '../lib/progress/restart-offer.ts';
import { currentAssessmentAnswer, moduleStatus } from '../lib/progress/status.ts';
import { dispatch } from '../lib/progress/store.ts';
import type { QuestionProgress } from '../schemas/progress.ts';
import { t } from '../i18n/en-islands.ts';
import { useFocusRequest } from './hooks/use-focus-request.ts';
import { useHydrated } from './hooks/use-hydrated.ts';
import { useModuleProgress } from './hooks/use-progress.ts';

interface Props {
	moduleId: string;
	/** The quiz's module: its status decides whether a failed assessment can start again. */
	summary: ModuleSummary;
	data: QuizData;
	/** Readable citation for each source id the questions use. */
	sourceLabels: Record<string, string>;
}

/**
 * A set of questions; each is answered, marked and stored on its own. An assessment the learner
 * has failed, with every question locked, offers to start again with all its questions fresh.
 *
 * `dangerouslySetInnerHTML` here only ever receives `*Html` fields rendered from the author's MDX at
 * build time. Learner-supplied or imported text (answers, notes, names, progress files) is always
 * rendered as text: tests/e2e/storage.spec.ts imports a file with HTML in its text fields.
 */
export function QuizIsland({ moduleId, summary, data, sourceLabels }: Props) {
	const hydrated = useHydrated();
	const [announcement, setAnnouncement] = useState('');
	const section = useRef<HTMLElement>(null);
	const progress = useModuleProgress(moduleId);
	const status = moduleStatus(summary, progress);
	const offerRestart = canRestartAssessment(data, status, progress);
	// A new run remounts the questions, so their selections and "Try again" state start empty.
	const run = data.assessment ? (progress?.assessmentRestartedAt ?? '') : '';

	useEffect(() => {
		// Cleared while the offer shows, so the next restart is announced again.
		if (offerRestart) setAnnouncement('');
	}, [offerRestart]);

	const focusFirstQuestion = useFocusRequest(() =>
		section.current?.querySelector<HTMLElement>('.app-question__legend'),
	);

	const restart = () => {
		void dispatch({
			type: 'assessment-restarted',
			moduleId,
			// Every assessment question in the module, not only this quiz's: answers from before a
			// restart stop counting towards the score wherever they are.
			questionIds: [...summary.assessmentQuestionIds],
			at: new Date().toISOString(),
		});
		setAnnouncement(t.quiz.restarted);
		focusFirstQuestion();
	};

	return (
		<section class="app-quiz" aria-labelledby={`${data.id}-title`} ref={section}>
			<h2 class="app-quiz__title" id={`${data.id}-title`}>
				{data.title}
			</h2>
			{data.assessment && <p class="nhsuk-hint">{t.quiz.assessmentHint(data.attempts)}</p>}
			{data.questions.map((question, index) => (
				<QuestionView
					key={`${question.id} ${run}`}
					moduleId={moduleId}
					quiz={data}
					question={question}
					number={index + 1}
					progress={
						data.assessment
							? currentAssessmentAnswer(progress, question.id)
							: progress?.questions[question.id]
					}
					enabled={hydrated}
					sourceLabels={sourceLabels}
				/>
			))}
			<div class="app-quiz__result" role="status" aria-live="polite">
				{offerRestart && status.score !== undefined && (
					<p>
						<strong>{t.quiz.failed(status.score, summary.passMark)}</strong>
					</p>
				)}
			</div>
			{offerRestart && (
				<button class="nhsuk-button app-quiz__restart" type="button" onClick={restart}>
					{t.quiz.restart}
				</button>
			)}
			<div class="nhsuk-u-visually-hidden" role="status" aria-live="polite">
				{announcement}
			</div>
		</section>
	);
}

interface QuestionProps {
	moduleId: string;
	quiz: QuizData;
	question: QuestionData;
	number: number;
	progress: QuestionProgress | undefined;
	enabled: boolean;
	sourceLabels: Record<string, string>;
}

function QuestionView({
	moduleId,
	quiz,
	question,
	number,
	progress,
	enabled,
	sourceLabels,
}: QuestionProps) {
	const [selected, setSelected] = useState<string[]>(progress?.response ?? []);
	const [retrying, setRetrying] = useState(false);
	const [message, setMessage] = useState('');
	const outcome = questionOutcome(quiz.attempts, progress);
	const showResult = outcome.answered && !retrying;
	const multiple = question.type === 'multiple';
	const inputType = multiple ? 'checkbox' : 'radio';
	const base = `${quiz.id}-${question.id}`;

	// Keep the selection in step with answers given in another tab or restored after a reload.
	useEffect(() => {
		if (progress && !retrying) setSelected(progress.response);
	}, [progress, retrying]);

	const toggle = (id: string, checked: boolean) => {
		setSelected((current) =>
			multiple ? (checked ? [...current, id] : current.filter((x) => x !== id)) : [id],
		);
	};

	const submit = (event: Event) => {
		event.preventDefault();
		if (selected.length === 0) {
			setMessage(multiple ? t.quiz.selectSome : t.quiz.selectOne);
			return;
		}
		const correct = isCorrectResponse(question, selected);
		setRetrying(false);
		setMessage(correct ? t.quiz.correct : t.quiz.incorrect);
		void dispatch({
			type: 'question-answered',
			moduleId,
			questionId: question.id,
			response: [...selected],
			correct,
			at: new Date().toISOString(),
		});
	};

	const retry = () => {
		setRetrying(true);
		setSelected([]);
		setMessage(t.quiz.retrying);
	};

	const left = attemptsLeft(quiz.attempts, progress);
	const correctIds = correctOptionIds(question);
	const locked = !enabled || showResult;

	return (
		<form class="app-question" onSubmit={submit} noValidate>
			<fieldset class="nhsuk-fieldset" aria-describedby={`${base}-status`}>
				<legend
					class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s app-question__legend"
					// The first question's legend takes focus when the assessment starts again.
					tabIndex={number === 1 ? -1 : undefined}
				>
					<span class="app-question__number">{t.quiz.question(number)}</span>
					<span
						class="app-question__prompt"
						dangerouslySetInnerHTML={{ __html: question.promptHtml }}
					/>
				</legend>
				{multiple && <div class="nhsuk-hint">{t.quiz.selectAll}</div>}
				<div class={multiple ? 'nhsuk-checkboxes' : 'nhsuk-radios'}>
					{question.options.map((option) => {
						const id = `${base}-${option.id}`;
						const chosen = selected.includes(option.id);
						const markCorrect = showResult && outcome.revealAnswer && option.correct;
						return (
							<div
								class={multiple ? 'nhsuk-checkboxes__item' : 'nhsuk-radios__item'}
								key={option.id}
							>
								<input
									class={multiple ? 'nhsuk-checkboxes__input' : 'nhsuk-radios__input'}
									id={id}
									name={base}
									type={inputType}
									value={option.id}
									checked={chosen}
									disabled={locked}
									onChange={(e) => toggle(option.id, e.currentTarget.checked)}
								/>
								<label
									class={`${multiple ? 'nhsuk-checkboxes__label' : 'nhsuk-radios__label'} app-question__option`}
									for={id}
								>
									<span dangerouslySetInnerHTML={{ __html: option.labelHtml }} />
									{markCorrect && <strong class="app-question__mark">{t.quiz.correctMark}</strong>}
								</label>
								{showResult && chosen && option.feedbackHtml && (
									<div
										class="app-question__option-feedback nhsuk-hint"
										dangerouslySetInnerHTML={{ __html: option.feedbackHtml }}
									/>
								)}
							</div>
						);
					})}
				</div>
			</fieldset>

			<div class="app-question__status" id={`${base}-status`} role="status" aria-live="polite">
				{showResult && progress && (
					<div
						class={`app-question__feedback ${progress.correct ? 'app-question__feedback--correct' : 'app-question__feedback--incorrect'}`}
					>
						<p class="app-question__verdict">
							<strong>{progress.correct ? t.quiz.correct : t.quiz.incorrect}</strong>
							{!progress.correct && outcome.revealAnswer && correctIds.length > 0 && (
								<span>{t.quiz.answerShown}</span>
							)}
						</p>
						<div
							dangerouslySetInnerHTML={{
								__html: progress.correct ? question.correctHtml : question.incorrectHtml,
							}}
						/>
						{question.sources.length > 0 && (
							<p class="app-question__sources">
								{t.quiz.sources(question.sources.map((id) => sourceLabels[id] ?? id))}
							</p>
						)}
					</div>
				)}
				{!showResult && message && <p class="app-question__message">{message}</p>}
			</div>

			<div class="app-question__actions">
				{(!showResult || !progress) && (
					<button
						class="nhsuk-button nhsuk-button--secondary app-question__submit"
						type="submit"
						disabled={!enabled}
					>
						{t.quiz.submit}
					</button>
				)}
				{showResult && outcome.canRetry && (
					<button class="nhsuk-button nhsuk-button--secondary" type="button" onClick={retry}>
						{t.quiz.retry(left)}
					</button>
				)}
			</div>
		</form>
	);
}
