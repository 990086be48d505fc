import { useRef, useState } from 'preact/hooks';
import type { TrafficLightData } from '../../schemas/review.ts';
import type { ReviewSession } from '../../schemas/review-files.ts';
import {
	finalise,
	planGaps,
	setAction,
	setAgreed,
	setAmberNeedsOwner,
} from '../../lib/review/session.ts';
import { t } from '../../i18n/en.ts';
import { useFocusRequest } from '../hooks/use-focus-request.ts';
import { longDate } from './format.ts';
import { PlanErrors } from './PlanErrors.tsx';
import { StatementPlan } from './StatementPlan.tsx';

interface Props {
	data: TrafficLightData;
	session: ReviewSession;
	onChange: (next: (session: ReviewSession) => ReviewSession) => void;
	announce: (text: string) => void;
}

const words = t.reviewSession.agree;

/**
 * Section 3: the agreed rating and the plan for every statement in authored order, and marking
 * the plan final. A failed attempt shows what is missing as an error summary and beside each
 * field; both update as the facilitator fills the gaps.
 */
export function AgreePlan({ data, session, onChange, announce }: Props) {
	const [showGaps, setShowGaps] = useState(false);
	const summary = useRef<HTMLDivElement>(null);
	const focusSummary = useFocusRequest(() => summary.current);
	const gaps = showGaps ? planGaps(session, data) : [];
	const gapOf = new Map(gaps.map((gap) => [gap.statementId, gap]));

	const markFinal = () => {
		const result = finalise(session, data, new Date().toISOString());
		if (!result.ok) {
			setShowGaps(true);
			focusSummary();
			return;
		}
		setShowGaps(false);
		onChange(() => result.session);
		announce(words.finalised(longDate(result.session.finalAt ?? '')));
	};

	return (
		<section class="app-review-session__section app-no-print" aria-labelledby="rs-agree">
			<h2 id="rs-agree">{words.heading}</h2>
			<PlanErrors gaps={gaps} summaryRef={summary} />
			<p>{words.intro}</p>
			<div class="nhsuk-checkboxes nhsuk-form-group">
				<div class="nhsuk-checkboxes__item">
					<input
						class="nhsuk-checkboxes__input"
						id="rs-amber-owner"
						name="rs-amber-owner"
						type="checkbox"
						checked={session.amberNeedsOwner}
						onChange={(event) => {
							const value = event.currentTarget.checked;
							onChange((current) => setAmberNeedsOwner(current, value));
						}}
					/>
					<label class="nhsuk-label nhsuk-checkboxes__label" for="rs-amber-owner">
						{words.amberNeedsOwner}
					</label>
				</div>
			</div>
			<ol class="nhsuk-list app-review-session__plan">
				{data.statements.map((statement, index) => (
					<StatementPlan
						key={statement.id}
						statement={statement}
						number={index + 1}
						session={session}
						gap={gapOf.get(statement.id)}
						hasViews={session.views.length > 0}
						onAgree={(rating) => onChange((current) => setAgreed(current, statement.id, rating))}
						onAction={(change) => onChange((current) => setAction(current, statement, change))}
					/>
				))}
			</ol>
			<div class="nhsuk-inset-text app-review-session__status">
				<span class="nhsuk-u-visually-hidden">{t.common.information}</span>
				<p>{session.finalAt ? words.final(longDate(session.finalAt)) : words.draft}</p>
			</div>
			<button class="nhsuk-button" type="button" onClick={markFinal}>
				{words.finalise}
			</button>
		</section>
	);
}
