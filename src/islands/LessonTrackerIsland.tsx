import { useEffect } from 'preact/hooks';
import type { ModuleSummary } from '../schemas/module-summary.ts';
import { moduleStatus } from '../lib/progress/status.ts';
import { forgetOpenedLessons, readOpenedLessons } from '../lib/progress/opened-lessons.ts';
import { dispatch, storageStatus } from '../lib/progress/store.ts';
import { deviceLocalStorage } from '../lib/site/device-local-storage.ts';
import { t } from '../i18n/en-islands.ts';
import { useModuleProgress, useProgressReady } from './hooks/use-progress.ts';

interface Props {
	summary: ModuleSummary;
	lessonId: string;
}

/**
 * Records the visit and bookmark for a lesson, shows how far through the module the learner
 * is, and records completion the moment the module's rule is met (from this or another tab).
 */
export function LessonTrackerIsland({ summary, lessonId }: Props) {
	const progress = useModuleProgress(summary.id);
	const status = moduleStatus(summary, progress);

	useProgressReady(() => {
		// This page's opening, and any lesson left before its visit was saved, as the page script
		// noted them; this lesson alone when storage refused the note. The notes are forgotten
		// only once the saves have finished.
		const storage = deviceLocalStorage();
		const noted = readOpenedLessons(storage, summary.id);
		const opened = noted.some((lesson) => lesson.lessonId === lessonId)
			? noted
			: [...noted, { moduleId: summary.id, lessonId, at: new Date().toISOString() }];
		const saves = opened.flatMap((lesson) => [
			dispatch({
				type: 'module-opened',
				moduleId: lesson.moduleId,
				moduleVersion: summary.version,
				at: lesson.at,
			}),
			dispatch({
				type: 'lesson-visited',
				moduleId: lesson.moduleId,
				lessonId: lesson.lessonId,
				at: lesson.at,
			}),
		]);
		void Promise.all(saves).then(() => {
			// Kept in memory only, nothing was saved: the notes stay for a page that can save them.
			if (storageStatus.peek() === 'persistent') forgetOpenedLessons(storage, noted);
		});
	}, [summary.id, lessonId]);

	useEffect(() => {
		if (progress && status.meetsRule && !progress.completedAt) {
			void dispatch({
				type: 'module-completed',
				moduleId: summary.id,
				score: status.score,
				at: new Date().toISOString(),
			});
		}
	}, [progress, status.meetsRule]);

	const percent =
		status.lessonsTotal === 0 ? 0 : Math.round((status.lessonsVisited / status.lessonsTotal) * 100);
	return (
		<div class="app-lesson-progress" data-pagefind-ignore>
			<label class="nhsuk-body-s app-lesson-progress__label" for={`progress-${summary.id}`}>
				{t.lesson.lessonsOpened(status.lessonsVisited, status.lessonsTotal)}
			</label>
			<progress
				class="app-lesson-progress__bar"
				id={`progress-${summary.id}`}
				max={100}
				value={percent}
			>
				{t.common.percent(percent)}
			</progress>
			<div role="status" aria-live="polite">
				{status.completed && (
					<p class="app-lesson-progress__done">
						<strong class="nhsuk-tag nhsuk-tag--green">{t.lesson.complete}</strong>{' '}
						{summary.certificateHref && (
							<a href={summary.certificateHref}>{t.lesson.certificate}</a>
						)}
					</p>
				)}
			</div>
		</div>
	);
}
