import { useRef, useState } from 'preact/hooks';
import { dispatch, progressState, storageStatus } from '../lib/progress/store.ts';
import {
	FEEDBACK_RATINGS,
	FEEDBACK_TEXT_LIMIT,
	type FeedbackRating,
	type ScalePoint,
} from '../schemas/evaluation-ids.ts';
// Their own strings, not en-islands.ts: only the pages with these forms load them.
import { checkIn as t } from '../i18n/en/check-in.ts';
import { ProblemSummary } from './check-in/ProblemSummary.tsx';
import { ScaleQuestion } from './check-in/ScaleQuestion.tsx';
import { useModuleProgress, useProgressReady } from './hooks/use-progress.ts';
import { LoadingNote } from './LoadingNote.tsx';

interface Props {
	moduleId: string;
	/** The feedback goes to an LMS (SCORM packages); on the site it stays on the device. */
	reportsToLms: boolean;
}

/**
 * The end-of-module feedback form (issue 13): relevance, clarity and what the learner would
 * change, every question optional, saved with one button as a `feedback-saved` event. The free
 * text carries a reminder not to write personal data, because in a SCORM package it goes to the
 * LMS.
 */
export function FeedbackIsland({ moduleId, reportsToLms }: Props) {
	const base = 'module-feedback';
	const saved = useModuleProgress(moduleId)?.feedback;
	const [ratings, setRatings] = useState<Partial<Record<FeedbackRating, ScalePoint>>>({});
	const [change, setChange] = useState('');
	const [status, setStatus] = useState('');
	const [tooLong, setTooLong] = useState(false);
	const summaryRef = useRef<HTMLDivElement>(null);
	const ready = useProgressReady(() => {
		const stored = progressState.peek().modules[moduleId]?.feedback;
		if (!stored) return;
		setRatings({ ...stored.ratings });
		setChange(stored.change);
	}, [moduleId]);
	const changeId = `${base}-change`;
	const titleId = `${base}-title`;

	const save = (event: Event) => {
		event.preventDefault();
		if (change.length > FEEDBACK_TEXT_LIMIT) {
			setTooLong(true);
			queueMicrotask(() => summaryRef.current?.focus());
			return;
		}
		setTooLong(false);
		void dispatch({
			type: 'feedback-saved',
			moduleId,
			feedback: { ratings: { ...ratings }, change: change.trim() },
			at: new Date().toISOString(),
		}).then(() =>
			setStatus(
				storageStatus.peek() === 'memory'
					? t.feedback.keptInTabAt(new Date())
					: t.feedback.savedAt(new Date()),
			),
		);
	};
	const tooLongMessage = t.feedback.tooLong(FEEDBACK_TEXT_LIMIT);

	return (
		<section class="app-check-in nhsuk-card" aria-labelledby={titleId}>
			<div class="nhsuk-card__content">
				<h2 class="nhsuk-card__heading" id={titleId}>
					{t.feedback.title} <span class="app-check-in__optional">{t.checkIn.optional}</span>
				</h2>
				<p>
					{t.feedback.intro} {reportsToLms ? t.checkIn.sentToLms : t.checkIn.keptOnDevice}
				</p>
				<LoadingNote ready={ready}>{t.feedback.loading}</LoadingNote>
				<ProblemSummary
					problems={tooLong ? [{ fieldId: changeId, message: tooLongMessage }] : []}
					titleId={`${base}-error-title`}
					summaryRef={summaryRef}
				/>
				<form onSubmit={save} noValidate>
					{FEEDBACK_RATINGS.map((question) => (
						<ScaleQuestion
							key={question}
							name={`${base}-${question}`}
							legend={t.feedback.questions[question]}
							words={t.feedback.scales[question]}
							value={ratings[question]}
							disabled={!ready}
							onChange={(value) => setRatings({ ...ratings, [question]: value })}
						/>
					))}
					<div class={`nhsuk-form-group${tooLong ? ' nhsuk-form-group--error' : ''}`}>
						<label class="nhsuk-label" for={changeId}>
							{t.feedback.changeLabel}
						</label>
						<div class="nhsuk-hint" id={`${changeId}-hint`}>
							{t.feedback.changeHint}
						</div>
						{tooLong && (
							<span class="nhsuk-error-message" id={`${changeId}-error`}>
								<span class="nhsuk-u-visually-hidden">{t.checkIn.errorTitle}:</span>{' '}
								{tooLongMessage}
							</span>
						)}
						<textarea
							class={`nhsuk-textarea${tooLong ? ' nhsuk-textarea--error' : ''}`}
							id={changeId}
							name={changeId}
							rows={5}
							value={change}
							disabled={!ready}
							aria-describedby={`${changeId}-hint${tooLong ? ` ${changeId}-error` : ''}`}
							onInput={(e) => setChange(e.currentTarget.value)}
						/>
					</div>
					<button class="nhsuk-button nhsuk-button--secondary" type="submit" disabled={!ready}>
						{t.feedback.save}
					</button>
				</form>
				<div role="status" aria-live="polite" class="app-check-in__status">
					{status ? <p>{status}</p> : saved && <p>{t.checkIn.savedBefore}</p>}
				</div>
			</div>
		</section>
	);
}
