import type { Ref } from 'preact';
import type { PlanGap } from '../../lib/review/session.ts';
import { t } from '../../i18n/en.ts';

interface Props {
	gaps: PlanGap[];
	summaryRef: Ref<HTMLDivElement>;
}

const words = t.reviewSession.agree;

/** Id of the field to fix first for a gap: the rating's first radio, or the first missing field. */
function gapFieldId(gap: PlanGap): string {
	const first = gap.missing[0];
	const id = gap.statementId;
	if (first === 'agreed rating') return `rs-agreed-${id}-red`;
	if (first === 'action') return `rs-action-${id}`;
	return first === 'owner' ? `rs-owner-${id}` : `rs-due-${id}`;
}

/**
 * What stops the plan being final, as the NHS.UK error summary: one link per statement to the
 * field to fix, focused when the facilitator tries to finalise.
 */
export function PlanErrors({ gaps, summaryRef }: Props) {
	if (gaps.length === 0) return null;
	return (
		<div
			class="nhsuk-error-summary"
			aria-labelledby="rs-errors-title"
			role="alert"
			tabIndex={-1}
			ref={summaryRef}
		>
			<h3 class="nhsuk-error-summary__title" id="rs-errors-title">
				{words.errorTitle}
			</h3>
			<div class="nhsuk-error-summary__body">
				<ul class="nhsuk-list nhsuk-error-summary__list">
					{gaps.map((gap) => {
						const target = gapFieldId(gap);
						return (
							<li key={gap.statementId}>
								<a
									href={`#${target}`}
									onClick={(event) => {
										// Focus the field itself, as the NHS.UK error summary script does.
										const field = document.getElementById(target);
										if (!field) return;
										event.preventDefault();
										field.scrollIntoView({ block: 'center' });
										field.focus();
									}}
								>
									{words.needs(
										gap.number,
										gap.missing.map((part) => words.missing[part]),
									)}
								</a>
							</li>
						);
					})}
				</ul>
			</div>
		</div>
	);
}
