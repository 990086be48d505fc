import type { ComponentChildren } from 'preact';

interface Props {
	/** The island can be used: the note is hidden but keeps its line. */
	ready: boolean;
	id?: string;
	children: ComponentChildren;
}

/**
 * "You can … once the page has finished loading", shown until the island is ready. Once ready it
 * is hidden, not removed: removing it would pull up everything below just as the learner reaches
 * for it, and a Next link that moves between mousedown and mouseup is never clicked.
 */
export function LoadingNote({ ready, id, children }: Props) {
	return (
		<p
			class={`nhsuk-hint app-loading-note${ready ? ' app-loading-note--done' : ''}`}
			id={id}
			aria-hidden={ready ? 'true' : undefined}
		>
			{children}
		</p>
	);
}
