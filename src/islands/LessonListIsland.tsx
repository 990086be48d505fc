import type { ModuleSummary } from '../schemas/module-summary.ts';
import { t } from '../i18n/en-islands.ts';
import { useModuleProgress } from './hooks/use-progress.ts';

interface Props {
	summary: ModuleSummary;
	/** Lesson summaries in the same order as `summary.lessons`. */
	summaries: string[];
}

/** The module's lessons in order, each marked when the learner has opened it. */
export function LessonListIsland({ summary, summaries }: Props) {
	const progress = useModuleProgress(summary.id);

	return (
		<ol class="app-lesson-list">
			{summary.lessons.map((lesson, index) => {
				const visited = Boolean(progress?.lessons[lesson.id]);
				const current = progress?.bookmark === lesson.id;
				return (
					<li class="app-lesson-list__item" key={lesson.id}>
						<a href={lesson.href}>{lesson.title}</a>{' '}
						{visited ? (
							<strong class="nhsuk-tag nhsuk-tag--green app-lesson-list__tag">
								{t.lessonList.opened}
							</strong>
						) : (
							<strong class="nhsuk-tag nhsuk-tag--grey app-lesson-list__tag">
								{t.lessonList.notOpened}
							</strong>
						)}
						{current && <span class="nhsuk-body-s app-lesson-list__here">{t.lessonList.here}</span>}
						{summaries[index] && (
							<p class="nhsuk-body-s app-lesson-list__summary">{summaries[index]}</p>
						)}
					</li>
				);
			})}
		</ol>
	);
}
