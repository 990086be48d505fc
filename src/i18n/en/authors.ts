/** English interface strings: the authors' pages (scenario maps), which learners are not led to. */
import type { EndingOutcome } from '../../schemas/scenario.ts';

const outcomes: Record<EndingOutcome, string> = {
	positive: 'Positive',
	mixed: 'Mixed',
	negative: 'Negative',
};

export const authors = {
	authors: {
		title: 'For course authors',
		description:
			'Maps of the branching scenarios, for the trainers who write and review the course.',
		intro:
			'This section is for course authors and trainers. It is not part of the course: learners are not linked to it, and it is not in the SCORM packages.',
		mapsHeading: 'Scenario maps',
		mapsIntro:
			'Each map draws a scenario’s steps, choices and endings, marks any part learners can never reach or never finish from, and lists every route a learner can take, so you can review all the endings without playing through.',
		playedIn: 'Played in',
		notPlayed: 'Not played in any lesson.',
		counts: (steps: number, endings: number, routes: number) =>
			`${steps} steps, ${endings} endings, ${routes} routes.`,
		needsAttention: 'Needs attention',
	},
	scenarioMap: {
		pageTitle: (title: string) => `Scenario map: ${title}`,
		caption: 'Scenario map',
		id: 'Scenario id',
		start: 'Starts at',
		problemsHeading: 'Needs attention',
		problems: {
			unreachable: 'no path from the start leads here, so learners never see it.',
			neverEnds: 'no path from here leads to an ending, so learners get stuck.',
			stuck: 'on some routes nothing is offered here and no goto holds, so learners get stuck.',
			noRoute: 'the conditions on the way never let a learner reach this ending.',
		},
		tooManyRoutes: (shown: number) =>
			`This scenario has more than ${shown} routes. The list below shows the first ${shown}.`,
		mapHeading: 'Map',
		mapName: (title: string) =>
			`Map of the scenario “${title}”. The same information follows as text.`,
		regionName: (title: string) => `Map of “${title}”`,
		legend: [
			'Boxes are steps and endings. Arrows are choices and gotos (automatic routes), labelled with their id, the choice’s words, the rights it engages, any condition (if) and the variables it sets.',
			'Endings are coloured by outcome and name it in words: green for positive, amber for mixed, red for negative.',
			'A dashed arrow is a goto. A box with a dashed border says in red what is wrong: learners never reach it, never finish from it, get stuck there on some routes, or no route reaches that ending.',
			'On a small screen, scroll the map sideways.',
		],
		svg: {
			start: 'Start',
			unreachable: 'Unreachable',
			neverEnds: 'Never reaches an ending',
			stuck: 'Some routes get stuck here',
			noRoute: 'No route reaches it',
			textIf: (condition: string) => `text if ${condition}`,
			outcome: (outcome: EndingOutcome, score: number) => `${outcomes[outcome]}, score ${score}`,
			best: 'best',
			goto: (position: number) => `goto ${position}`,
			when: (condition: string) => `if ${condition}`,
			otherwise: 'otherwise',
			sets: (assignments: string) => `sets ${assignments}`,
		},
		outcomes,
		stepsHeading: 'Steps and choices',
		startFlag: 'Start',
		unreachableFlag: 'Unreachable',
		neverEndsFlag: 'Never reaches an ending',
		stuckFlag: 'Some routes get stuck here',
		noRouteFlag: 'No route reaches it',
		textIf: 'Some text is shown only if',
		choices: 'Choices',
		goesTo: 'Goes to',
		rights: 'Rights engaged',
		sets: 'Sets',
		offeredIf: 'Offered only if',
		best: 'Marked best',
		none: 'None',
		gotos: 'Moves on by itself',
		gotoTo: (position: number) => `Goto ${position} to `,
		gotoIf: ' if ',
		gotoOtherwise: ', otherwise',
		endingsHeading: 'Endings',
		ending: 'Ending',
		outcome: 'Outcome',
		score: 'Score',
		routesCount: 'Routes',
		variablesHeading: 'Variables',
		noVariables: 'This scenario sets no variables.',
		variable: 'Variable',
		setBy: 'Set by',
		testedAt: 'Tested at',
		testedIn: {
			choice: 'choice offered if',
			goto: 'goto if',
			text: 'text shown if',
		},
		routesHeading: 'Every route',
		routesIntro: (routes: number) =>
			`${routes} ${routes === 1 ? 'route leads' : 'routes lead'} from the start, one learner’s run each. A route that comes back to a step with the same variables as before stops there.`,
		routesTo: (title: string) => `Routes to “${title}”`,
		noRouteToEnding: 'No route reaches this ending.',
		unfinishedHeading: 'Routes that do not reach an ending',
		route: (position: number, choices: number) =>
			`Route ${position}: ${choices} ${choices === 1 ? 'choice' : 'choices'}`,
		at: 'At',
		choose: 'choose',
		routeSets: ', sets ',
		movesOn: 'moves on to',
		unfinished: {
			loop: {
				before: 'Goes back to',
				after: ' with the same variables as before, so from here the route repeats itself.',
			},
			stuck: { before: 'Stuck at', after: ': nothing is offered and no goto holds.' },
		},
	},
};
