import type { RefObject } from 'preact';
import { t } from '../../i18n/en-islands.ts';

interface Props {
	headingRef: RefObject<HTMLHeadingElement>;
	headingId: string;
	onRestart: () => void;
}

/** Shown when saved play points at a step the current scenario no longer has. */
export function DeadEnd({ headingRef, headingId, onRestart }: Props) {
	return (
		<div class="app-scenario__step">
			<h3 class="app-scenario__heading" id={headingId} tabIndex={-1} ref={headingRef}>
				{t.scenario.missing}
			</h3>
			<p>{t.scenario.missingText}</p>
			<button class="nhsuk-button nhsuk-button--secondary" type="button" onClick={onRestart}>
				{t.scenario.startAgain}
			</button>
		</div>
	);
}
