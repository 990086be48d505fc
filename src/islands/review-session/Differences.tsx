import type { TrafficLightData } from '../../schemas/review.ts';
import type { ReviewSession } from '../../schemas/review-files.ts';
import { agreement, differences } from '../../lib/review/differences.ts';
import { GROUP_LABELS } from '../../lib/review/groups.ts';
import { inlineHtml } from '../../lib/course/html-text.ts';
import { t } from '../../i18n/en.ts';
import { RatingsByGroup } from './RatingsByGroup.tsx';

interface Props {
	data: TrafficLightData;
	session: ReviewSession;
}

const words = t.reviewSession.differ;

/**
 * Section 2: every statement, the one groups disagree on most first, with its ratings by group
 * and the evidence notes beside them. Never a total, a score or a ranking of groups.
 */
export function Differences({ data, session }: Props) {
	const groupsWithViews = new Set(session.views.map((view) => view.group));
	return (
		<section class="app-review-session__section app-no-print" aria-labelledby="rs-differ">
			<h2 id="rs-differ">{words.heading}</h2>
			{session.views.length === 0 ? (
				<p>{words.empty}</p>
			) : (
				<>
					<p>{words.intro}</p>
					<ul class="nhsuk-list app-review-session__differences">
						{differences(data, session).map((row) => {
							const id = row.statement.id;
							return (
								<li class="app-review-session__difference" id={`rs-differ-${id}`} key={id}>
									<h3 class="nhsuk-heading-s" id={`rs-differ-${id}-title`}>
										<span class="app-review-session__number">{words.statement(row.number)}</span>{' '}
										<span dangerouslySetInnerHTML={{ __html: inlineHtml(row.statement.html) }} />
									</h3>
									<p>
										<strong class="nhsuk-tag nhsuk-tag--white">
											{words.agreement[agreement(row)]}
										</strong>
									</p>
									<div class="app-review-session__difference-body">
										<RatingsByGroup
											number={row.number}
											byGroup={row.byGroup.filter((counts) => groupsWithViews.has(counts.group))}
										/>
										<div class="app-review-session__notes">
											<h4 class="nhsuk-heading-xs">{words.notes}</h4>
											{row.notes.length === 0 ? (
												<p>{words.noNotes}</p>
											) : (
												<ul class="nhsuk-list">
													{row.notes.map((note, index) => (
														<li class="app-review-session__note" key={index}>
															<strong>{GROUP_LABELS[note.group]}:</strong> {note.text}
														</li>
													))}
												</ul>
											)}
										</div>
									</div>
									<p>
										<a href={`#rs-agree-${id}`}>{words.agreeLink(row.number)}</a>
									</p>
								</li>
							);
						})}
					</ul>
				</>
			)}
		</section>
	);
}
