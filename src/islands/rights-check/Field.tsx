import {
	answerList,
	answerText,
	categoryLabel,
	type FieldDef,
} from '../../lib/course/rights-check.ts';
import { t } from '../../i18n/en-islands.ts';
import type { Answers, Right } from './types.ts';

interface Props {
	field: FieldDef;
	base: string;
	answers: Answers;
	error: string | undefined;
	rights: Right[];
	disabled: boolean;
	onChange: (fieldId: string, value: string | string[]) => void;
}

/** One question of a step: a text box, radios, checkboxes, or the course's rights as checkboxes. */
export function Field({ field, base, answers, error, rights, disabled, onChange }: Props) {
	const id = `${base}-${field.id}`;
	const hintId = `${id}-hint`;
	const errorId = `${id}-error`;
	const describedBy =
		[field.hint !== undefined ? hintId : '', error !== undefined ? errorId : '']
			.filter(Boolean)
			.join(' ') || undefined;
	const groupClass = `nhsuk-form-group${error !== undefined ? ' nhsuk-form-group--error' : ''}`;
	const hint = field.hint !== undefined && (
		<div class="nhsuk-hint" id={hintId}>
			{field.hint}
		</div>
	);
	const errorMessage = error !== undefined && (
		<p class="nhsuk-error-message" id={errorId}>
			<span class="nhsuk-u-visually-hidden">{t.common.error}</span> {error}
		</p>
	);

	if (field.kind === 'text' || field.kind === 'textarea' || field.kind === 'lines') {
		const value = typeof answers[field.id] === 'string' ? (answers[field.id] as string) : '';
		const props = {
			id,
			name: id,
			value,
			disabled,
			'aria-describedby': describedBy,
			onInput: (event: Event) =>
				onChange(field.id, (event.currentTarget as HTMLInputElement).value),
		};
		return (
			<div class={groupClass}>
				<label class="nhsuk-label nhsuk-label--s" for={id}>
					{field.label}
				</label>
				{hint}
				{errorMessage}
				{field.kind === 'text' ? (
					<input
						class={`nhsuk-input${error !== undefined ? ' nhsuk-input--error' : ''}`}
						type="text"
						{...props}
					/>
				) : (
					<textarea
						class={`nhsuk-textarea${error !== undefined ? ' nhsuk-textarea--error' : ''}`}
						rows={field.kind === 'lines' ? 4 : 3}
						{...props}
					/>
				)}
			</div>
		);
	}

	const multiple = field.kind !== 'radios';
	const options =
		field.kind === 'rights'
			? rights.map((right) => ({
					value: right.id,
					label: t.rightsCheck.rightName(right.label, right.name),
					hint: categoryLabel(right.category),
				}))
			: (field.options ?? []).map((option) => ({ ...option, hint: undefined }));
	const chosen = multiple ? answerList(answers, field.id) : [answerText(answers, field.id)];
	const kind = multiple ? 'checkboxes' : 'radios';

	const toggle = (value: string, checked: boolean) => {
		if (!multiple) return onChange(field.id, value);
		const current = answerList(answers, field.id).filter((item) => item !== value);
		onChange(field.id, checked ? [...current, value] : current);
	};

	return (
		<div class={groupClass}>
			<fieldset class="nhsuk-fieldset" aria-describedby={describedBy}>
				<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{field.label}</legend>
				{hint}
				{errorMessage}
				{options.length === 0 && <p>{t.rightsCheck.rightsMissing}</p>}
				<div class={`nhsuk-${kind}`}>
					{options.map((option, index) => {
						const optionId =
							field.kind === 'rights' && index === 0 ? `${id}-first` : `${id}-${option.value}`;
						const optionHint = option.hint !== undefined ? `${optionId}-hint` : undefined;
						return (
							<div class={`nhsuk-${kind}__item`} key={option.value}>
								<input
									class={`nhsuk-${kind}__input`}
									id={optionId}
									name={id}
									type={multiple ? 'checkbox' : 'radio'}
									value={option.value}
									checked={chosen.includes(option.value)}
									disabled={disabled}
									aria-describedby={optionHint}
									onChange={(event) => toggle(option.value, event.currentTarget.checked)}
								/>
								<label class={`nhsuk-label nhsuk-${kind}__label`} for={optionId}>
									{option.label}
								</label>
								{option.hint !== undefined && (
									<div class={`nhsuk-hint nhsuk-${kind}__hint`} id={optionHint}>
										{option.hint}
									</div>
								)}
							</div>
						);
					})}
				</div>
			</fieldset>
		</div>
	);
}
