import { useEffect, useRef, useState } from 'preact/hooks';
import { downloadProgress } from '../lib/progress/download.ts';
import {
	progressState,
	replaceState,
	resetProgress,
	startProgress,
} from '../lib/progress/store.ts';

type Message = { kind: 'success' | 'error'; text: string } | undefined;

/** Export, import and reset, with a plain message for every outcome. */
export function ProgressToolsIsland() {
	const [message, setMessage] = useState<Message>(undefined);
	const [confirmingReset, setConfirmingReset] = useState(false);
	const [hydrated, setHydrated] = useState(false);
	const fileInput = useRef<HTMLInputElement>(null);
	const messageRef = useRef<HTMLDivElement>(null);

	useEffect(() => {
		void startProgress();
		setHydrated(true);
	}, []);

	const show = (next: Message) => {
		setMessage(next);
		// Move focus to the outcome so keyboard and screen reader users hear it at once.
		setTimeout(() => messageRef.current?.focus(), 0);
	};

	const importFile = async () => {
		const file = fileInput.current?.files?.[0];
		if (!file) {
			show({ kind: 'error', text: 'Choose a progress file to load first.' });
			return;
		}
		const { parseProgressImport } = await import('../lib/progress/transfer.ts');
		const result = parseProgressImport(await file.text());
		if (!result.ok) {
			show({
				kind: 'error',
				text: `${result.message} Your current progress has not been changed.`,
			});
			return;
		}
		await replaceState(result.state);
		if (fileInput.current) fileInput.current.value = '';
		show({ kind: 'success', text: 'Your progress has been loaded from the file.' });
	};

	const reset = async () => {
		await resetProgress();
		setConfirmingReset(false);
		show({ kind: 'success', text: 'Your progress has been deleted from this browser.' });
	};

	return (
		<section class="app-progress-tools" aria-labelledby="progress-tools-title">
			<h2 id="progress-tools-title">Keep, move or clear your progress</h2>
			<div
				ref={messageRef}
				tabIndex={-1}
				role={message?.kind === 'error' ? 'alert' : 'status'}
				class={
					message
						? `app-progress-tools__message app-progress-tools__message--${message.kind}`
						: undefined
				}
			>
				{message?.text}
			</div>

			<h3>Download a copy</h3>
			<p>Save your progress as a file. It includes your answers and any notes you wrote.</p>
			<button
				class="nhsuk-button nhsuk-button--secondary"
				type="button"
				disabled={!hydrated}
				onClick={() => downloadProgress(progressState.value)}
			>
				Download my progress
			</button>

			<h3>Load a copy</h3>
			<div class="nhsuk-form-group">
				<label class="nhsuk-label" for="progress-file">
					Progress file (.json)
				</label>
				<div class="nhsuk-hint" id="progress-file-hint">
					Loading a file replaces the progress kept in this browser.
				</div>
				<input
					class="nhsuk-file-upload app-file-input"
					id="progress-file"
					name="progress-file"
					type="file"
					accept="application/json,.json"
					aria-describedby="progress-file-hint"
					ref={fileInput}
					disabled={!hydrated}
				/>
			</div>
			<button
				class="nhsuk-button nhsuk-button--secondary"
				type="button"
				disabled={!hydrated}
				onClick={() => void importFile()}
			>
				Load progress from file
			</button>

			<h3>Start again</h3>
			{confirmingReset ? (
				<div class="nhsuk-warning-callout">
					<h4 class="nhsuk-warning-callout__label">
						<span>
							<span class="nhsuk-u-visually-hidden">Important: </span>Delete all your progress?
						</span>
					</h4>
					<p>
						This deletes every answer, note and certificate date kept in this browser. It cannot be
						undone.
					</p>
					<button
						class="nhsuk-button nhsuk-button--warning"
						type="button"
						onClick={() => void reset()}
					>
						Yes, delete my progress
					</button>{' '}
					<button
						class="nhsuk-button nhsuk-button--secondary"
						type="button"
						onClick={() => setConfirmingReset(false)}
					>
						Cancel
					</button>
				</div>
			) : (
				<button
					class="nhsuk-button nhsuk-button--warning"
					type="button"
					disabled={!hydrated}
					onClick={() => setConfirmingReset(true)}
				>
					Delete my progress
				</button>
			)}
		</section>
	);
}
