import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { combineLearners } from '../lib/evaluation/combine.ts';
import type { BatchOutcome, LoadedSource } from '../lib/evaluation/load.ts';
import { summarise, type CourseModule } from '../lib/evaluation/summary.ts';
import { t } from '../i18n/en.ts';
import { useHydrated } from './hooks/use-hydrated.ts';
import { LoadFiles } from './evaluation/LoadFiles.tsx';
import { Results } from './evaluation/Results.tsx';

interface Props {
	modules: CourseModule[];
	/** Titles of the modules that ask the course baseline at their start, and at their end. */
	askedIn: { before: string[]; after: string[] };
}

/**
 * The trainers' evaluation summary: load learners' progress files and LMS exports, see the
 * figures, download them as CSV. The rules live in `lib/evaluation`; this keeps the loaded files
 * in memory only, so nothing outlives the page.
 */
export function EvaluationIsland({ modules, askedIn }: Props) {
	const ready = useHydrated();
	const [sources, setSources] = useState<LoadedSource[]>([]);
	const [batch, setBatch] = useState<BatchOutcome | undefined>(undefined);
	const [announcement, setAnnouncement] = useState('');
	const errorSummary = useRef<HTMLDivElement>(null);
	const combined = useMemo(() => combineLearners(sources), [sources]);
	const summary = useMemo(
		() => (sources.length === 0 ? undefined : summarise(modules, combined.learners)),
		[modules, combined, sources.length],
	);

	// The NHS.UK error summary takes focus when it appears, so refused files are heard first.
	useEffect(() => {
		if (batch && batch.refused.length > 0) errorSummary.current?.focus();
	}, [batch]);

	return (
		<div class="app-evaluation">
			<LoadFiles
				ready={ready}
				sources={sources}
				batch={batch}
				notes={combined.notes}
				summaryRef={errorSummary}
				onLoad={(outcome) => {
					setSources(outcome.sources);
					setBatch(outcome);
				}}
				onClear={() => {
					setSources([]);
					setBatch(undefined);
					setAnnouncement(t.evaluationPage.load.cleared);
				}}
			/>
			<Results summary={summary} askedIn={askedIn} announce={setAnnouncement} />
			<div class="nhsuk-u-visually-hidden" role="status" aria-live="polite">
				{announcement}
			</div>
		</div>
	);
}
