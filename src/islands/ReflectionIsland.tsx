import { useEffect, useState } from 'preact/hooks';
import type { ReflectionData } from '../schemas/review.ts';
import { dispatch, storageStatus } from '../lib/progress/store.ts';
import { t } from '../i18n/en-islands.ts';
import { useDebouncedSave } from './hooks/use-debounced-save.ts';
import { useHydrated } from './hooks/use-hydrated.ts';
import { useModuleProgress } from './hooks/use-progress.ts';

interface Props {
	moduleId: string;
	data: ReflectionData;
}

/**
 * A private note, saved on this device as the learner types.
 *
 * `dangerouslySetInnerHTML` here only ever receives `*Html` fields rendered from the author's MDX at
 * build time. Learner-supplied or imported text (answers, notes, names, progress files) is always
 * rendered as text: tests/e2e/storage.spec.ts imports a file with HTML in its text fields.
 */
export function ReflectionIsland({ moduleId, data }: Props) {
	const stored = useModuleProgress(moduleId)?.reflections[data.id];
	const [text, setText] = useState(stored?.text ?? '');
	const [status, setStatus] = useState('');
	const hydrated = useHydrated();
	const fieldId = `reflection-${data.id}`;

	const saver = useDebouncedSave((value: string) => {
		void dispatch({
			type: 'reflection-saved',
			moduleId,
			reflectionId: data.id,
			text: value,
			at: new Date().toISOString(),
		}).then(() =>
			setStatus(
				storageStatus.peek() === 'memory'
					? t.reflection.keptInTabAt(new Date())
					: t.reflection.savedAt(new Date()),
			),
		);
	});

	// Show a note restored from storage (or typed in another tab) unless the learner is mid-edit.
	useEffect(() => {
		if (stored && !saver.isPending()) setText(stored.text);
	}, [stored?.text]);

	const onInput = (value: string) => {
		setText(value);
		saver.schedule(value);
	};

	return (
		<div class="app-reflection nhsuk-form-group">
			<label class="nhsuk-label nhsuk-label--s" for={fieldId}>
				<span dangerouslySetInnerHTML={{ __html: data.promptHtml }} />
			</label>
			<div class="nhsuk-hint" id={`${fieldId}-hint`}>
				{t.reflection.hint}
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
				onBlur={() => saver.flush()}
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
