import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReflectionData } from '../schemas/review.ts';
import { dispatch, moduleProgressSignal, startProgress } from '../lib/progress/store.ts';

interface Props {
	moduleId: string;
	data: ReflectionData;
}

const SAVE_DELAY_MS = 600;

/** A private note, saved on this device as the learner types. */
export function ReflectionIsland({ moduleId, data }: Props) {
	const stored = moduleProgressSignal(moduleId).value?.reflections[data.id];
	const [text, setText] = useState(stored?.text ?? '');
	const [status, setStatus] = useState('');
	const [hydrated, setHydrated] = useState(false);
	const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
	const dirty = useRef(false);
	const fieldId = `reflection-${data.id}`;

	useEffect(() => {
		void startProgress();
		setHydrated(true);
	}, []);

	// Show a note restored from storage (or typed in another tab) unless the learner is mid-edit.
	useEffect(() => {
		if (stored && !dirty.current) setText(stored.text);
	}, [stored?.text]);

	const save = (value: string) => {
		clearTimeout(timer.current);
		dirty.current = false;
		void dispatch({
			type: 'reflection-saved',
			moduleId,
			reflectionId: data.id,
			text: value,
			at: new Date().toISOString(),
		}).then(() => {
			setStatus(
				`Saved on this device at ${new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}.`,
			);
		});
	};

	const onInput = (value: string) => {
		setText(value);
		dirty.current = true;
		clearTimeout(timer.current);
		timer.current = setTimeout(() => save(value), SAVE_DELAY_MS);
	};

	return (
		<div class="app-reflection nhsuk-form-group">
			<label class="nhsuk-label nhsuk-label--s" for={fieldId}>
				<span dangerouslySetInnerHTML={{ __html: data.promptHtml }} />
			</label>
			<div class="nhsuk-hint" id={`${fieldId}-hint`}>
				Your note stays in this browser and is not sent anywhere. Do not write names or anything
				that could identify a young person, family member or colleague.
			</div>
			<textarea
				class="nhsuk-textarea"
				id={fieldId}
				name={fieldId}
				rows={5}
				value={text}
				disabled={!hydrated}
				aria-describedby={`${fieldId}-hint ${fieldId}-status`}
				onInput={(e) => onInput(e.currentTarget.value)}
				onBlur={() => dirty.current && save(text)}
			/>
			<p
				class="app-reflection__status nhsuk-body-s"
				id={`${fieldId}-status`}
				role="status"
				aria-live="polite"
			>
				{status}
			</p>
		</div>
	);
}
