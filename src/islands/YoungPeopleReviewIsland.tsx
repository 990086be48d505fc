import { useState } from 'preact/hooks';
import type { Rating, TrafficLightData } from '../schemas/review.ts';
import type { ReviewGroup } from '../schemas/review-files.ts';
import { countRatings } from '../lib/course/traffic-light.ts';
import type { ViewProblem } from '../lib/review/views.ts';
import { t } from '../i18n/en.ts';
import { useReviewView } from './hooks/use-review-view.ts';
import { LoadingNote } from './LoadingNote.tsx';
import { FinishActions } from './traffic-light/FinishActions.tsx';
import { StatementRating } from './traffic-light/StatementRating.tsx';

interface Props {
	data: TrafficLightData;
}

const GROUP: ReviewGroup = 'young-people';
/** Yes, sometimes, no: the order a young person reads the answers in. */
const CHOICES: readonly Rating[] = ['green', 'amber', 'red'];

/**
 * The young people's form: the same parts as the team's form, with each statement in its plain
 * words, big stacked answers, and the group fixed. It records nothing in progress: it is often
 * filled in on a shared ward device, so it never starts from someone else's ratings.
 */
export function YoungPeopleReviewIsland({ data }: Props) {
	const base = `yp-${data.id}`;
	const view = useReviewView({ data, form: GROUP, groups: [GROUP], fixedGroup: GROUP });
	const [problems, setProblems] = useState<ViewProblem[]>([]);
	const [attempt, setAttempt] = useState(0);
	const [announcement, setAnnouncement] = useState('');
	const words = t.youngPeopleReview;
	const disabled = !view.ready;
	const counts = countRatings(data, { ratings: view.draft.ratings });

	const rate = (id: string, number: number, rating: Rating) => {
		view.rate(id, rating);
		const next = countRatings(data, { ratings: { ...view.draft.ratings, [id]: rating } });
		setAnnouncement(
			words.form.rated(
				number,
				words.form.ratingLabels[rating],
				next.total - next.unrated,
				next.total,
			),
		);
	};

	return (
		<div class="app-traffic-light app-traffic-light--young-people">
			<h2 id={`${base}-heading`}>{words.formHeading}</h2>
			<p>{words.how}</p>
			{!view.kept && (
				<div class="app-notice app-notice--warning" role="alert">
					<p>{words.notKept}</p>
				</div>
			)}
			<LoadingNote ready={view.ready}>{words.loading}</LoadingNote>
			<ol class="app-traffic-light__statements">
				{data.statements.map((statement, index) => (
					<StatementRating
						key={statement.id}
						statement={statement}
						number={index + 1}
						id={`${base}-${statement.id}`}
						words={words.form}
						html={statement.plainHtml || statement.html}
						showLooksLike={false}
						choices={CHOICES}
						inline={false}
						rating={view.draft.ratings[statement.id]}
						note={view.draft.notes[statement.id] ?? ''}
						disabled={disabled}
						onRate={(rating) => rate(statement.id, index + 1, rating)}
						onNote={(text) => view.note(statement.id, text)}
					/>
				))}
			</ol>
			<p class="app-traffic-light__answered">
				{words.answered(counts.total - counts.unrated, counts.total)}
			</p>
			<FinishActions
				base={base}
				words={words.form}
				headingLevel={2}
				problems={problems.map((problem) => ({ problem, fieldId: `${base}-heading` }))}
				attempt={attempt}
				downloaded={view.downloaded}
				disabled={disabled}
				onDownload={() => {
					setProblems(view.download());
					setAttempt((count) => count + 1);
				}}
				onStartNew={() => {
					view.startNew();
					setProblems([]);
					setAnnouncement(words.form.newViewStarted);
				}}
			/>
			<div class="nhsuk-u-visually-hidden" role="status" aria-live="polite">
				{announcement}
			</div>
		</div>
	);
}
