import type { RefObject } from 'preact';
import type { FieldDef, StepDef } from '../../lib/course/rights-check.ts';
import { t } from '../../i18n/en-islands.ts';

interface Props {
	errors: Record<string, string>;
	base: string;
	step: StepDef;
	summaryRef: RefObject<HTMLDivElement>;
}

/** The step's problems as links to their fields, focused when the learner tries to go on. */
export function ErrorSummary({ errors, base, step, summaryRef }: Props) {
	const fields = step.fields.filter((field) => errors[field.id] !== undefined);
	if (fields.length === 0) return null;
	return (
		<div
			class="nhsuk-error-summary"
			aria-labelledby={`${base}-error-title`}
			role="alert"
			tabIndex={-1}
			ref={summaryRef}
		>
			<h4 class="nhsuk-error-summary__title" id={`${base}-error-title`}>
				{t.rightsCheck.errorTitle}
			</h4>
			<div class="nhsuk-error-summary__body">
				<ul class="nhsuk-list nhsuk-error-summary__list">
					{fields.map((field) => (
						<li key={field.id}>
							<a href={`#${inputId(base, field)}`}>{errors[field.id]}</a>
						</li>
					))}
				</ul>
			</div>
		</div>
	);
}

/** Id of the element an error links to: the field, or the first option of a group. */
function inputId(base: string, field: FieldDef): string {
	const id = `${base}-${field.id}`;
	if (field.kind === 'radios' || field.kind === 'checkboxes') {
		return `${id}-${field.options?.[0]?.value ?? ''}`;
	}
	return field.kind === 'rights' ? `${id}-first` : id;
}
