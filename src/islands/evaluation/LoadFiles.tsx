import type { Ref } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { BatchOutcome, LoadedSource } from '../../lib/evaluation/load.ts';
import { t } from '../../i18n/en.ts';
import { LoadingNote } from '../LoadingNote.tsx';
import { readFiles } from './read-files.ts';

interface Props {
	ready: boolean;
	sources: readonly LoadedSource[];
	/** What the last batch did; its refused files go in the error summary. */
	batch: BatchOutcome | undefined;
	/** How learners were counted across the files (`combineLearners`). */
	notes: readonly string[];
	summaryRef: Ref<HTMLDivElement>;
	onLoad: (outcome: BatchOutcome) => void;
	onClear: () => void;
}

const words = t.evaluationPage.load;
const FILE_INPUT_ID = 'ev-files';

/**
 * Section 1: the file input, what the last batch did (refused files in the NHS.UK error summary,
 * each naming the file), the files loaded, and how learners were counted.
 */
export function LoadFiles({ ready, sources, batch, notes, summaryRef, onLoad, onClear }: Props) {
	const [reading, setReading] = useState(false);
	const input = useRef<HTMLInputElement>(null);

	const load = async (chosen: File[]) => {
		setReading(true);
		try {
			const files = await readFiles(chosen);
			// The readers (with zod and the progress file checks) load when they are first needed.
			const { loadFiles } = await import('../../lib/evaluation/load.ts');
			onLoad(loadFiles(sources, files));
		} finally {
			setReading(false);
			if (input.current) input.current.value = '';
		}
	};

	const fileNotes = [...sources.flatMap((source) => source.notes), ...notes];
	return (
		<section class="app-evaluation__section" aria-labelledby="ev-load">
			<h2 id="ev-load">{words.heading}</h2>
			<p>{words.intro}</p>
			{batch && batch.refused.length > 0 && (
				<div
					class="nhsuk-error-summary"
					aria-labelledby="ev-errors-title"
					role="alert"
					tabIndex={-1}
					ref={summaryRef}
				>
					<h3 class="nhsuk-error-summary__title" id="ev-errors-title">
						{words.errorTitle}
					</h3>
					<div class="nhsuk-error-summary__body">
						<p>{words.refusedIntro(batch.refused.length)}</p>
						<ul class="nhsuk-list nhsuk-error-summary__list">
							{batch.refused.map((message) => (
								<li key={message}>
									<a
										href={`#${FILE_INPUT_ID}`}
										onClick={(event) => {
											// Focus the field itself, as the NHS.UK error summary script does.
											event.preventDefault();
											input.current?.focus();
										}}
									>
										{message}
									</a>
								</li>
							))}
						</ul>
					</div>
				</div>
			)}
			<div class="nhsuk-form-group">
				<label class="nhsuk-label nhsuk-label--s" for={FILE_INPUT_ID}>
					{words.label}
				</label>
				<div class="nhsuk-hint" id={`${FILE_INPUT_ID}-hint`}>
					{words.hint}
				</div>
				<input
					class="nhsuk-file-upload app-file-input"
					id={FILE_INPUT_ID}
					name={FILE_INPUT_ID}
					type="file"
					multiple
					accept=".json,.csv,.txt,.tsv,application/json,text/csv,text/plain,text/tab-separated-values"
					aria-describedby={`${FILE_INPUT_ID}-hint`}
					ref={input}
					disabled={!ready || reading}
					onChange={(event) => {
						const files = event.currentTarget.files;
						if (files?.length) void load([...files]);
					}}
				/>
				<LoadingNote ready={ready}>{t.evaluationPage.loading}</LoadingNote>
			</div>

			{/* Always present, so screen readers announce what each batch did. */}
			<div role="status">
				{reading ? (
					<p>{words.reading}</p>
				) : (
					batch && (
						<p>{words.result(batch.added.length, batch.repeated.length, batch.refused.length)}</p>
					)
				)}
				{!reading && batch && batch.repeated.length > 0 && (
					<>
						<h3 class="nhsuk-heading-xs">{words.repeatedHeading}</h3>
						<ul>
							{batch.repeated.map((message) => (
								<li key={message}>{message}</li>
							))}
						</ul>
					</>
				)}
			</div>

			<h3>{words.filesHeading}</h3>
			{sources.length === 0 ? (
				<p>{words.noFiles}</p>
			) : (
				<>
					<ul class="app-evaluation__files">
						{sources.map((source) => (
							<li key={source.fingerprint}>
								{source.kind === 'progress'
									? words.progressFile(source.name)
									: words.lmsFile(source.name, source.learners.length)}
							</li>
						))}
					</ul>
					{fileNotes.length > 0 && (
						<>
							<h4>{words.notesHeading}</h4>
							<ul>
								{fileNotes.map((note) => (
									<li key={note}>{note}</li>
								))}
							</ul>
						</>
					)}
					<button
						class="nhsuk-button nhsuk-button--secondary"
						type="button"
						onClick={() => {
							onClear();
							input.current?.focus();
						}}
					>
						{words.clear}
					</button>
				</>
			)}
		</section>
	);
}
