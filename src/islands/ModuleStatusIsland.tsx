import type { ModuleSummary } from '../schemas/module-summary.ts';
import { moduleStatus } from '../lib/progress/status.ts';
import { t } from '../i18n/en-islands.ts';
import { useModuleProgress } from './hooks/use-progress.ts';
import { StatusTag } from './StatusTag.tsx';

interface Props {
	summary: ModuleSummary;
	/** `card` on the course home page; `overview` on the module page, with the start button. */
	variant: 'card' | 'overview';
}

/** A module's status, score and a start or resume link, kept live from stored progress. */
export function ModuleStatusIsland({ summary, variant }: Props) {
	const progress = useModuleProgress(summary.id);
	const status = moduleStatus(summary, progress);
	const resume = summary.lessons.find((l) => l.id === status.resumeLessonId) ?? summary.lessons[0];
	const action =
		status.status === 'not-started'
			? t.module.start
			: status.completed
				? t.module.review
				: t.module.resume;

	return (
		<div class={`app-module-status app-module-status--${variant}`}>
			<p class="app-module-status__line">
				<StatusTag status={status.status} />{' '}
				<span class="nhsuk-body-s">
					{t.module.lessonsOpened(status.lessonsVisited, status.lessonsTotal)}
					{status.score !== undefined && t.module.score(status.score)}
				</span>
			</p>
			{variant === 'overview' && resume && (
				<p>
					<a class="nhsuk-button app-module-status__resume" href={resume.href}>
						{action}
						<span class="nhsuk-u-visually-hidden">{t.common.linkFor(summary.title)}</span>
					</a>
				</p>
			)}
			{variant === 'overview' && status.completed && summary.certificateHref && (
				<p>
					<a href={summary.certificateHref}>{t.module.certificate}</a>
				</p>
			)}
		</div>
	);
}
