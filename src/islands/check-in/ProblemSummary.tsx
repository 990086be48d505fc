import type { RefObject } from 'preact';
// Their own strings, not en-islands.ts: only the pages with these forms load them.
import { checkIn as t } from '../../i18n/en/check-in.ts';

interface Props {
	/** Each problem and the id of the field it is about. */
	problems: readonly { fieldId: string; message: string }[];
	titleId: string;
	summaryRef: RefObject<HTMLDivElement>;
}

/** NHS.UK error summary linking each problem to its field; focused when the learner saves. */
export function ProblemSummary({ problems, titleId, summaryRef }: Props) {
	if (problems.length === 0) return null;
	return (
		<div
			class="nhsuk-error-summary"
			aria-labelledby={titleId}
			role="alert"
			tabIndex={-1}
			ref={summaryRef}
		>
			<h3 class="nhsuk-error-summary__title" id={titleId}>
				{t.checkIn.errorTitle}
			</h3>
			<div class="nhsuk-error-summary__body">
				<ul class="nhsuk-list nhsuk-error-summary__list">
					{problems.map((problem) => (
						<li key={problem.fieldId}>
							<a href={`#${problem.fieldId}`}>{problem.message}</a>
						</li>
					))}
				</ul>
			</div>
		</div>
	);
}
