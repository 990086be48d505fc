import type { EvaluationSummary } from '../../lib/evaluation/summary.ts';
import { summaryCsv, summaryCsvFileName } from '../../lib/evaluation/summary-csv.ts';
import { downloadFile } from '../../lib/progress/download.ts';
import { t } from '../../i18n/en.ts';
import { BaselineSection } from './BaselineSection.tsx';
import { ChartPattern } from './Chart.tsx';
import { ModuleSection } from './ModuleSection.tsx';

interface Props {
	summary: EvaluationSummary | undefined;
	askedIn: { before: readonly string[]; after: readonly string[] };
	announce: (text: string) => void;
}

const words = t.evaluationPage.results;
const figureWords = t.evaluationPage.figures;

const CSV_LABELS = {
	statements: t.checkIn.statements,
	feedback: t.evaluationPage.feedback.questions,
	change: t.evaluationPage.feedback.change,
	rightsGuess: t.evaluationPage.baseline.rightsGuess,
	rightsNamed: t.evaluationPage.baseline.rightsNamed,
};

/** Section 2: the figures, the CSV download, then the course baseline and each module. */
export function Results({ summary, askedIn, announce }: Props) {
	const download = () => {
		if (!summary) return;
		const name = summaryCsvFileName(new Date());
		downloadFile(name, summaryCsv(summary, CSV_LABELS), 'text/csv;charset=utf-8');
		announce(words.csvAnnounced(name));
	};
	return (
		<section class="app-evaluation__section" aria-labelledby="ev-results">
			<h2 id="ev-results">{words.heading}</h2>
			{!summary ? (
				<p>{words.none}</p>
			) : summary.learners === 0 ? (
				<p>{words.noAnswers}</p>
			) : (
				<>
					<p>{words.learners(summary.learners)}</p>
					{summary.unanswered.length > 0 && (
						<p>
							{words.unanswered} {summary.unanswered.map((module) => module.title).join('; ')}.
						</p>
					)}
					<p class="nhsuk-hint">{words.csvHint}</p>
					<button class="nhsuk-button nhsuk-button--secondary" type="button" onClick={download}>
						{words.csv}
					</button>
					<ChartPattern />
					<p class="app-evaluation__legend">
						<span class="app-evaluation__key">
							<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
								<rect
									class="app-evaluation__bar app-evaluation__bar--before"
									width="16"
									height="16"
								/>
							</svg>
							{figureWords.legendBefore}
						</span>
						<span class="app-evaluation__key">
							<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
								<rect
									class="app-evaluation__bar app-evaluation__bar--after"
									width="16"
									height="16"
								/>
							</svg>
							{figureWords.legendAfter}
						</span>
					</p>
					<BaselineSection baseline={summary.baseline} askedIn={askedIn} />
					{summary.modules.map((module) => (
						<ModuleSection key={module.id} module={module} />
					))}
				</>
			)}
		</section>
	);
}
