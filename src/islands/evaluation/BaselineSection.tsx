import type { BaselineFigures } from '../../lib/evaluation/summary.ts';
import { RATING_SCALE, RIGHTS_SCALE } from '../../lib/evaluation/stats.ts';
import { t } from '../../i18n/en.ts';
import { BeforeAfterItem } from './BeforeAfterItem.tsx';

interface Props {
	baseline: BaselineFigures;
	/** Titles of the modules that ask the baseline at their start, and at their end. */
	askedIn: { before: readonly string[]; after: readonly string[] };
}

const words = t.evaluationPage.baseline;

/** The course baseline: how many rights learners thought they could name and named, and the statements. */
export function BaselineSection({ baseline, askedIn }: Props) {
	return (
		<section class="app-evaluation__module" aria-labelledby="ev-baseline">
			<h3 id="ev-baseline">{words.heading}</h3>
			{baseline.learners === 0 ? (
				<p>{words.none}</p>
			) : (
				<>
					<p>{words.intro(askedIn.before, askedIn.after)}</p>
					<p>{words.learners(baseline.learners)}</p>
					<h4>{words.rightsHeading}</h4>
					<p class="nhsuk-hint">{words.rightsScale}</p>
					<BeforeAfterItem
						title={words.rightsGuess}
						figures={baseline.rightsGuess}
						scale={RIGHTS_SCALE}
						answer={t.evaluationPage.figures.rights}
					/>
					<BeforeAfterItem
						title={words.rightsNamed}
						figures={baseline.rightsNamed}
						scale={RIGHTS_SCALE}
						answer={t.evaluationPage.figures.rights}
					/>
					<h4>{words.statementsHeading}</h4>
					<p class="nhsuk-hint">{words.statementsScale}</p>
					{baseline.statements.map(({ id, figures }) => (
						<BeforeAfterItem
							key={id}
							title={t.checkIn.statements[id]}
							figures={figures}
							scale={RATING_SCALE}
							answer={t.evaluationPage.figures.rating}
						/>
					))}
				</>
			)}
		</section>
	);
}
