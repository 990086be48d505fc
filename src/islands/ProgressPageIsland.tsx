import { useEffect } from 'preact/hooks';
import type { ModuleSummary } from '../schemas/module-summary.ts';
import { moduleStatus } from '../lib/progress/status.ts';
import { progressState, startProgress } from '../lib/progress/store.ts';
import { StatusTag } from './StatusTag.tsx';

interface Props {
	summaries: ModuleSummary[];
}

const OUTCOME_TEXT = {
	positive: 'Good outcome',
	mixed: 'Mixed outcome',
	negative: 'Poor outcome',
} as const;

/** Every module with its status, score, scenario outcomes and a resume link. */
export function ProgressPageIsland({ summaries }: Props) {
	useEffect(() => {
		void startProgress();
	}, []);
	const state = progressState.value;

	return (
		<div class="app-progress">
			{summaries.map((summary) => {
				const progress = state.modules[summary.id];
				const status = moduleStatus(summary, progress);
				const resume = summary.lessons.find((l) => l.id === status.resumeLessonId);
				const headingId = `progress-${summary.id}`;
				return (
					<section
						class="nhsuk-card app-progress__module"
						aria-labelledby={headingId}
						key={summary.id}
					>
						<div class="nhsuk-card__content">
							<h2 class="nhsuk-card__heading nhsuk-heading-m" id={headingId}>
								{summary.title}
							</h2>
							<p>
								<StatusTag status={status.status} />
							</p>
							<dl class="nhsuk-summary-list">
								<div class="nhsuk-summary-list__row">
									<dt class="nhsuk-summary-list__key">Lessons opened</dt>
									<dd class="nhsuk-summary-list__value">
										{status.lessonsVisited} of {status.lessonsTotal}
									</dd>
								</div>
								<div class="nhsuk-summary-list__row">
									<dt class="nhsuk-summary-list__key">Assessment</dt>
									<dd class="nhsuk-summary-list__value">
										{status.assessmentTotal === 0
											? 'No assessment'
											: status.score === undefined
												? `${status.answered} of ${status.assessmentTotal} questions answered`
												: `${status.score}% (pass mark ${summary.passMark}%)${status.passed ? ', passed' : ', not yet passed'}`}
									</dd>
								</div>
								{summary.scenarios.map((scenario) => {
									const played = progress?.scenarios[scenario.id];
									return (
										<div class="nhsuk-summary-list__row" key={scenario.id}>
											<dt class="nhsuk-summary-list__key">Scenario: {scenario.title}</dt>
											<dd class="nhsuk-summary-list__value">
												{played?.ending
													? `${OUTCOME_TEXT[played.ending.outcome]} (${played.ending.score}%)`
													: played && played.path.length > 0
														? 'In progress'
														: played?.bestScore !== undefined
															? `Best score ${played.bestScore}%`
															: 'Not played'}
											</dd>
										</div>
									);
								})}
							</dl>
							<p class="app-progress__actions">
								{resume && (
									<a class="nhsuk-button nhsuk-button--secondary" href={resume.href}>
										{status.status === 'not-started' ? 'Start' : 'Resume'}
										<span class="nhsuk-u-visually-hidden">: {summary.title}</span>
									</a>
								)}{' '}
								{status.completed && summary.certificateHref && (
									<a href={summary.certificateHref}>
										Certificate<span class="nhsuk-u-visually-hidden"> for {summary.title}</span>
									</a>
								)}
							</p>
						</div>
					</section>
				);
			})}
		</div>
	);
}
