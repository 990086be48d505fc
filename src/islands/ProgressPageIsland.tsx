import type { ModuleSummary } from '../schemas/module-summary.ts';
import { moduleStatus } from '../lib/progress/status.ts';
import { t } from '../i18n/en-islands.ts';
import { useProgressState } from './hooks/use-progress.ts';
import { StatusTag } from './StatusTag.tsx';

interface Props {
	summaries: ModuleSummary[];
}

/** Every module with its status, score, scenario outcomes and a resume link. */
export function ProgressPageIsland({ summaries }: Props) {
	const state = useProgressState();

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
									<dt class="nhsuk-summary-list__key">{t.progress.lessonsOpened}</dt>
									<dd class="nhsuk-summary-list__value">
										{t.progress.lessonsCount(status.lessonsVisited, status.lessonsTotal)}
									</dd>
								</div>
								<div class="nhsuk-summary-list__row">
									<dt class="nhsuk-summary-list__key">{t.progress.assessment}</dt>
									<dd class="nhsuk-summary-list__value">
										{status.assessmentTotal === 0
											? t.progress.noAssessment
											: status.score === undefined
												? t.progress.answered(status.answered, status.assessmentTotal)
												: t.progress.score(status.score, summary.passMark, status.passed)}
									</dd>
								</div>
								{summary.scenarios.map((scenario) => {
									const played = progress?.scenarios[scenario.id];
									return (
										<div class="nhsuk-summary-list__row" key={scenario.id}>
											<dt class="nhsuk-summary-list__key">{t.progress.scenario(scenario.title)}</dt>
											<dd class="nhsuk-summary-list__value">
												{played?.ending
													? t.progress.ending(
															t.progress.outcomes[played.ending.outcome],
															played.ending.score,
														)
													: played && played.path.length > 0
														? t.progress.inProgress
														: played?.bestScore !== undefined
															? t.progress.bestScore(played.bestScore)
															: t.progress.notPlayed}
											</dd>
										</div>
									);
								})}
							</dl>
							<p class="app-progress__actions">
								{resume && (
									<a class="nhsuk-button nhsuk-button--secondary" href={resume.href}>
										{status.status === 'not-started' ? t.progress.start : t.progress.resume}
										<span class="nhsuk-u-visually-hidden">{t.common.linkFor(summary.title)}</span>
									</a>
								)}{' '}
								{status.completed && summary.certificateHref && (
									<a href={summary.certificateHref}>
										{t.progress.certificate}
										<span class="nhsuk-u-visually-hidden">
											{t.progress.certificateFor(summary.title)}
										</span>
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
