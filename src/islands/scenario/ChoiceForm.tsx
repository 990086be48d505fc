import { useRef, useState } from 'preact/hooks';
import type { ScenarioChoice } from '../../schemas/scenario.ts';
import { inlineHtml } from '../../lib/course/html-text.ts';
import { t } from '../../i18n/en-islands.ts';

interface Props {
	name: string;
	/** The author's own question (inline HTML); "What do you do?" when there is none. */
	question: string | undefined;
	choices: ScenarioChoice[];
	onChoose: (choice: ScenarioChoice) => void;
}

/** The node's question: one radio per choice; submitting without one shows an error. */
export function ChoiceForm({ name, question, choices, onChoose }: Props) {
	const [selected, setSelected] = useState<string | undefined>(undefined);
	const [error, setError] = useState(false);
	const firstInput = useRef<HTMLInputElement>(null);
	const errorId = `${name}-error`;

	const submit = (event: Event) => {
		event.preventDefault();
		const choice = choices.find((candidate) => candidate.id === selected);
		if (!choice) {
			setError(true);
			firstInput.current?.focus();
			return;
		}
		onChoose(choice);
	};

	return (
		<form class="app-scenario__choices" onSubmit={submit} noValidate>
			<div class={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
				<fieldset class="nhsuk-fieldset" aria-describedby={error ? errorId : undefined}>
					{question ? (
						<legend
							class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s"
							dangerouslySetInnerHTML={{ __html: inlineHtml(question) }}
						/>
					) : (
						<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
							{t.scenario.question}
						</legend>
					)}
					{error && (
						<p class="nhsuk-error-message" id={errorId}>
							<span class="nhsuk-u-visually-hidden">{t.common.error}</span> {t.scenario.chooseError}
						</p>
					)}
					<div class="nhsuk-radios">
						{choices.map((choice, index) => {
							const id = `${name}-${choice.id}`;
							return (
								<div class="nhsuk-radios__item" key={choice.id}>
									<input
										class="nhsuk-radios__input"
										id={id}
										name={name}
										type="radio"
										value={choice.id}
										checked={selected === choice.id}
										ref={index === 0 ? firstInput : null}
										onChange={() => {
											setSelected(choice.id);
											setError(false);
										}}
									/>
									<label
										class="nhsuk-label nhsuk-radios__label"
										for={id}
										dangerouslySetInnerHTML={{ __html: inlineHtml(choice.labelHtml) }}
									/>
								</div>
							);
						})}
					</div>
				</fieldset>
			</div>
			<button class="nhsuk-button" type="submit">
				{t.scenario.choose}
			</button>
		</form>
	);
}
