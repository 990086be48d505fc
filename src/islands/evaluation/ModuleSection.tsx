import type { ModuleFigures } from '../../lib/evaluation/summary.ts';
import { RATING_SCALE } from '../../lib/evaluation/stats.ts';
import { FEEDBACK_RATINGS } from '../../schemas/evaluation-ids.ts';
import { t } from '../../i18n/en.ts';
import { BeforeAfterItem } from './BeforeAfterItem.tsx';
import { FeedbackRatings } from './FeedbackRatings.tsx';

const words = t.evaluationPage.results;
const feedbackWords = t.evaluationPage.feedback;

/** One module: confidence in each outcome before and after, the feedback ratings and comments. */
export function ModuleSection({ module }: { module: ModuleFigures }) {
	const headingId = `ev-module-${module.id}`;
	const feedback = FEEDBACK_RATINGS.filter((rating) => module.feedback[rating].learners > 0);
	return (
		<section class="app-evaluation__module" aria-labelledby={headingId}>
			<h3 id={headingId}>{module.title}</h3>
			<p>{words.moduleLearners(module.learners)}</p>
			{!module.inCourse && <p>{words.notInCourse}</p>}

			<h4>{words.confidenceHeading}</h4>
			{module.outcomes.length === 0 ? (
				<p>{words.noConfidence}</p>
			) : (
				<>
					<p class="nhsuk-hint">{words.confidenceScale}</p>
					{module.outcomes.map((outcome) => (
						<BeforeAfterItem
							key={outcome.id}
							title={outcome.current ? outcome.text : words.formerOutcome(outcome.id)}
							figures={outcome.figures}
							scale={RATING_SCALE}
							answer={t.evaluationPage.figures.rating}
						/>
					))}
				</>
			)}

			<h4>{words.feedbackHeading}</h4>
			{feedback.length === 0 && module.comments.length === 0 ? (
				<p>{words.noFeedback}</p>
			) : (
				<>
					{feedback.map((rating) => (
						<FeedbackRatings
							key={rating}
							title={feedbackWords.questions[rating]}
							scaleWords={feedbackWords.scales[rating]}
							figures={module.feedback[rating]}
						/>
					))}
					<div class="app-evaluation__item">
						<h5 class="nhsuk-heading-xs app-evaluation__item-title">
							{words.commentsHeading}
							<span class="app-evaluation__count">
								{' '}
								({words.commentsCount(module.comments.length)})
							</span>
						</h5>
						{module.comments.length === 0 ? (
							<p>{words.noComments}</p>
						) : (
							<>
								<p class="nhsuk-hint">{words.commentsReminder}</p>
								<ul class="nhsuk-list app-evaluation__comments">
									{module.comments.map((comment, index) => (
										<li key={index}>{comment}</li>
									))}
								</ul>
							</>
						)}
					</div>
				</>
			)}
		</section>
	);
}
