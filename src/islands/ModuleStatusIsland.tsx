import { useEffect } from 'preact/hooks';
import type { ModuleSummary } from '../schemas/module-summary.ts';
import { moduleStatus } from '../lib/progress/status.ts';
import { moduleProgressSignal, startProgress } from '../lib/progress/store.ts';
import { StatusTag } from './StatusTag.tsx';

interface Props {
	summary: ModuleSummary;
	/** `card` on the course home page; `overview` on the module page, with the start button. */
	variant: 'card' | 'overview';
}

/** A module's status, score and a start or resume link, kept live from stored progress. */
export function ModuleStatusIsland({ summary, variant }: Props) {
	useEffect(() => {
		void startProgress();
	}, []);
	const progress = moduleProgressSignal(summary.id).value;
	const status = moduleStatus(summary, progress);
	const resume = summary.lessons.find((l) => l.id === status.resumeLessonId) ?? summary.lessons[0];
	const action =
		status.status === 'not-started'
			? 'Start module'
			: status.completed
				? 'Review module'
				: 'Resume module';

	return (
		<div class={`app-module-status app-module-status--${variant}`}>
			<p class="app-module-status__line">
				<StatusTag status={status.status} />{' '}
				<span class="nhsuk-body-s">
					{status.lessonsVisited} of {status.lessonsTotal} lessons opened
					{status.score !== undefined && `, score ${status.score}%`}
				</span>
			</p>
			{variant === 'overview' && resume && (
				<p>
					<a class="nhsuk-button app-module-status__resume" href={resume.href}>
						{action}
						<span class="nhsuk-u-visually-hidden">: {summary.title}</span>
					</a>
				</p>
			)}
			{variant === 'overview' && status.completed && summary.certificateHref && (
				<p>
					<a href={summary.certificateHref}>Get your certificate for this module</a>
				</p>
			)}
		</div>
	);
}
