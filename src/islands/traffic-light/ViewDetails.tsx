import type { ReviewGroup } from '../../schemas/review-files.ts';
import { GROUP_LABELS } from '../../lib/review/groups.ts';
import type { ViewDraft } from '../../lib/review/views.ts';
import { t } from '../../i18n/en-islands.ts';

interface Props {
	base: string;
	draft: ViewDraft;
	groups: readonly ReviewGroup[];
	/** The latest day a view can be dated, `YYYY-MM-DD`. */
	today: string;
	errors: { group?: string | undefined; ratedOn?: string | undefined };
	disabled: boolean;
	onGroup: (group: ReviewGroup) => void;
	onRatedOn: (day: string) => void;
}

/** Id of the field an error about `group` or `ratedOn` links to. */
export const detailFieldId = (
	base: string,
	field: 'group' | 'ratedOn',
	groups: readonly ReviewGroup[],
) => (field === 'group' ? `${base}-group-${groups[0] ?? ''}` : `${base}-rated-on`);

/** Who the view is from (a group, never a name) and the day it was given. */
export function ViewDetails({ base, draft, groups, errors, disabled, ...props }: Props) {
	const groupError = `${base}-group-error`;
	const dateError = `${base}-rated-on-error`;
	return (
		<div class="app-traffic-light__details-of-view">
			<div class={`nhsuk-form-group${errors.group ? ' nhsuk-form-group--error' : ''}`}>
				<fieldset
					class="nhsuk-fieldset"
					aria-describedby={`${base}-group-hint${errors.group ? ` ${groupError}` : ''}`}
				>
					<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
						<h3 class="nhsuk-fieldset__heading">{t.trafficLight.groupLegend}</h3>
					</legend>
					<div class="nhsuk-hint" id={`${base}-group-hint`}>
						{t.trafficLight.groupHint}
					</div>
					{errors.group && (
						<span class="nhsuk-error-message" id={groupError}>
							<span class="nhsuk-u-visually-hidden">{t.common.error}</span> {errors.group}
						</span>
					)}
					<div class="nhsuk-radios">
						{groups.map((group) => (
							<div class="nhsuk-radios__item" key={group}>
								<input
									class="nhsuk-radios__input"
									id={`${base}-group-${group}`}
									name={`${base}-group`}
									type="radio"
									value={group}
									checked={draft.group === group}
									disabled={disabled}
									onChange={() => props.onGroup(group)}
								/>
								<label class="nhsuk-label nhsuk-radios__label" for={`${base}-group-${group}`}>
									{GROUP_LABELS[group]}
								</label>
							</div>
						))}
					</div>
				</fieldset>
			</div>
			<div class={`nhsuk-form-group${errors.ratedOn ? ' nhsuk-form-group--error' : ''}`}>
				<label class="nhsuk-label nhsuk-label--s" for={`${base}-rated-on`}>
					{t.trafficLight.dateLabel}
				</label>
				<div class="nhsuk-hint" id={`${base}-rated-on-hint`}>
					{t.trafficLight.dateHint}
				</div>
				{errors.ratedOn && (
					<span class="nhsuk-error-message" id={dateError}>
						<span class="nhsuk-u-visually-hidden">{t.common.error}</span> {errors.ratedOn}
					</span>
				)}
				<input
					class={`nhsuk-input nhsuk-input--width-10${errors.ratedOn ? ' nhsuk-input--error' : ''}`}
					id={`${base}-rated-on`}
					name={`${base}-rated-on`}
					type="date"
					max={props.today}
					value={draft.ratedOn}
					disabled={disabled}
					aria-describedby={`${base}-rated-on-hint${errors.ratedOn ? ` ${dateError}` : ''}`}
					onInput={(event) => props.onRatedOn(event.currentTarget.value)}
				/>
			</div>
		</div>
	);
}
