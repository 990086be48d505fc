import type { RefObject } from 'preact';
import {
	guardCheck,
	stepNotices,
	SUMMARY,
	type RightsCheckContent,
	type StepDef,
} from '../../lib/course/rights-check.ts';
import { t } from '../../i18n/en-islands.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { Field } from './Field.tsx';
import { NoticePanel } from './NoticePanel.tsx';
import type { Answers, Right } from './types.ts';

interface Props {
	base: string;
	content: RightsCheckContent;
	step: StepDef;
	stepIndex: number;
	answers: Answers;
	errors: Record<string, string>;
	rights: Right[];
	/** False until saved answers are loaded: the inputs stay disabled until then. */
	ready: boolean;
	headingRef: RefObject<HTMLHeadingElement>;
	errorSummaryRef: RefObject<HTMLDivElement>;
	onChange: (fieldId: string, value: string | string[]) => void;
	onNext: (event: Event) => void;
	onGoTo: (target: string) => void;
}

/** One step: its question, help and legal anchors, its fields, the notices they raise, and the way on. */
export function StepForm({
	base,
	content,
	step,
	stepIndex,
	answers,
	errors,
	rights,
	ready,
	headingRef,
	errorSummaryRef,
	onChange,
	onNext,
	onGoTo,
}: Props) {
	const { steps } = content;
	return (
		<form class="app-rights-check__step" onSubmit={onNext} noValidate>
			<h3 class="app-rights-check__heading" id={`${base}-heading`} tabIndex={-1} ref={headingRef}>
				<span class="app-rights-check__progress">
					{t.rightsCheck.step(stepIndex + 1, steps.length)}
				</span>{' '}
				{step.label}
			</h3>
			<ErrorSummary errors={errors} base={base} step={step} summaryRef={errorSummaryRef} />
			<p class="app-rights-check__question">{step.question}</p>
			<p class="app-rights-check__help">{step.help}</p>
			<p class="app-rights-check__anchors nhsuk-body-s">
				<span class="app-rights-check__anchors-label">{t.rightsCheck.anchors}</span>{' '}
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
					onChange={onChange}
				/>
			))}
			<div class="app-rights-check__notices" aria-live="polite">
				{stepNotices(content, step.id, answers).map((notice) => (
					<NoticePanel key={notice.id} notice={notice}>
						{notice.id === 'redesign' && stepIndex > 0 && (
							<button
								class="nhsuk-button nhsuk-button--secondary app-no-print"
								type="button"
								onClick={() => onGoTo(steps[0]?.id ?? SUMMARY)}
							>
								{t.rightsCheck.redesign}
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
						onClick={() => onGoTo(steps[stepIndex - 1]?.id ?? SUMMARY)}
					>
						{t.rightsCheck.back}
					</button>
				)}
				{!(step.id === 'guard' && guardCheck(answers).stop) && (
					<button class="nhsuk-button" type="submit" disabled={!ready}>
						{stepIndex === steps.length - 1 ? t.rightsCheck.seeSummary : t.rightsCheck.next}
					</button>
				)}
			</div>
		</form>
	);
}
