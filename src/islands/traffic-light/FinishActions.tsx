import { useEffect, useRef, useState } from 'preact/hooks';
import type { ViewProblem } from '../../lib/review/views.ts';
import type { ReviewFormWords } from '../../i18n/en/course.ts';

export function problemMessage(words: ReviewFormWords, problem: ViewProblem): string {
	if (problem.field === 'group') return words.groupMissing;
	return problem.reason === 'future' ? words.dateFuture : words.dateMissing;
}

interface Props {
	base: string;
	words: ReviewFormWords;
	headingLevel: 2 | 3;
	/** What stopped the last download, each linking to its field by id. */
	problems: ReadonlyArray<{ problem: ViewProblem; fieldId: string }>;
	/** Bumped on every download attempt, so the error summary takes focus again. */
	attempt: number;
	downloaded: string | undefined;
	disabled: boolean;
	onDownload: () => void;
	onStartNew: () => void;
}

/** Download the view, with what stops it as an error summary, and start a new view after a confirm. */
export function FinishActions({ base, words, problems, downloaded, disabled, ...props }: Props) {
	const [confirming, setConfirming] = useState(false);
	const summary = useRef<HTMLDivElement>(null);
	const confirmButton = useRef<HTMLButtonElement>(null);
	const newViewButton = useRef<HTMLButtonElement>(null);
	const Heading = props.headingLevel === 2 ? 'h2' : 'h3';

	useEffect(() => {
		if (problems.length > 0) summary.current?.focus();
	}, [props.attempt]);

	useEffect(() => {
		if (confirming) confirmButton.current?.focus();
	}, [confirming]);

	const startNew = () => {
		setConfirming(false);
		props.onStartNew();
		// The button that opened the confirm is still there: return focus to it.
		requestAnimationFrame(() => newViewButton.current?.focus());
	};

	return (
		<div class="app-traffic-light__finish">
			<Heading id={`${base}-finish`}>{words.finishHeading}</Heading>
			<p>{words.finishHint}</p>
			{problems.length > 0 && (
				<div
					class="nhsuk-error-summary"
					aria-labelledby={`${base}-error-title`}
					role="alert"
					tabIndex={-1}
					ref={summary}
				>
					<Heading class="nhsuk-error-summary__title" id={`${base}-error-title`}>
						{words.errorTitle}
					</Heading>
					<div class="nhsuk-error-summary__body">
						<ul class="nhsuk-list nhsuk-error-summary__list">
							{problems.map(({ problem, fieldId }) => (
								<li key={problem.field}>
									<a href={`#${fieldId}`}>{problemMessage(words, problem)}</a>
								</li>
							))}
						</ul>
					</div>
				</div>
			)}
			<button class="nhsuk-button" type="button" disabled={disabled} onClick={props.onDownload}>
				{words.download}
			</button>
			<div role="status" aria-live="polite">
				{downloaded && (
					<div class="nhsuk-inset-text">
						<p>{words.downloaded(downloaded)}</p>
					</div>
				)}
			</div>
			{confirming ? (
				<div class="app-traffic-light__confirm" role="group" aria-labelledby={`${base}-confirm`}>
					<p id={`${base}-confirm`}>{words.newViewText}</p>
					<div class="app-traffic-light__tools">
						<button
							class="nhsuk-button nhsuk-button--warning"
							type="button"
							ref={confirmButton}
							onClick={startNew}
						>
							{words.newViewConfirm}
						</button>
						<button
							class="nhsuk-button nhsuk-button--secondary"
							type="button"
							onClick={() => {
								setConfirming(false);
								requestAnimationFrame(() => newViewButton.current?.focus());
							}}
						>
							{words.cancel}
						</button>
					</div>
				</div>
			) : (
				<button
					class="nhsuk-button nhsuk-button--secondary"
					type="button"
					ref={newViewButton}
					disabled={disabled}
					onClick={() => setConfirming(true)}
				>
					{words.newView}
				</button>
			)}
		</div>
	);
}
