import { useRef, useState } from 'preact/hooks';
import type { TrafficLightData } from '../../schemas/review.ts';
import type { ReviewSession } from '../../schemas/review-files.ts';
import { viewsByGroup } from '../../lib/review/differences.ts';
import { GROUP_LABELS } from '../../lib/review/groups.ts';
import { sortReviewFiles, type LoadOutcome, type SortedFiles } from '../../lib/review/load.ts';
import { t } from '../../i18n/en.ts';
import { useFocusRequest } from '../hooks/use-focus-request.ts';
import { longDate } from './format.ts';
import { readFiles } from './read-files.ts';

interface Props {
	data: TrafficLightData;
	session: ReviewSession;
	/** The current session holds work not saved to a file, so opening another asks first. */
	unsavedWork: boolean;
	onLoad: (files: SortedFiles, open: boolean) => LoadOutcome;
	onRemove: (viewId: string) => void;
}

interface Result {
	lines: string[];
	refused: string[];
}

const words = t.reviewSession.load;

/**
 * Section 1: the file input (with a drop zone around it for those who drag), what each batch did,
 * and the views in the session by group, each with a Remove button.
 */
export function LoadViews({ data, session, unsavedWork, onLoad, onRemove }: Props) {
	const [result, setResult] = useState<Result | undefined>(undefined);
	const [pending, setPending] = useState<SortedFiles | undefined>(undefined);
	const [dragging, setDragging] = useState(false);
	const input = useRef<HTMLInputElement>(null);
	const focus = useFocusRequest((id: string) => document.getElementById(id));

	const finish = (files: SortedFiles, open: boolean) => {
		const outcome = onLoad(files, open);
		// A batch that held only a saved session has no views to count.
		const counted = files.views.length > 0 || !files.session;
		const lines = counted ? [words.result(outcome.added, outcome.repeated)] : [];
		if (outcome.opened) lines.unshift(words.opened(outcome.opened));
		else if (files.session) lines.push(words.notOpened(files.session.name));
		setResult({ lines, refused: files.refused });
		setPending(undefined);
	};

	const load = async (chosen: Iterable<File>) => {
		const files = sortReviewFiles(await readFiles(chosen), data.id);
		if (input.current) input.current.value = '';
		if (files.session && unsavedWork) {
			setResult(undefined);
			setPending(files);
			focus('rs-confirm-title');
		} else finish(files, true);
	};

	const remove = (viewId: string, group: string, number: number) => {
		onRemove(viewId);
		setResult({ lines: [words.removed(group, number)], refused: [] });
		focus('rs-views');
	};

	const counts = viewsByGroup(session);
	return (
		<section class="app-review-session__section app-no-print" aria-labelledby="rs-load">
			<h2 id="rs-load">{words.heading}</h2>
			<p>{words.intro}</p>
			<div
				class={`app-review-session__drop${dragging ? ' app-review-session__drop--over' : ''}`}
				onDragOver={(event) => {
					event.preventDefault();
					setDragging(true);
				}}
				onDragLeave={() => setDragging(false)}
				onDrop={(event) => {
					event.preventDefault();
					setDragging(false);
					if (event.dataTransfer?.files.length) void load(event.dataTransfer.files);
				}}
			>
				<div class="nhsuk-form-group">
					<label class="nhsuk-label nhsuk-label--s" for="rs-files">
						{words.label}
					</label>
					<div class="nhsuk-hint" id="rs-files-hint">
						{words.hint}
					</div>
					<input
						class="nhsuk-file-upload app-file-input"
						id="rs-files"
						name="rs-files"
						type="file"
						multiple
						accept=".json,application/json"
						aria-describedby="rs-files-hint"
						ref={input}
						disabled={pending !== undefined}
						onChange={(event) => {
							const files = event.currentTarget.files;
							if (files?.length) void load([...files]);
						}}
					/>
				</div>
				<p class="app-review-session__drop-text" aria-hidden="true">
					{words.drop}
				</p>
			</div>

			{pending?.session && (
				<div class="nhsuk-warning-callout">
					<h3 class="nhsuk-warning-callout__label" id="rs-confirm-title" tabIndex={-1}>
						<span>
							<span class="nhsuk-u-visually-hidden">{t.common.important}</span>
							{words.confirmTitle(pending.session.name)}
						</span>
					</h3>
					<p>{words.confirmText}</p>
					<div class="app-review-session__buttons">
						<button
							class="nhsuk-button nhsuk-button--warning"
							type="button"
							onClick={() => {
								finish(pending, true);
								focus('rs-files');
							}}
						>
							{words.confirm}
						</button>
						<button
							class="nhsuk-button nhsuk-button--secondary"
							type="button"
							onClick={() => {
								finish(pending, false);
								focus('rs-files');
							}}
						>
							{words.cancel}
						</button>
					</div>
				</div>
			)}

			{/* The live region is always there, so screen readers announce what each batch did. */}
			<div role="status">
				{result && (
					<div class="app-review-session__result">
						{result.lines.map((line) => (
							<p key={line}>{line}</p>
						))}
						{result.refused.length > 0 && (
							<div class="app-review-session__refused">
								<p>{words.refusedHeading(result.refused.length)}</p>
								<ul>
									{result.refused.map((message) => (
										<li key={message}>{message}</li>
									))}
								</ul>
							</div>
						)}
					</div>
				)}
			</div>

			<h3 id="rs-views" tabIndex={-1}>
				{words.viewsHeading}
			</h3>
			{session.views.length === 0 ? (
				<p>{words.noViews}</p>
			) : (
				<>
					<p>
						{words.viewCount(
							session.views.length,
							counts
								.filter(({ views }) => views > 0)
								.map(({ group, views }) => words.groupCount(GROUP_LABELS[group], views)),
						)}
					</p>
					<ul class="nhsuk-list app-review-session__groups">
						{counts.map(({ group, views }) => (
							<li key={group}>
								<h4 class="nhsuk-heading-xs nhsuk-u-margin-bottom-2">{GROUP_LABELS[group]}</h4>
								{views === 0 ? (
									<p class="nhsuk-hint">{words.noGroupViews}</p>
								) : (
									<ul class="nhsuk-list app-review-session__views">
										{session.views
											.filter((view) => view.group === group)
											.map((view, index) => (
												<li class="app-review-session__view" key={view.viewId}>
													<span>
														{words.view(
															index + 1,
															longDate(view.ratedOn),
															data.statements.filter((s) => view.ratings[s.id]).length,
															data.statements.length,
															data.statements.filter((s) => view.notes[s.id]).length,
														)}
													</span>
													<button
														class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
														type="button"
														onClick={() => remove(view.viewId, GROUP_LABELS[group], index + 1)}
													>
														{words.remove}
														<span class="nhsuk-u-visually-hidden">
															{words.removeWhich(GROUP_LABELS[group], index + 1)}
														</span>
													</button>
												</li>
											))}
									</ul>
								)}
							</li>
						))}
					</ul>
				</>
			)}
		</section>
	);
}
