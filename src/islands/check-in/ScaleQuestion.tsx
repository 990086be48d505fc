import { SCALE_POINTS, type ScalePoint } from '../../schemas/evaluation-ids.ts';

interface Props {
	/** Unique in the page: the radios' name and the base of their ids. */
	name: string;
	/** The question, as the fieldset's legend. */
	legend: string;
	/** Plain words for each point, shown with its number. */
	words: Record<ScalePoint, string>;
	value: ScalePoint | undefined;
	disabled: boolean;
	onChange: (value: ScalePoint) => void;
}

/** One 1-to-5 question: a fieldset of small NHS.UK radios, each point with its number and words. */
export function ScaleQuestion({ name, legend, words, value, disabled, onChange }: Props) {
	return (
		<div class="nhsuk-form-group app-scale">
			<fieldset class="nhsuk-fieldset">
				<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
				<div class="nhsuk-radios nhsuk-radios--small">
					{SCALE_POINTS.map((point) => {
						const id = `${name}-${point}`;
						return (
							<div class="nhsuk-radios__item" key={point}>
								<input
									class="nhsuk-radios__input"
									id={id}
									name={name}
									type="radio"
									value={point}
									checked={value === point}
									disabled={disabled}
									onChange={() => onChange(point)}
								/>
								<label class="nhsuk-label nhsuk-radios__label" for={id}>
									{point}: {words[point]}
								</label>
							</div>
						);
					})}
				</div>
			</fieldset>
		</div>
	);
}
