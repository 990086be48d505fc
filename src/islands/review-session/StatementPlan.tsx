import type { Rating, StatementData } from '../../schemas/review.ts';
import type { PlanAction, ReviewSession } from '../../schemas/review-files.ts';
import type { PlanGap } from '../../lib/review/session.ts';
import { actionFor } from '../../lib/review/session.ts';
import { RATING_LABELS, RATINGS } from '../../lib/course/traffic-light.ts';
import { inlineHtml } from '../../lib/course/html-text.ts';
import { t } from '../../i18n/en.ts';

interface Props {
	statement: StatementData;
	number: number;
	session: ReviewSession;
	/** What this statement lacks, shown once the facilitator has tried to finalise. */
	gap: PlanGap | undefined;
	/** Whether section 2 shows the statement, so the link to it has a target. */
	hasViews: boolean;
	onAgree: (rating: Rating) => void;
	onAction: (change: Partial<PlanAction>) => void;
}

const words = t.reviewSession.agree;

function ErrorMessage({ id, text }: { id: string; text: string }) {
	return (
		<p class="nhsuk-error-message" id={id}>
			<span class="nhsuk-u-visually-hidden">{t.common.error}</span> {text}
		</p>
	);
}

/**
 * One statement in section 3: the agreed rating, and for an agreed Red or Amber the action,
 * owner, target date and whether it is done. Fields an agreed Amber does not need are marked
 * optional.
 */
export function StatementPlan({
	statement,
	number,
	session,
	gap,
	hasViews,
	onAgree,
	onAction,
}: Props) {
	const id = statement.id;
	const agreed = session.agreed[id];
	const needsOwner = agreed === 'red' || (agreed === 'amber' && session.amberNeedsOwner);
	const action = actionFor(session, statement);
	const missing = (part: PlanGap['missing'][number]) => gap?.missing.includes(part) ?? false;
	const optional = needsOwner ? '' : words.optional;
	const forStatement = <span class="nhsuk-u-visually-hidden">{words.forStatement(number)}</span>;
	const group = (part: PlanGap['missing'][number]) =>
		`nhsuk-form-group${missing(part) ? ' nhsuk-form-group--error' : ''}`;
	const describedBy = (...ids: Array<string | false>) => ids.filter(Boolean).join(' ') || undefined;

	return (
		<li class="app-review-session__agree" id={`rs-agree-${id}`}>
			<div class={group('agreed rating')}>
				<fieldset
					class="nhsuk-fieldset"
					aria-describedby={describedBy(missing('agreed rating') && `rs-agreed-${id}-error`)}
				>
					<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
						<span class="app-review-session__number">{words.legend(number)}</span>{' '}
						<span dangerouslySetInnerHTML={{ __html: inlineHtml(statement.html) }} />
					</legend>
					{missing('agreed rating') && (
						<ErrorMessage
							id={`rs-agreed-${id}-error`}
							text={words.fieldError['agreed rating'](number)}
						/>
					)}
					<div class="nhsuk-radios nhsuk-radios--inline">
						{RATINGS.map((rating) => (
							<div class="nhsuk-radios__item" key={rating}>
								<input
									class="nhsuk-radios__input"
									id={`rs-agreed-${id}-${rating}`}
									name={`rs-agreed-${id}`}
									type="radio"
									value={rating}
									checked={agreed === rating}
									onChange={() => onAgree(rating)}
								/>
								<label class="nhsuk-label nhsuk-radios__label" for={`rs-agreed-${id}-${rating}`}>
									<span class={`app-swatch app-swatch--${rating}`} aria-hidden="true" />
									{RATING_LABELS[rating]}
								</label>
							</div>
						))}
					</div>
				</fieldset>
			</div>

			{(agreed === 'red' || agreed === 'amber') && (
				<div class="app-review-session__action">
					<div class={group('action')}>
						<label class="nhsuk-label" for={`rs-action-${id}`}>
							{words.action}
							{forStatement}
							{optional}
						</label>
						{missing('action') && (
							<ErrorMessage id={`rs-action-${id}-error`} text={words.fieldError.action(number)} />
						)}
						<textarea
							class={`nhsuk-textarea${missing('action') ? ' nhsuk-textarea--error' : ''}`}
							id={`rs-action-${id}`}
							name={`rs-action-${id}`}
							rows={3}
							value={action.text}
							aria-describedby={describedBy(missing('action') && `rs-action-${id}-error`)}
							onInput={(event) => onAction({ text: event.currentTarget.value })}
						/>
					</div>
					<div class={group('owner')}>
						<label class="nhsuk-label" for={`rs-owner-${id}`}>
							{words.owner}
							{forStatement}
							{optional}
						</label>
						<div class="nhsuk-hint" id={`rs-owner-${id}-hint`}>
							{words.ownerHint}
						</div>
						{missing('owner') && (
							<ErrorMessage id={`rs-owner-${id}-error`} text={words.fieldError.owner(number)} />
						)}
						<input
							class={`nhsuk-input nhsuk-u-width-two-thirds${missing('owner') ? ' nhsuk-input--error' : ''}`}
							id={`rs-owner-${id}`}
							name={`rs-owner-${id}`}
							type="text"
							autocomplete="off"
							value={action.owner}
							aria-describedby={describedBy(
								`rs-owner-${id}-hint`,
								missing('owner') && `rs-owner-${id}-error`,
							)}
							onInput={(event) => onAction({ owner: event.currentTarget.value })}
						/>
					</div>
					<div class={group('target date')}>
						<label class="nhsuk-label" for={`rs-due-${id}`}>
							{words.due}
							{forStatement}
							{optional}
						</label>
						{missing('target date') && (
							<ErrorMessage
								id={`rs-due-${id}-error`}
								text={words.fieldError['target date'](number)}
							/>
						)}
						<input
							class={`nhsuk-input app-review-session__date${missing('target date') ? ' nhsuk-input--error' : ''}`}
							id={`rs-due-${id}`}
							name={`rs-due-${id}`}
							type="date"
							value={action.due}
							aria-describedby={describedBy(missing('target date') && `rs-due-${id}-error`)}
							// A date input reports '' until its value is a whole, valid day.
							onInput={(event) => onAction({ due: event.currentTarget.value })}
						/>
					</div>
					<div class="nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-form-group">
						<div class="nhsuk-checkboxes__item">
							<input
								class="nhsuk-checkboxes__input"
								id={`rs-done-${id}`}
								name={`rs-done-${id}`}
								type="checkbox"
								checked={action.done}
								onChange={(event) => onAction({ done: event.currentTarget.checked })}
							/>
							<label class="nhsuk-label nhsuk-checkboxes__label" for={`rs-done-${id}`}>
								{words.done}
								{forStatement}
							</label>
						</div>
					</div>
				</div>
			)}
			{hasViews && (
				<p>
					<a href={`#rs-differ-${id}`}>
						{words.views}
						{forStatement}
					</a>
				</p>
			)}
		</li>
	);
}
