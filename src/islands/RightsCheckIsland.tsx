import { useRef, useState } from 'preact/hooks';
import type { RightsCheckData } from '../schemas/review.ts';
import { rightLabel } from '../lib/course/right-label.ts';
import {
	answerText,
	findStepDef,
	guardCheck,
	POSITION_KEY,
	stepErrors,
	SUMMARY,
	type RightsCheckContent,
} from '../lib/course/rights-check.ts';
import { dispatch, progressState } from '../lib/progress/store.ts';
import { t } from '../i18n/en-islands.ts';
import { useDebouncedSave } from './hooks/use-debounced-save.ts';
import { useFocusRequest } from './hooks/use-focus-request.ts';
import { useProgressReady } from './hooks/use-progress.ts';
import { StepForm } from './rights-check/StepForm.tsx';
import { Summary } from './rights-check/Summary.tsx';
import type { Answers, Right } from './rights-check/types.ts';

interface Props {
	moduleId: string;
	data: RightsCheckData;
	/** The steps' and notices' words from `content/rights-check/`, read at build time. */
	content: RightsCheckContent;
	rights: Right[];
}

/**
 * The Rights Check, one step at a time, ending in a printable summary; answers stay on the device.
 *
 * `dangerouslySetInnerHTML` here only ever receives `*Html` fields rendered from the author's MDX at
 * build time. Learner-supplied or imported text (answers, notes, names, progress files) is always
 * rendered as text: tests/e2e/storage.spec.ts imports a file with HTML in its text fields.
 */
export function RightsCheckIsland({ moduleId, data, content, rights }: Props) {
	const [answers, setAnswers] = useState<Answers>({});
	const [errors, setErrors] = useState<Record<string, string>>({});
	const [announcement, setAnnouncement] = useState('');
	const heading = useRef<HTMLHeadingElement>(null);
	const errorSummary = useRef<HTMLDivElement>(null);
	const requestFocus = useFocusRequest<'heading' | 'errors'>(
		(target) => (target === 'errors' ? errorSummary : heading).current,
	);
	const base = `rc-${data.id}`;
	const { steps } = content;

	const ready = useProgressReady(() => {
		const saved = progressState.peek().modules[moduleId]?.checks[data.id]?.answers;
		if (saved) setAnswers({ ...saved });
	}, [data.id, moduleId]);
	// Typing is saved after a pause, a step change at once; anything typed in the last moment
	// before the island goes away is saved then.
	const saver = useDebouncedSave((next: Answers) => {
		void dispatch({
			type: 'rights-check-saved',
			moduleId,
			checkId: data.id,
			answers: next,
			at: new Date().toISOString(),
		});
	});

	const stored = answerText(answers, POSITION_KEY);
	const position =
		stored === SUMMARY || findStepDef(content, stored) ? stored : (steps[0]?.id ?? SUMMARY);
	const stepIndex = steps.findIndex((step) => step.id === position);
	const step = findStepDef(content, position);

	const rightName = (id: string) => {
		const right = rights.find((candidate) => candidate.id === id);
		return right ? t.rightsCheck.rightName(right.label, right.name) : rightLabel(id);
	};

	const update = (fieldId: string, value: string | string[]) => {
		const next = { ...answers, [fieldId]: value };
		setAnswers(next);
		if (errors[fieldId] !== undefined) {
			const rest = { ...errors };
			delete rest[fieldId];
			setErrors(rest);
		}
		saver.schedule(next);
	};

	const goTo = (target: string) => {
		const next = { ...answers, [POSITION_KEY]: target };
		setAnswers(next);
		setErrors({});
		saver.saveNow(next);
		const index = steps.findIndex((candidate) => candidate.id === target);
		const label = findStepDef(content, target)?.label;
		setAnnouncement(
			label === undefined
				? t.rightsCheck.summaryShown
				: t.rightsCheck.stepShown(index + 1, steps.length, label),
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
		saver.saveNow(cleared);
		setAnnouncement(t.rightsCheck.cleared);
		requestFocus('heading');
	};

	return (
		<section class="app-rights-check" aria-labelledby={`${base}-title`}>
			<h2 class="app-rights-check__title" id={`${base}-title`}>
				{data.title}
			</h2>
			<div class="nhsuk-inset-text app-rights-check__privacy">
				<span class="nhsuk-u-visually-hidden">{t.common.information}</span>
				<p>
					<strong>{t.rightsCheck.privacyStrong}</strong>
					{t.rightsCheck.privacyAfter}
				</p>
			</div>
			<div class="app-rights-check__situation">
				<h3 class="nhsuk-heading-s">{t.rightsCheck.situation}</h3>
				<div dangerouslySetInnerHTML={{ __html: data.situationHtml }} />
			</div>

			{step ? (
				<StepForm
					base={base}
					content={content}
					step={step}
					stepIndex={stepIndex}
					answers={answers}
					errors={errors}
					rights={rights}
					ready={ready}
					headingRef={heading}
					errorSummaryRef={errorSummary}
					onChange={update}
					onNext={next}
					onGoTo={goTo}
				/>
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
