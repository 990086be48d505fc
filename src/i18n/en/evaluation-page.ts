/** English interface strings: the trainers' evaluation summary (/tools/evaluation/). */
import type { FeedbackRating } from '../../schemas/evaluation-ids.ts';

const plural = (count: number, one: string, many: string) =>
	`${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

/** "“A”, “B” and “C”". */
const titles = (items: readonly string[]) => {
	const quoted = items.map((item) => `“${item}”`);
	return quoted.length <= 1
		? (quoted[0] ?? '')
		: `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)!}`;
};

export const trainerEvaluation = {
	evaluationPage: {
		title: 'Evaluation summary',
		description:
			'For trainers: see how learners’ confidence changed before and after each module, and what they said about it, from their progress files or your LMS’s interactions export.',
		card: 'For trainers: load learners’ progress files or your LMS’s interactions export, and see how confidence changed before and after each module and what learners said about it.',
		lede: 'For the people who run the course. Load the progress files learners downloaded from My progress, or the interactions report your LMS exports, and see per module and outcome how confident learners were before and after, how many of the 16 rights they could name, and their feedback.',
		privacy:
			'Everything stays on this device: the files are read in this browser and nothing is sent anywhere or kept once you leave the page. The ratings never affect a learner’s score or completion.',
		loading: 'You can load files once the page has finished loading.',
		load: {
			heading: '1. Load the files',
			intro:
				'Load as many files as you like, in one go or a few at a time: learners’ progress files (.json, from the My progress page) and your LMS’s interactions export (.csv or .txt; in Moodle, Reports › Interactions report, downloaded in text format). A file loaded twice counts once.',
			label: 'Progress files and LMS exports',
			hint: 'Choose one or more files ending in .json, .csv or .txt.',
			reading: 'Reading the files…',
			/** "2 files loaded, 1 already loaded, 1 not loaded." */
			result: (added: number, repeated: number, refused: number) => {
				const parts = [
					added > 0 ? `${plural(added, 'file', 'files')} loaded` : 'No files loaded',
					repeated > 0 ? `${repeated.toLocaleString('en-GB')} already loaded` : '',
					refused > 0 ? `${refused.toLocaleString('en-GB')} not loaded` : '',
				].filter(Boolean);
				return `${parts.join(', ')}.`;
			},
			errorTitle: 'There is a problem',
			refusedIntro: (count: number) =>
				count === 1
					? 'This file was not loaded. The other files are.'
					: `These ${count.toLocaleString('en-GB')} files were not loaded. The other files are.`,
			repeatedHeading: 'Counted once',
			filesHeading: 'Files loaded',
			noFiles: 'No files loaded yet.',
			progressFile: (name: string) => `${name}: a learner’s progress file`,
			lmsFile: (name: string, attempts: number) =>
				`${name}: an LMS export, ${plural(attempts, 'attempt', 'attempts')}`,
			notesHeading: 'How learners were counted',
			clear: 'Remove all files',
			cleared: 'All files removed.',
		},
		results: {
			heading: '2. What the files show',
			none: 'Load files to see the figures here.',
			noAnswers:
				'The files loaded hold no confidence ratings, baseline answers or feedback yet, so there are no figures to show.',
			learners: (count: number) =>
				`${plural(count, 'learner', 'learners')} with at least one answer.`,
			unanswered: 'Modules with no answers in these files:',
			csvHint:
				'Every figure on this page, one figure per row, for a spreadsheet. Written answers are included.',
			csv: 'Download as CSV',
			csvAnnounced: (name: string) => `${name} downloaded.`,
			moduleLearners: (count: number) =>
				`${plural(count, 'learner', 'learners')} answered in this module.`,
			notInCourse:
				'The course no longer has this module: these answers come from an earlier version.',
			confidenceHeading: 'Confidence in each outcome',
			confidenceScale: '1 is “not at all confident” and 5 is “very confident”.',
			noConfidence: 'No confidence ratings for this module.',
			formerOutcome: (id: string) => `An outcome the module no longer has (${id})`,
			feedbackHeading: 'Feedback',
			noFeedback: 'No feedback for this module.',
			commentsHeading: 'What learners would change',
			commentsCount: (count: number) => plural(count, 'answer', 'answers'),
			commentsReminder:
				'Learners are asked not to write names or anything that could identify anyone. If an answer does, do not copy it anywhere else.',
			noComments: 'No written answers.',
		},
		baseline: {
			heading: 'Course baseline',
			/** The modules that ask the baseline at their start and at their end, in course order. */
			intro: (before: readonly string[], after: readonly string[]) =>
				`Before is each learner’s answer at the start of ${before.length > 0 ? titles(before) : 'a module'}; after is their answer at the end of ${after.length > 0 ? titles(after) : 'a module'}. Where more than one module asks, the first answer before and the last answer after count.`,
			learners: (count: number) => `${plural(count, 'learner', 'learners')} answered.`,
			none: 'No answers to the course baseline in these files.',
			rightsHeading: 'The 16 rights',
			rightsGuess: 'How many rights learners thought they could name',
			rightsNamed: 'How many rights learners named',
			rightsScale: 'The number of the 16 rights, in four bands.',
			statementsHeading: 'Using rights in everyday decisions',
			statementsScale: '1 is “strongly disagree” and 5 is “strongly agree”.',
		},
		feedback: {
			questions: {
				relevance: 'How relevant learners found the module',
				clarity: 'How clear learners found the module',
			} satisfies Record<FeedbackRating, string>,
			scales: {
				relevance: '1 is “not relevant” and 5 is “very relevant”.',
				clarity: '1 is “not clear” and 5 is “very clear”.',
			} satisfies Record<FeedbackRating, string>,
			change: 'What would you change?',
		},
		figures: {
			caption: (item: string) => `Learners by answer, before and after: ${item}`,
			feedbackCaption: (item: string) => `Learners by rating: ${item}`,
			rating: 'Rating',
			rights: 'Rights',
			before: 'Before',
			after: 'After',
			learners: 'Learners',
			answered: 'Learners who answered',
			median: 'Median',
			none: 'None',
			change: (change: string, both: number) =>
				`Median change: ${change}, from the ${plural(both, 'learner', 'learners')} who answered before and after.`,
			noChange: 'No learner answered both before and after, so there is no change to show.',
			/** Shown beside the chart, which repeats the table's figures. */
			legendBefore: 'Before (plain)',
			legendAfter: 'After (striped)',
		},
	},
};
