import type { ComponentChildren } from 'preact';
import type { Notice } from '../../lib/course/rights-check.ts';
import { t } from '../../i18n/en-islands.ts';

interface Props {
	notice: Notice;
	children?: ComponentChildren;
}

/** One warning or panel, its tone spoken before the title for screen readers. */
export function NoticePanel({ notice, children }: Props) {
	return (
		<div class={`app-notice app-notice--${notice.tone}`}>
			<h4 class="app-notice__title">
				<span class="nhsuk-u-visually-hidden">{t.rightsCheck.tones[notice.tone]}</span>
				{notice.title}
			</h4>
			<p class="app-notice__body">{notice.body}</p>
			{notice.points && (
				<ul class="app-notice__points">
					{notice.points.map((point) => (
						<li key={point}>{point}</li>
					))}
				</ul>
			)}
			{children}
		</div>
	);
}
