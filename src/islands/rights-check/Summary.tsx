import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RightsCheckData } from '../../schemas/review.ts';
import { joinList } from '../../lib/course/right-label.ts';
import { summarise, type RightsCheckContent } from '../../lib/course/rights-check.ts';
import { t } from '../../i18n/en-islands.ts';
import { printOnly } from '../print-only.ts';
import { NoticePanel } from './NoticePanel.tsx';
import type { Answers } from './types.ts';

interface Props {
	base: string;
	data: RightsCheckData;
	content: RightsCheckContent;
	answers: Answers;
	rightName: (id: string) => string;
	headingRef: RefObject<HTMLHeadingElement>;
	onBack: () => void;
	onStartAgain: () => void;
}

/** The summary card: points to act on, the model answer, every answer, print and start again. */
export function Summary({
	base,
	data,
	content,
	answers,
	rightName,
	headingRef,
	onBack,
	onStartAgain,
}: Props) {
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
				{t.rightsCheck.summaryHeading}
			</h3>
			<p class="app-print-region-only">
				<strong>{data.title}</strong>
			</p>

			{summary.notices.length > 0 && (
				<div class="app-rights-check__to-act">
					<h4>{t.rightsCheck.toAct}</h4>
					{summary.notices.map((notice) => (
						<NoticePanel key={notice.id} notice={notice} />
					))}
				</div>
			)}

			{hasModel && (
				<div class="app-rights-check__compare">
					<h4>{t.rightsCheck.compare}</h4>
					{summary.missedRights.length === 0 ? (
						<p>{t.rightsCheck.noneMissed}</p>
					) : (
						<>
							<p>{t.rightsCheck.missed}</p>
							<ul class="nhsuk-list nhsuk-list--bullet">
								{summary.missedRights.map((id) => (
									<li key={id}>{rightName(id)}</li>
								))}
							</ul>
						</>
					)}
					{summary.extraRights.length > 0 && (
						<p>
							{t.rightsCheck.extra(
								joinList(summary.extraRights.map(rightName)),
								summary.extraRights.length,
							)}
						</p>
					)}
					{data.modelNotesHtml.trim() !== '' && (
						<>
							<h4>{t.rightsCheck.model}</h4>
							<div
								class="app-rights-check__model"
								dangerouslySetInnerHTML={{ __html: data.modelNotesHtml }}
							/>
						</>
					)}
				</div>
			)}

			<h4>{t.rightsCheck.answers}</h4>
			{summary.sections.map((section, index) => (
				<div class="app-rights-check__section" key={section.stepId}>
					<h5 class="app-rights-check__section-title">
						{t.rightsCheck.section(index + 1, section.heading)}
					</h5>
					<dl class="nhsuk-summary-list">
						{section.items.map((item) => (
							<div class="nhsuk-summary-list__row" key={item.fieldId}>
								<dt class="nhsuk-summary-list__key">{item.label}</dt>
								<dd class="nhsuk-summary-list__value">
									{Array.isArray(item.value) ? (
										item.value.length === 0 ? (
											<span class="app-rights-check__empty">{t.rightsCheck.notAnswered}</span>
										) : (
											<ul class="nhsuk-list nhsuk-list--bullet">
												{item.value.map((value) => (
													<li key={value}>{value}</li>
												))}
											</ul>
										)
									) : item.value === '' ? (
										<span class="app-rights-check__empty">{t.rightsCheck.notAnswered}</span>
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
					{t.rightsCheck.back}
				</button>
				<button
					class="nhsuk-button nhsuk-button--secondary"
					type="button"
					onClick={() => printOnly(card.current)}
				>
					{t.rightsCheck.print}
				</button>
				{!confirming && (
					<button
						class="nhsuk-button nhsuk-button--secondary"
						type="button"
						ref={startAgainButton}
						onClick={() => setConfirming(true)}
					>
						{t.rightsCheck.startAgain}
					</button>
				)}
			</div>
			{confirming && (
				<div
					class="app-rights-check__confirm app-no-print"
					role="group"
					aria-labelledby={`${base}-confirm`}
				>
					<p id={`${base}-confirm`}>{t.rightsCheck.confirmText}</p>
					<div class="app-rights-check__actions">
						<button
							class="nhsuk-button nhsuk-button--warning"
							type="button"
							ref={confirmButton}
							onClick={onStartAgain}
						>
							{t.rightsCheck.confirm}
						</button>
						<button
							class="nhsuk-button nhsuk-button--secondary"
							type="button"
							onClick={() => setConfirming(false)}
						>
							{t.rightsCheck.cancel}
						</button>
					</div>
				</div>
			)}
		</div>
	);
}
