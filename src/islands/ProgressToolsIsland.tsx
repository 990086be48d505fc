import { useRef, useState } from 'preact/hooks';
import { fileSizeProblem } from '../lib/progress/import-limits.ts';
import { replaceState, resetProgress } from '../lib/progress/store.ts';
import { t } from '../i18n/en-islands.ts';
import { DownloadProgressButton } from './DownloadProgressButton.tsx';
import { useHydrated } from './hooks/use-hydrated.ts';
import { useProgressStarted } from './hooks/use-progress.ts';

type Message = { kind: 'success' | 'error'; text: string } | undefined;

/**
 * The progress file reader, which carries zod, is fetched only when a learner loads a file.
 * Undefined when it cannot be fetched: offline, or the site was updated since the page opened and
 * the old file is gone.
 */
async function loadProgressReader() {
	try {
		return (await import('../lib/progress/transfer.ts')).parseProgressImport;
	} catch (error) {
		console.error('The progress file reader could not be loaded.', error);
		return undefined;
	}
}

/** Export, import and reset, with a plain message for every outcome. */
export function ProgressToolsIsland() {
	const [message, setMessage] = useState<Message>(undefined);
	const [confirmingReset, setConfirmingReset] = useState(false);
	const fileInput = useRef<HTMLInputElement>(null);
	const messageRef = useRef<HTMLDivElement>(null);
	useProgressStarted();
	const hydrated = useHydrated();

	const show = (next: Message) => {
		setMessage(next);
		// Move focus to the outcome so keyboard and screen reader users hear it at once.
		setTimeout(() => messageRef.current?.focus(), 0);
	};

	const importFile = async () => {
		const file = fileInput.current?.files?.[0];
		if (!file) {
			show({ kind: 'error', text: t.progressTools.noFile });
			return;
		}
		// Refused before reading: a huge file would freeze the tab while it is read and parsed.
		const sizeProblem = fileSizeProblem(file.size);
		if (sizeProblem) {
			show({ kind: 'error', text: t.progressTools.notLoaded(sizeProblem) });
			return;
		}
		const parseProgressImport = await loadProgressReader();
		if (!parseProgressImport) {
			show({ kind: 'error', text: t.progressTools.notLoaded(t.progressTools.readerMissing) });
			return;
		}
		const result = parseProgressImport(await file.text());
		if (!result.ok) {
			show({ kind: 'error', text: t.progressTools.notLoaded(result.message) });
			return;
		}
		// Success is said only once the browser has kept the progress.
		const outcome = await replaceState(result.state);
		if (!outcome.saved) {
			show({
				kind: 'error',
				text: t.progressTools.notLoaded(t.progressTools.notSaved(outcome.problem)),
			});
			return;
		}
		if (fileInput.current) fileInput.current.value = '';
		show({ kind: 'success', text: t.progressTools.loaded });
	};

	const reset = async () => {
		await resetProgress();
		setConfirmingReset(false);
		show({ kind: 'success', text: t.progressTools.deleted });
	};

	return (
		<section class="app-progress-tools" aria-labelledby="progress-tools-title">
			<h2 id="progress-tools-title">{t.progressTools.heading}</h2>
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

			<h3>{t.progressTools.downloadHeading}</h3>
			<p>{t.progressTools.downloadText}</p>
			<DownloadProgressButton disabled={!hydrated} />

			<h3>{t.progressTools.loadHeading}</h3>
			<div class="nhsuk-form-group">
				<label class="nhsuk-label" for="progress-file">
					{t.progressTools.fileLabel}
				</label>
				<div class="nhsuk-hint" id="progress-file-hint">
					{t.progressTools.fileHint}
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
				{t.progressTools.load}
			</button>

			<h3>{t.progressTools.resetHeading}</h3>
			{confirmingReset ? (
				<div class="nhsuk-warning-callout">
					<h4 class="nhsuk-warning-callout__label">
						<span>
							<span class="nhsuk-u-visually-hidden">{t.common.important}</span>
							{t.progressTools.confirmTitle}
						</span>
					</h4>
					<p>{t.progressTools.confirmText}</p>
					<button
						class="nhsuk-button nhsuk-button--warning"
						type="button"
						onClick={() => void reset()}
					>
						{t.progressTools.confirm}
					</button>{' '}
					<button
						class="nhsuk-button nhsuk-button--secondary"
						type="button"
						onClick={() => setConfirmingReset(false)}
					>
						{t.progressTools.cancel}
					</button>
				</div>
			) : (
				<button
					class="nhsuk-button nhsuk-button--warning"
					type="button"
					disabled={!hydrated}
					onClick={() => setConfirmingReset(true)}
				>
					{t.progressTools.reset}
				</button>
			)}
		</section>
	);
}
