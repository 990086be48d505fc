import { useState } from 'preact/hooks';
import type { Rating, TrafficLightData } from '../schemas/review.ts';
import { countRatings, RATING_LABELS, RATING_MEANINGS } from '../lib/course/traffic-light.ts';
import { reviewGroups } from '../lib/review/groups.ts';
import { localDay, type ViewProblem } from '../lib/review/views.ts';
import type { ReviewLinks } from '../lib/site/review-links.ts';
import { t } from '../i18n/en-islands.ts';
import { useReviewView } from './hooks/use-review-view.ts';
import { LoadingNote } from './LoadingNote.tsx';
import { FinishActions, problemMessage } from './traffic-light/FinishActions.tsx';
import { StatementRating } from './traffic-light/StatementRating.tsx';
import { detailFieldId, ViewDetails } from './traffic-light/ViewDetails.tsx';
import { ViewSummary } from './traffic-light/ViewSummary.tsx';

interface Props {
	moduleId: string;
	data: TrafficLightData;
	/** The young people's form and the session page of this review, when it has them. */
	links?: ReviewLinks | undefined;
}

/** Radio order on each statement. */
const CHOICES: readonly Rating[] = ['red', 'amber', 'green'];

/**
 * A participant's form for a team review: who the view is from, a rating and an optional note
 * per statement, then a view file to download for the person running the review.
 *
 * `dangerouslySetInnerHTML` here only ever receives `*Html` fields rendered from the author's MDX at
 * build time. Learner-supplied or imported text (answers, notes, names, progress files) is always
 * rendered as text: tests/e2e/storage.spec.ts imports a file with HTML in its text fields.
 */
export function TrafficLightIsland({ moduleId, data, links }: Props) {
	const base = `tl-${data.id}`;
	const groups = reviewGroups(data.groups);
	const view = useReviewView({ data, moduleId, form: moduleId, groups });
	const [problems, setProblems] = useState<ViewProblem[]>([]);
	const [attempt, setAttempt] = useState(0);
	const [announcement, setAnnouncement] = useState('');
	const words = t.trafficLight.form;
	const disabled = !view.ready;
	const statementId = (id: string) => `${base}-${id}`;
	const errorOf = (field: ViewProblem['field']) => {
		const problem = problems.find((candidate) => candidate.field === field);
		return problem && problemMessage(words, problem);
	};

	const rate = (id: string, number: number, rating: Rating) => {
		view.rate(id, rating);
		const counts = countRatings(data, { ratings: { ...view.draft.ratings, [id]: rating } });
		setAnnouncement(
			words.rated(number, RATING_LABELS[rating], counts.total - counts.unrated, counts.total),
		);
	};

	return (
		<section class="app-traffic-light" aria-labelledby={`${base}-title`}>
			<h2 class="app-traffic-light__title" id={`${base}-title`}>
				{data.title}
			</h2>
			<div class="app-traffic-light__intro" dangerouslySetInnerHTML={{ __html: data.introHtml }} />
			<p>{t.trafficLight.howTo}</p>
			<p>{t.trafficLight.keptHere}</p>
			{links && <OtherPages links={links} />}
			{!view.kept && (
				<div class="app-notice app-notice--warning" role="alert">
					<p>{t.trafficLight.notKept}</p>
				</div>
			)}
			<LoadingNote ready={view.ready}>{t.trafficLight.loading}</LoadingNote>

			<ViewDetails
				base={base}
				draft={view.draft}
				groups={groups}
				today={localDay(new Date())}
				errors={{ group: errorOf('group'), ratedOn: errorOf('ratedOn') }}
				disabled={disabled}
				onGroup={view.setGroup}
				onRatedOn={view.setRatedOn}
			/>

			<dl class="app-traffic-light__key">
				{(['green', 'amber', 'red'] as const).map((rating) => (
					<div class="app-traffic-light__key-row" key={rating}>
						<dt>
							<span class={`app-swatch app-swatch--${rating}`} aria-hidden="true" />
							{RATING_LABELS[rating]}
						</dt>
						<dd>{RATING_MEANINGS[rating]}</dd>
					</div>
				))}
			</dl>

			<ol class="app-traffic-light__statements">
				{data.statements.map((statement, index) => (
					<StatementRating
						key={statement.id}
						statement={statement}
						number={index + 1}
						id={statementId(statement.id)}
						words={words}
						html={statement.html}
						showLooksLike
						choices={CHOICES}
						inline
						rating={view.draft.ratings[statement.id]}
						note={view.draft.notes[statement.id] ?? ''}
						disabled={disabled}
						onRate={(rating) => rate(statement.id, index + 1, rating)}
						onNote={(text) => view.note(statement.id, text)}
					/>
				))}
			</ol>

			<ViewSummary base={base} data={data} ratings={view.draft.ratings} statementId={statementId} />

			<FinishActions
				base={base}
				words={words}
				headingLevel={3}
				problems={problems.map((problem) => ({
					problem,
					fieldId: detailFieldId(base, problem.field, groups),
				}))}
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
					setAnnouncement(words.newViewStarted);
				}}
			/>
			<div class="nhsuk-u-visually-hidden" role="status" aria-live="polite">
				{announcement}
			</div>
		</section>
	);
}

/** Where young people and the person running the review go instead of this form. */
function OtherPages({ links }: { links: ReviewLinks }) {
	const words = t.trafficLight;
	return links.linked ? (
		<ul class="app-traffic-light__other-pages">
			{links.youngPeople && (
				<li>
					{words.youngPeopleBefore}
					<a href={links.youngPeople}>{words.youngPeopleLink}</a>
					{words.youngPeopleAfter}
				</li>
			)}
			<li>
				{words.facilitatorBefore}
				<a href={links.session}>{words.facilitatorLink}</a>
				{words.facilitatorAfter}
			</li>
		</ul>
	) : (
		<ul class="app-traffic-light__other-pages">
			{links.youngPeople && <li>{words.youngPeopleNamed}</li>}
			<li>{words.facilitatorNamed}</li>
		</ul>
	);
}
