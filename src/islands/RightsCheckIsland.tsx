import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RightsCheckData } from '../schemas/review.ts';
import { joinList, rightLabel } from '../lib/course/right-label.ts';
import {
	answerList,
	answerText,
	categoryLabel,
	findStepDef,
	guardCheck,
	POSITION_KEY,
	stepErrors,
	stepNotices,
	summarise,
	SUMMARY,
	type FieldDef,
	type Notice,
	type RightsCheckContent,
	type StepDef,
} from '../lib/course/rights-check.ts';
import { dispatch, progressState, startProgress } from '../lib/progress/store.ts';
import { printOnly } from './print-only.ts';

interface Right {
	id: string;
	/** Short label, for example "Article 8". */
	label: string;
	name: string;
	category: string;
}

interface Props {
	moduleId: string;
	data: RightsCheckData;
	/** The steps' and notices' words from `content/rights-check/`, read at build time. */
	content: RightsCheckContent;
	rights: Right[];
}

type Answers = Record<string, string | string[]>;

const SAVE_DELAY_MS = 500;

/** The Rights Check, one step at a time, ending in a printable summary; answers stay on the device. */
export function RightsCheckIsland({ moduleId, data, content, rights }: Props) {
	const [ready, setReady] = useState(false);
	const [answers, setAnswers] = useState<Answers>({});
	const [errors, setErrors] = useState<Record<string, string>>({});
	const [announcement, setAnnouncement] = useState('');
	const [focusRequest, setFocusRequest] = useState<{ target: 'heading' | 'errors'; seq: number }>();
	const heading = useRef<HTMLHeadingElement>(null);
	const errorSummary = useRef<HTMLDivElement>(null);
	const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
	const unsaved = useRef<Answers | undefined>(undefined);
	const base = `rc-${data.id}`;
	const { steps } = content;

	const stored = answerText(answers, POSITION_KEY);
	const position =
		stored === SUMMARY || findStepDef(content, stored) ? stored : (steps[0]?.id ?? SUMMARY);
	const stepIndex = steps.findIndex((step) => step.id === position);
	const step = findStepDef(content, position);

	const rightName = (id: string) => {
		const right = rights.find((candidate) => candidate.id === id);
		return right ? `${right.label}: ${right.name}` : rightLabel(id);
	};

	const save = (next: Answers) => {
		clearTimeout(timer.current);
		unsaved.current = undefined;
		void dispatch({
			type: 'rights-check-saved',
			moduleId,
			checkId: data.id,
			answers: next,
			at: new Date().toISOString(),
		});
	};
	const latestSave = useRef(save);
	latestSave.current = save;

	useEffect(() => {
		void startProgress().then(() => {
			const saved = progressState.peek().modules[moduleId]?.checks[data.id]?.answers;
			if (saved) setAnswers({ ...saved });
			setReady(true);
		});
		// Answers typed in the last moment before the island goes away are still saved.
		return () => {
			if (unsaved.current) latestSave.current(unsaved.current);
		};
	}, [data.id, moduleId]);

	useEffect(() => {
		if (!focusRequest) return;
		(focusRequest.target === 'errors' ? errorSummary : heading).current?.focus();
	}, [focusRequest]);

	const requestFocus = (target: 'heading' | 'errors') =>
		setFocusRequest((current) => ({ target, seq: (current?.seq ?? 0) + 1 }));

	const update = (fieldId: string, value: string | string[]) => {
		const next = { ...answers, [fieldId]: value };
		setAnswers(next);
		if (errors[fieldId] !== undefined) {
			const rest = { ...errors };
			delete rest[fieldId];
			setErrors(rest);
		}
		unsaved.current = next;
		clearTimeout(timer.current);
		timer.current = setTimeout(() => save(next), SAVE_DELAY_MS);
	};

	const goTo = (target: string) => {
		const next = { ...answers, [POSITION_KEY]: target };
		setAnswers(next);
		setErrors({});
		save(next);
		const index = steps.findIndex((candidate) => candidate.id === target);
		const label = findStepDef(content, target)?.label;
		setAnnouncement(
			label === undefined
				? 'Your summary is shown.'
				: `Step ${index + 1} of ${steps.length}: ${label}.`,
		);
		requestFocus('heading');
	};

	const next = (event: Event) => {
		event.preventDefault();
		if (!step) return;
		const found = stepErrors(step, answers);
		if (Object.keys(found).length > 0) {
			setErrors(found);
			requestFocus('errors');
			return;
		}
		if (step.id === 'guard' && guardCheck(answers).stop) return;
		goTo(steps[stepIndex + 1]?.id ?? SUMMARY);
	};

	const startAgain = () => {
		const cleared: Answers = { [POSITION_KEY]: steps[0]?.id ?? SUMMARY };
		setAnswers(cleared);
		setErrors({});
		save(cleared);
		setAnnouncement('Your answers have been cleared.');
		requestFocus('heading');
	};

	return (
		<section class="app-rights-check" aria-labelledby={`${base}-title`}>
			<h2 class="app-rights-check__title" id={`${base}-title`}>
				{data.title}
			</h2>
			<div class="nhsuk-inset-text app-rights-check__privacy">
				<span class="nhsuk-u-visually-hidden">Information: </span>
				<p>
					<strong>Do not enter real patient information.</strong> Use the situation below, or one
					that is made up or fully anonymised. Your answers stay in this browser and are not sent
					anywhere.
				</p>
			</div>
			<div class="app-rights-check__situation">
				<h3 class="nhsuk-heading-s">The situation</h3>
				<div dangerouslySetInnerHTML={{ __html: data.situationHtml }} />
			</div>

			{step ? (
				<form class="app-rights-check__step" onSubmit={next} noValidate>
					<h3 class="app-rights-check__heading" id={`${base}-heading`} tabIndex={-1} ref={heading}>
						<span class="app-rights-check__progress">
							Step {stepIndex + 1} of {steps.length}
						</span>{' '}
						{step.label}
					</h3>
					<ErrorSummary errors={errors} base={base} step={step} summaryRef={errorSummary} />
					<p class="app-rights-check__question">{step.question}</p>
					<p class="app-rights-check__help">{step.help}</p>
					<p class="app-rights-check__anchors nhsuk-body-s">
						<span class="app-rights-check__anchors-label">Legal anchors:</span>{' '}
						{step.anchors.map((anchor) => anchor.text).join('; ')}
					</p>
					{step.fields.map((field) => (
						<Field
							key={field.id}
							field={field}
							base={base}
							answers={answers}
							error={errors[field.id]}
							rights={rights}
							disabled={!ready}
							onChange={update}
						/>
					))}
					<div class="app-rights-check__notices" aria-live="polite">
						{stepNotices(content, step.id, answers).map((notice) => (
							<NoticePanel key={notice.id} notice={notice}>
								{notice.id === 'redesign' && stepIndex > 0 && (
									<button
										class="nhsuk-button nhsuk-button--secondary app-no-print"
										type="button"
										onClick={() => goTo(steps[0]?.id ?? SUMMARY)}
									>
										Go back to step 1 to change the plan
									</button>
								)}
							</NoticePanel>
						))}
					</div>
					<div class="app-rights-check__actions">
						{stepIndex > 0 && (
							<button
								class="nhsuk-button nhsuk-button--secondary"
								type="button"
								disabled={!ready}
								onClick={() => goTo(steps[stepIndex - 1]?.id ?? SUMMARY)}
							>
								Back
							</button>
						)}
						{!(step.id === 'guard' && guardCheck(answers).stop) && (
							<button class="nhsuk-button" type="submit" disabled={!ready}>
								{stepIndex === steps.length - 1 ? 'See your summary' : 'Next'}
							</button>
						)}
					</div>
				</form>
			) : (
				<Summary
					base={base}
					data={data}
					content={content}
					answers={answers}
					rightName={rightName}
					headingRef={heading}
					onBack={() => goTo(steps.at(-1)?.id ?? SUMMARY)}
					onStartAgain={startAgain}
				/>
			)}
			<div class="nhsuk-u-visually-hidden" role="status" aria-live="polite">
				{announcement}
			</div>
		</section>
	);
}

interface ErrorSummaryProps {
	errors: Record<string, string>;
	base: string;
	step: StepDef;
	summaryRef: RefObject<HTMLDivElement>;
}

function ErrorSummary({ errors, base, step, summaryRef }: ErrorSummaryProps) {
	const fields = step.fields.filter((field) => errors[field.id] !== undefined);
	if (fields.length === 0) return null;
	return (
		<div
			class="nhsuk-error-summary"
			aria-labelledby={`${base}-error-title`}
			role="alert"
			tabIndex={-1}
			ref={summaryRef}
		>
			<h4 class="nhsuk-error-summary__title" id={`${base}-error-title`}>
				There is a problem
			</h4>
			<div class="nhsuk-error-summary__body">
				<ul class="nhsuk-list nhsuk-error-summary__list">
					{fields.map((field) => (
						<li key={field.id}>
							<a href={`#${inputId(base, field)}`}>{errors[field.id]}</a>
						</li>
					))}
				</ul>
			</div>
		</div>
	);
}

/** Id of the element an error links to: the field, or the first option of a group. */
function inputId(base: string, field: FieldDef): string {
	const id = `${base}-${field.id}`;
	if (field.kind === 'radios' || field.kind === 'checkboxes') {
		return `${id}-${field.options?.[0]?.value ?? ''}`;
	}
	return field.kind === 'rights' ? `${id}-first` : id;
}

interface FieldProps {
	field: FieldDef;
	base: string;
	answers: Answers;
	error: string | undefined;
	rights: Right[];
	disabled: boolean;
	onChange: (fieldId: string, value: string | string[]) => void;
}

function Field({ field, base, answers, error, rights, disabled, onChange }: FieldProps) {
	const id = `${base}-${field.id}`;
	const hintId = `${id}-hint`;
	const errorId = `${id}-error`;
	const describedBy =
		[field.hint !== undefined ? hintId : '', error !== undefined ? errorId : '']
			.filter(Boolean)
			.join(' ') || undefined;
	const groupClass = `nhsuk-form-group${error !== undefined ? ' nhsuk-form-group--error' : ''}`;
	const hint = field.hint !== undefined && (
		<div class="nhsuk-hint" id={hintId}>
			{field.hint}
		</div>
	);
	const errorMessage = error !== undefined && (
		<p class="nhsuk-error-message" id={errorId}>
			<span class="nhsuk-u-visually-hidden">Error:</span> {error}
		</p>
	);

	if (field.kind === 'text' || field.kind === 'textarea' || field.kind === 'lines') {
		const value = typeof answers[field.id] === 'string' ? (answers[field.id] as string) : '';
		const props = {
			id,
			name: id,
			value,
			disabled,
			'aria-describedby': describedBy,
			onInput: (event: Event) =>
				onChange(field.id, (event.currentTarget as HTMLInputElement).value),
		};
		return (
			<div class={groupClass}>
				<label class="nhsuk-label nhsuk-label--s" for={id}>
					{field.label}
				</label>
				{hint}
				{errorMessage}
				{field.kind === 'text' ? (
					<input
						class={`nhsuk-input${error !== undefined ? ' nhsuk-input--error' : ''}`}
						type="text"
						{...props}
					/>
				) : (
					<textarea
						class={`nhsuk-textarea${error !== undefined ? ' nhsuk-textarea--error' : ''}`}
						rows={field.kind === 'lines' ? 4 : 3}
						{...props}
					/>
				)}
			</div>
		);
	}

	const multiple = field.kind !== 'radios';
	const options =
		field.kind === 'rights'
			? rights.map((right) => ({
					value: right.id,
					label: `${right.label}: ${right.name}`,
					hint: categoryLabel(right.category),
				}))
			: (field.options ?? []).map((option) => ({ ...option, hint: undefined }));
	const chosen = multiple ? answerList(answers, field.id) : [answerText(answers, field.id)];
	const kind = multiple ? 'checkboxes' : 'radios';

	const toggle = (value: string, checked: boolean) => {
		if (!multiple) return onChange(field.id, value);
		const current = answerList(answers, field.id).filter((item) => item !== value);
		onChange(field.id, checked ? [...current, value] : current);
	};

	return (
		<div class={groupClass}>
			<fieldset class="nhsuk-fieldset" aria-describedby={describedBy}>
				<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{field.label}</legend>
				{hint}
				{errorMessage}
				{options.length === 0 && <p>The list of rights could not be loaded.</p>}
				<div class={`nhsuk-${kind}`}>
					{options.map((option, index) => {
						const optionId =
							field.kind === 'rights' && index === 0 ? `${id}-first` : `${id}-${option.value}`;
						const optionHint = option.hint !== undefined ? `${optionId}-hint` : undefined;
						return (
							<div class={`nhsuk-${kind}__item`} key={option.value}>
								<input
									class={`nhsuk-${kind}__input`}
									id={optionId}
									name={id}
									type={multiple ? 'checkbox' : 'radio'}
									value={option.value}
									checked={chosen.includes(option.value)}
									disabled={disabled}
									aria-describedby={optionHint}
									onChange={(event) => toggle(option.value, event.currentTarget.checked)}
								/>
								<label class={`nhsuk-label nhsuk-${kind}__label`} for={optionId}>
									{option.label}
								</label>
								{option.hint !== undefined && (
									<div class={`nhsuk-hint nhsuk-${kind}__hint`} id={optionHint}>
										{option.hint}
									</div>
								)}
							</div>
						);
					})}
				</div>
			</fieldset>
		</div>
	);
}

interface NoticePanelProps {
	notice: Notice;
	children?: ComponentChildren;
}

function NoticePanel({ notice, children }: NoticePanelProps) {
	return (
		<div class={`app-notice app-notice--${notice.tone}`}>
			<h4 class="app-notice__title">
				<span class="nhsuk-u-visually-hidden">
					{notice.tone === 'stop' ? 'Stop: ' : notice.tone === 'warning' ? 'Warning: ' : 'Note: '}
				</span>
				{notice.title}
			</h4>
			<p class="app-notice__body">{notice.body}</p>
			{notice.points && (
				<ul class="app-notice__points">
					{notice.points.map((point) => (
						<li key={point}>{point}</li>
					))}
				</ul>
			)}
			{children}
		</div>
	);
}

interface SummaryProps {
	base: string;
	data: RightsCheckData;
	content: RightsCheckContent;
	answers: Answers;
	rightName: (id: string) => string;
	headingRef: RefObject<HTMLHeadingElement>;
	onBack: () => void;
	onStartAgain: () => void;
}

function Summary({
	base,
	data,
	content,
	answers,
	rightName,
	headingRef,
	onBack,
	onStartAgain,
}: SummaryProps) {
	const [confirming, setConfirming] = useState(false);
	const confirmButton = useRef<HTMLButtonElement>(null);
	const startAgainButton = useRef<HTMLButtonElement>(null);
	const asked = useRef(false);
	const card = useRef<HTMLDivElement>(null);

	// Focus follows the question: to "Clear answers" when it appears, back to "Start again" on cancel.
	useEffect(() => {
		if (confirming) confirmButton.current?.focus();
		else if (asked.current) startAgainButton.current?.focus();
		asked.current ||= confirming;
	}, [confirming]);
	const summary = summarise(content, answers, data.modelRights, { rightName });
	const hasModel = data.modelRights.length > 0;

	return (
		<div class="app-rights-check__summary" ref={card}>
			<h3 class="app-rights-check__heading" id={`${base}-heading`} tabIndex={-1} ref={headingRef}>
				Your Rights Check summary
			</h3>
			<p class="app-print-region-only">
				<strong>{data.title}</strong>
			</p>

			{summary.notices.length > 0 && (
				<div class="app-rights-check__to-act">
					<h4>Points to act on</h4>
					{summary.notices.map((notice) => (
						<NoticePanel key={notice.id} notice={notice} />
					))}
				</div>
			)}

			{hasModel && (
				<div class="app-rights-check__compare">
					<h4>Compared with the model answer</h4>
					{summary.missedRights.length === 0 ? (
						<p>You selected every right the model answer lists.</p>
					) : (
						<>
							<p>The model answer also lists these rights, which you did not select:</p>
							<ul class="nhsuk-list nhsuk-list--bullet">
								{summary.missedRights.map((id) => (
									<li key={id}>{rightName(id)}</li>
								))}
							</ul>
						</>
					)}
					{summary.extraRights.length > 0 && (
						<p>
							You also selected {joinList(summary.extraRights.map(rightName))}. The model answer
							does not list {summary.extraRights.length === 1 ? 'it' : 'them'}: worth discussing
							with your team.
						</p>
					)}
					{data.modelNotesHtml.trim() !== '' && (
						<>
							<h4>Model answer</h4>
							<div
								class="app-rights-check__model"
								dangerouslySetInnerHTML={{ __html: data.modelNotesHtml }}
							/>
						</>
					)}
				</div>
			)}

			<h4>Your answers</h4>
			{summary.sections.map((section, index) => (
				<div class="app-rights-check__section" key={section.stepId}>
					<h5 class="app-rights-check__section-title">
						{index + 1}. {section.heading}
					</h5>
					<dl class="nhsuk-summary-list">
						{section.items.map((item) => (
							<div class="nhsuk-summary-list__row" key={item.fieldId}>
								<dt class="nhsuk-summary-list__key">{item.label}</dt>
								<dd class="nhsuk-summary-list__value">
									{Array.isArray(item.value) ? (
										item.value.length === 0 ? (
											<span class="app-rights-check__empty">Not answered</span>
										) : (
											<ul class="nhsuk-list nhsuk-list--bullet">
												{item.value.map((value) => (
													<li key={value}>{value}</li>
												))}
											</ul>
										)
									) : item.value === '' ? (
										<span class="app-rights-check__empty">Not answered</span>
									) : (
										<span class="app-rights-check__answer">{item.value}</span>
									)}
								</dd>
							</div>
						))}
					</dl>
				</div>
			))}

			<div class="app-rights-check__actions app-no-print">
				<button class="nhsuk-button nhsuk-button--secondary" type="button" onClick={onBack}>
					Back
				</button>
				<button
					class="nhsuk-button nhsuk-button--secondary"
					type="button"
					onClick={() => printOnly(card.current)}
				>
					Print the summary
				</button>
				{!confirming && (
					<button
						class="nhsuk-button nhsuk-button--secondary"
						type="button"
						ref={startAgainButton}
						onClick={() => setConfirming(true)}
					>
						Start again
					</button>
				)}
			</div>
			{confirming && (
				<div
					class="app-rights-check__confirm app-no-print"
					role="group"
					aria-labelledby={`${base}-confirm`}
				>
					<p id={`${base}-confirm`}>
						Starting again clears all your answers. This cannot be undone.
					</p>
					<div class="app-rights-check__actions">
						<button
							class="nhsuk-button nhsuk-button--warning"
							type="button"
							ref={confirmButton}
							onClick={onStartAgain}
						>
							Clear answers and start again
						</button>
						<button
							class="nhsuk-button nhsuk-button--secondary"
							type="button"
							onClick={() => setConfirming(false)}
						>
							Keep my answers
						</button>
					</div>
				</div>
			)}
		</div>
	);
}
