import type { Rating, StatementData } from '../../schemas/review.ts';
import { NOTE_MAX_LENGTH } from '../../schemas/review-constants.ts';
import { inlineHtml } from '../../lib/course/html-text.ts';
import { RATING_LABELS } from '../../lib/course/traffic-light.ts';
import type { ReviewFormWords } from '../../i18n/en/course.ts';
import { t } from '../../i18n/en-islands.ts';

interface Props {
	statement: StatementData;
	number: number;
	/** Id of the statement's list item; its radios and note field build on it. */
	id: string;
	words: ReviewFormWords;
	/** The statement's words to show: its usual text, or its plain words for young people. */
	html: string;
	/** Offer what Amber and Red look like (the team's form). */
	showLooksLike: boolean;
	/** Radio order. */
	choices: readonly Rating[];
	/** Radios side by side where there is room (the team's form); stacked otherwise. */
	inline: boolean;
	rating: Rating | undefined;
	note: string;
	disabled: boolean;
	onRate: (rating: Rating) => void;
	onNote: (text: string) => void;
}

/** One statement: its Red, Amber and Green radios and an optional evidence note. */
export function StatementRating(props: Props) {
	const { statement, number, id, words } = props;
	const noteId = `${id}-note`;
	return (
		<li class="app-traffic-light__statement" id={id}>
			<fieldset class="nhsuk-fieldset">
				<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
					<span class="app-traffic-light__number">{words.statement(number)}</span>{' '}
					<span dangerouslySetInnerHTML={{ __html: inlineHtml(props.html) }} />
				</legend>
				{props.showLooksLike && (
					<details class="nhsuk-details app-traffic-light__details">
						<summary class="nhsuk-details__summary">
							<span class="nhsuk-details__summary-text">{t.trafficLight.looksLike}</span>
						</summary>
						<div class="nhsuk-details__text">
							<dl class="app-traffic-light__looks">
								<dt>{RATING_LABELS.amber}</dt>
								<dd dangerouslySetInnerHTML={{ __html: statement.amberHtml }} />
								<dt>{RATING_LABELS.red}</dt>
								<dd dangerouslySetInnerHTML={{ __html: statement.redHtml }} />
							</dl>
						</div>
					</details>
				)}
				<div
					class={`nhsuk-radios app-traffic-light__ratings${props.inline ? ' nhsuk-radios--inline' : ''}`}
				>
					{props.choices.map((rating) => (
						<div class="nhsuk-radios__item" key={rating}>
							<input
								class="nhsuk-radios__input"
								id={`${id}-${rating}`}
								name={id}
								type="radio"
								value={rating}
								checked={props.rating === rating}
								disabled={props.disabled}
								onChange={() => props.onRate(rating)}
							/>
							<label class="nhsuk-label nhsuk-radios__label" for={`${id}-${rating}`}>
								<span class={`app-swatch app-swatch--${rating}`} aria-hidden="true" />
								{words.ratingLabels[rating]}
							</label>
						</div>
					))}
				</div>
			</fieldset>
			<div class="nhsuk-form-group app-traffic-light__note">
				<label class="nhsuk-label" for={noteId}>
					{words.noteLabel}
					<span class="nhsuk-u-visually-hidden">{words.noteFor(number)}</span>
				</label>
				<div class="nhsuk-hint" id={`${noteId}-hint`}>
					{words.noteHint}
				</div>
				<textarea
					class="nhsuk-textarea"
					id={noteId}
					name={noteId}
					rows={2}
					maxLength={NOTE_MAX_LENGTH}
					value={props.note}
					disabled={props.disabled}
					aria-describedby={`${noteId}-hint`}
					onInput={(event) => props.onNote(event.currentTarget.value)}
				/>
			</div>
		</li>
	);
}
