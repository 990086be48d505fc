import { useRef, useState } from 'preact/hooks';
import { ratingChanges } from '../lib/check-in/changes.ts';
import { rightsNamedIn } from '../lib/check-in/name-rights.ts';
import { dispatch, progressState, storageStatus } from '../lib/progress/store.ts';
import {
	EVERYDAY_STATEMENT_IDS,
	RIGHTS_IN_THE_ACT,
	type BaselinePart,
	type CheckInPhase,
	type ScalePoint,
} from '../schemas/evaluation-ids.ts';
import type { CheckIn } from '../schemas/progress.ts';
// Their own strings, not en-islands.ts: only the pages with these forms load them.
import { checkIn as t } from '../i18n/en/check-in.ts';
import { ChangeTable } from './check-in/ChangeTable.tsx';
import { ProblemSummary } from './check-in/ProblemSummary.tsx';
import { ScaleQuestion } from './check-in/ScaleQuestion.tsx';
import { useModuleProgress, useProgressReady } from './hooks/use-progress.ts';
import { LoadingNote } from './LoadingNote.tsx';

interface Props {
	moduleId: string;
	phase: CheckInPhase;
	/** The module's outcomes, rated when `confidence` is on. */
	outcomes: readonly { id: string; text: string }[];
	confidence: boolean;
	/** The course baseline parts this module asks at this phase. */
	baseline: readonly BaselinePart[];
	/** The 16 rights' names by id, to list the rights a learner named. */
	rightNames: Record<string, string>;
	/** The answers go to an LMS (SCORM packages); on the site they stay on the device. */
	reportsToLms: boolean;
	/** Id of the lesson text, for "Skip to the lesson" (start only). */
	skipTo?: string;
}

type Ratings = Record<string, ScalePoint>;

/**
 * A module's start or end check-in (issue 13): confidence in each outcome and any course baseline
 * parts, every question optional, saved with one button as a `check-in-saved` event that
 * replaces the phase's answers. It never touches score or completion. The naming activity keeps
 * only the rights found: an empty box on a later save keeps the rights found before.
 */
export function CheckInIsland(props: Props) {
	const { moduleId, phase, outcomes, baseline, rightNames, reportsToLms } = props;
	const base = `check-in-${phase}`;
	const record = useModuleProgress(moduleId);
	const saved = record?.checkIns?.[phase];
	const [confidence, setConfidence] = useState<Ratings>({});
	const [statements, setStatements] = useState<Ratings>({});
	const [guess, setGuess] = useState('');
	const [naming, setNaming] = useState('');
	const [problems, setProblems] = useState<{ fieldId: string; message: string }[]>([]);
	const [status, setStatus] = useState('');
	const summaryRef = useRef<HTMLDivElement>(null);
	const ready = useProgressReady(() => {
		const stored = progressState.peek().modules[moduleId]?.checkIns?.[phase];
		if (!stored) return;
		setConfidence({ ...stored.confidence });
		setStatements({ ...stored.statements });
		setGuess(stored.rightsGuess === undefined ? '' : String(stored.rightsGuess));
	}, [moduleId, phase]);

	const asksRights = baseline.includes('rights-named');
	const asksStatements = baseline.includes('everyday-decisions');
	const guessId = `${base}-rights-guess`;

	const save = (event: Event) => {
		event.preventDefault();
		const guessText = guess.trim();
		const guessValue = guessText === '' ? undefined : Number(guessText);
		if (
			guessValue !== undefined &&
			!(Number.isInteger(guessValue) && guessValue >= 0 && guessValue <= RIGHTS_IN_THE_ACT)
		) {
			setProblems([{ fieldId: guessId, message: t.checkIn.rightsGuessError }]);
			queueMicrotask(() => summaryRef.current?.focus());
			return;
		}
		setProblems([]);
		const named = naming.trim() === '' ? saved?.rightsNamed : rightsNamedIn(naming);
		const answers: Omit<CheckIn, 'at'> = {
			confidence: props.confidence ? confidence : {},
			statements: asksStatements ? statements : {},
			...(asksRights && guessValue !== undefined ? { rightsGuess: guessValue } : {}),
			...(asksRights && named !== undefined ? { rightsNamed: [...named] } : {}),
		};
		void dispatch({
			type: 'check-in-saved',
			moduleId,
			phase,
			checkIn: answers,
			at: new Date().toISOString(),
		}).then(() => {
			setNaming('');
			setStatus(
				storageStatus.peek() === 'memory'
					? t.checkIn.keptInTabAt(new Date())
					: t.checkIn.savedAt(new Date()),
			);
		});
	};

	const namedNow = saved?.rightsNamed;
	const namedAtStart = phase === 'end' ? record?.checkIns?.start?.rightsNamed : undefined;
	const changes =
		phase === 'end' && props.confidence
			? ratingChanges(outcomes, record?.checkIns, (answers) => answers.confidence)
			: [];
	const titleId = `${base}-title`;

	return (
		<section class="app-check-in nhsuk-card" aria-labelledby={titleId}>
			<div class="nhsuk-card__content">
				<h2 class="nhsuk-card__heading" id={titleId}>
					{phase === 'start' ? t.checkIn.startTitle : t.checkIn.endTitle}{' '}
					<span class="app-check-in__optional">{t.checkIn.optional}</span>
				</h2>
				<p>
					{phase === 'start' ? t.checkIn.startIntro : t.checkIn.endIntro}{' '}
					{reportsToLms ? t.checkIn.sentToLms : t.checkIn.keptOnDevice}
				</p>
				{props.skipTo && (
					<p>
						<a href={`#${props.skipTo}`}>{t.checkIn.skip}</a>
					</p>
				)}
				<LoadingNote ready={ready}>{t.checkIn.loading}</LoadingNote>
				<ProblemSummary
					problems={problems}
					titleId={`${base}-error-title`}
					summaryRef={summaryRef}
				/>
				<form onSubmit={save} noValidate>
					{props.confidence && (
						<>
							<h3 class="nhsuk-heading-s">{t.checkIn.confidenceHeading}</h3>
							{outcomes.map((outcome) => (
								<ScaleQuestion
									key={outcome.id}
									name={`${base}-${outcome.id}`}
									legend={outcome.text}
									words={t.checkIn.confidenceScale}
									value={confidence[outcome.id]}
									disabled={!ready}
									onChange={(value) => setConfidence({ ...confidence, [outcome.id]: value })}
								/>
							))}
						</>
					)}
					{asksRights && (
						<>
							<h3 class="nhsuk-heading-s">{t.checkIn.rightsHeading}</h3>
							<div
								class={`nhsuk-form-group${problems.length > 0 ? ' nhsuk-form-group--error' : ''}`}
							>
								<label class="nhsuk-label" for={guessId}>
									{t.checkIn.rightsGuessLabel}
								</label>
								<div class="nhsuk-hint" id={`${guessId}-hint`}>
									{t.checkIn.rightsGuessHint}
								</div>
								{problems.length > 0 && (
									<span class="nhsuk-error-message" id={`${guessId}-error`}>
										<span class="nhsuk-u-visually-hidden">{t.checkIn.errorTitle}:</span>{' '}
										{t.checkIn.rightsGuessError}
									</span>
								)}
								<input
									class={`nhsuk-input nhsuk-input--width-2${problems.length > 0 ? ' nhsuk-input--error' : ''}`}
									id={guessId}
									name={guessId}
									type="text"
									inputMode="numeric"
									autoComplete="off"
									value={guess}
									disabled={!ready}
									aria-describedby={`${guessId}-hint${problems.length > 0 ? ` ${guessId}-error` : ''}`}
									onInput={(e) => setGuess(e.currentTarget.value)}
								/>
							</div>
							<div class="nhsuk-form-group">
								<label class="nhsuk-label" for={`${base}-rights-named`}>
									{t.checkIn.rightsNameLabel}
								</label>
								<div class="nhsuk-hint" id={`${base}-rights-named-hint`}>
									{t.checkIn.rightsNameHint}
								</div>
								<textarea
									class="nhsuk-textarea"
									id={`${base}-rights-named`}
									name={`${base}-rights-named`}
									rows={6}
									value={naming}
									disabled={!ready}
									aria-describedby={`${base}-rights-named-hint`}
									onInput={(e) => setNaming(e.currentTarget.value)}
								/>
							</div>
						</>
					)}
					{asksStatements && (
						<>
							<h3 class="nhsuk-heading-s">{t.checkIn.statementsHeading}</h3>
							{EVERYDAY_STATEMENT_IDS.map((id) => (
								<ScaleQuestion
									key={id}
									name={`${base}-${id}`}
									legend={t.checkIn.statements[id]}
									words={t.checkIn.agreementScale}
									value={statements[id]}
									disabled={!ready}
									onChange={(value) => setStatements({ ...statements, [id]: value })}
								/>
							))}
						</>
					)}
					<button class="nhsuk-button" type="submit" disabled={!ready}>
						{t.checkIn.save}
					</button>
				</form>
				<div role="status" aria-live="polite" class="app-check-in__status">
					{status && <p>{status}</p>}
					{!status && saved && <p>{t.checkIn.savedBefore}</p>}
					{asksRights && namedNow !== undefined && (
						<NamedRights named={namedNow} before={namedAtStart} rightNames={rightNames} />
					)}
				</div>
				{changes.length > 0 && (
					<ChangeTable
						caption={t.checkIn.changeCaption}
						itemHeading={t.checkIn.outcome}
						rows={changes}
						words={t.checkIn.confidenceScale}
					/>
				)}
			</div>
		</section>
	);
}

function NamedRights(props: {
	named: readonly string[];
	before: readonly string[] | undefined;
	rightNames: Record<string, string>;
}) {
	return (
		<>
			<p>
				{t.checkIn.named(props.named.length)}
				{props.before !== undefined && ` ${t.checkIn.namedBefore(props.before.length)}`}
			</p>
			{props.named.length > 0 && (
				<>
					<p class="nhsuk-u-margin-bottom-2">{t.checkIn.namedList}</p>
					<ul>
						{props.named.map((id) => (
							<li key={id}>{props.rightNames[id] ?? id}</li>
						))}
					</ul>
				</>
			)}
		</>
	);
}
