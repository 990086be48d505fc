/** English interface strings: module, lesson and island strings: quiz, reflection, scenario, Traffic Light, Rights Check. */

/** Words of the parts the team's and the young people's Traffic Light forms share. */
export interface ReviewFormWords {
	statement: (number: number) => string;
	ratingLabels: Record<'red' | 'amber' | 'green', string>;
	noteLabel: string;
	/** Visually hidden after `noteLabel`. */
	noteFor: (number: number) => string;
	noteHint: string;
	/** Announced when a statement is rated. */
	rated: (number: number, rating: string, rated: number, total: number) => string;
	finishHeading: string;
	finishHint: string;
	download: string;
	downloaded: (fileName: string) => string;
	errorTitle: string;
	groupMissing: string;
	dateMissing: string;
	dateFuture: string;
	newView: string;
	newViewText: string;
	newViewConfirm: string;
	cancel: string;
	newViewStarted: string;
}

export const course = {
	module: {
		completion: {
			'all-lessons': () => 'Open every lesson to complete this module.',
			'pass-assessment': (passMark: number) =>
				`Score ${passMark}% or more in the end-of-module assessment to complete this module.`,
			'all-lessons-and-pass-assessment': (passMark: number) =>
				`Open every lesson and score ${passMark}% or more in the end-of-module assessment to complete this module.`,
		},
		audience: 'For',
		time: 'Time',
		minutes: (minutes: number) => `About ${minutes} minutes`,
		toComplete: 'To complete',
		version: 'Version',
		outcomes: 'What you will be able to do',
		lessons: 'Lessons',
		start: 'Start module',
		resume: 'Resume module',
		review: 'Review module',
		lessonsOpened: (visited: number, total: number) => `${visited} of ${total} lessons opened`,
		score: (score: number) => `, score ${score}%`,
		certificate: 'Get your certificate for this module',
	},
	lessonList: {
		opened: 'Opened',
		notOpened: 'Not opened',
		here: ' (where you left off)',
	},
	lesson: {
		pageTitle: (lesson: string, module: string) => `${lesson} – ${module}`,
		position: (module: string, position: number, total: number) =>
			`${module}: lesson ${position} of ${total}`,
		lessonsOpened: (visited: number, total: number) => `Lessons opened: ${visited} of ${total}`,
		complete: 'Module complete',
		certificate: 'Get your certificate',
	},
	quiz: {
		assessmentHint: (attempts: number) =>
			`Your answers here set your score for this module.${attempts > 0 ? ` You have ${attempts} attempt${attempts === 1 ? '' : 's'} at each question.` : ''}`,
		failed: (score: number, passMark: number) =>
			`You scored ${score}%. You need ${passMark}% to pass.`,
		restart: 'Try the assessment again',
		restarted: 'The assessment has started again. Your earlier answers are cleared.',
		question: (number: number) => `Question ${number}`,
		selectAll: 'Select all that apply.',
		selectOne: 'Select an answer.',
		selectSome: 'Select at least one answer.',
		correct: 'Correct.',
		incorrect: 'Not quite.',
		correctMark: ' (correct answer)',
		answerShown: ' The correct answer is shown above.',
		sources: (labels: readonly string[]) => `Source: ${labels.join('; ')}`,
		submit: 'Check answer',
		/** `left` is `Infinity` when attempts are not limited. */
		retry: (left: number) =>
			Number.isFinite(left)
				? `Try again (${left} attempt${left === 1 ? '' : 's'} left)`
				: 'Try again',
		retrying: 'Try again. Your previous answer has been cleared.',
	},
	reflection: {
		hint: 'Your note stays in this browser and is not sent anywhere. Do not write names or anything that could identify a young person, family member or colleague.',
		savedAt: (at: Date) =>
			`Saved on this device at ${at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}.`,
		/** When the browser will not store progress (the storage notice says why). */
		keptInTabAt: (at: Date) =>
			`Kept in this tab at ${at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}, but not saved on this device.`,
	},
	scenario: {
		kicker: 'Scenario',
		outcomes: {
			positive: 'A good outcome',
			mixed: 'A mixed outcome',
			negative: 'A poor outcome',
		},
		start: 'Start the scenario',
		loading: 'The scenario starts once the page has finished loading. It needs JavaScript to run.',
		ended: (title: string) => `The scenario has ended: ${title}.`,
		nextShown: 'The next part of the scenario is shown.',
		choiceSaved: 'Your choice is saved. Feedback is shown.',
		score: (score: number) => `Score: ${score} out of 100.`,
		bestScore: (score: number) => `Your best score: ${score} out of 100.`,
		tryAgain: 'Try again',
		decision: (number: number) => `Decision ${number}`,
		whatNext: 'What happens next',
		continue: 'Continue',
		feedback: 'Feedback on your choice',
		youChose: 'You chose:',
		best: 'This was the best option here.',
		rightsEngaged: 'Rights engaged:',
		glossary: 'Look up terms in the glossary',
		question: 'What do you do?',
		chooseError: 'Select what you would do',
		choose: 'Choose',
		review: 'Review your path',
		reviewDecision: (number: number) => `Decision ${number}:`,
		reviewBest: ' (the best option)',
		better: 'A better option:',
		/** Between better options, in HTML. */
		betterOrHtml: ' <em>or</em> ',
		missing: 'This part of the scenario is missing',
		missingText:
			'The scenario has changed since you last played it. Start again to play the current version.',
		startAgain: 'Start again',
	},
	trafficLight: {
		howTo:
			'Give your view of each statement, or your group’s view: Red, Amber or Green. There is no overall score: the review shows where to act first, and where groups see things differently.',
		keptHere:
			'Your view is kept on this device until you download it. No names are needed: do not write anyone’s name, or anything that could identify a young person, a family member or a member of staff.',
		notKept:
			'This browser is not keeping your view, so it will be lost when you close the page. Download it before you leave.',
		loading: 'The form can be used once the page has finished loading.',
		groupLegend: 'Who is this view from?',
		groupHint:
			'Choose the group you speak for. If you are entering a group’s view for them, for example after a young people’s meeting, choose that group.',
		dateLabel: 'Date of this view',
		dateHint: 'Today, or the day the group gave its view.',
		looksLike: 'What Amber and Red look like',
		summary: 'Your view so far',
		chart: (counts: string) => `Bar chart of ratings: ${counts}`,
		countsCaption: 'Statements by rating',
		rating: 'Rating',
		statements: 'Statements',
		total: 'Total',
		unrated: 'Not rated yet',
		unratedHint: 'You can leave a statement unrated: the review counts it as not rated.',
		facilitatorBefore: 'Running the review? Bring everyone’s view files together on ',
		facilitatorLink: 'the review session page',
		facilitatorAfter: ', where the team agrees a rating and an action plan.',
		facilitatorNamed:
			'Running the review? Bring everyone’s view files together on the review session page of the course website (Tools, then Traffic Light review session), where the team agrees a rating and an action plan.',
		youngPeopleBefore: 'Young people can give their view on ',
		youngPeopleLink: 'a form in plain words',
		youngPeopleAfter: ' that works well on a phone.',
		youngPeopleNamed:
			'Young people can give their view on a form in plain words on the course website (Tools, then The Traffic Light review).',
		form: {
			statement: (number: number) => `Statement ${number}`,
			ratingLabels: { red: 'Red', amber: 'Amber', green: 'Green' },
			noteLabel: 'Evidence or example (optional)',
			noteFor: (number: number) => ` for statement ${number}`,
			noteHint: 'What you have seen or heard that shows this. No names.',
			rated: (number: number, rating: string, rated: number, total: number) =>
				`Statement ${number} rated ${rating}. ${rated} of ${total} statements rated.`,
			finishHeading: 'When you have finished',
			finishHint:
				'Download your view and give the file to the person running the review. If you change your mind, change your view and download it again: they keep the latest file.',
			download: 'Download your view',
			downloaded: (fileName: string) =>
				`Your view has been downloaded as ${fileName}. Give this file to the person running the review.`,
			errorTitle: 'There is a problem',
			groupMissing: 'Choose who this view is from',
			dateMissing: 'Enter the date of this view as a real date',
			dateFuture: 'The date of this view must be today or in the past',
			newView: 'Start a new view',
			newViewText:
				'A new view starts with no group, ratings or notes. Download this view first if you need it: clearing it cannot be undone.',
			newViewConfirm: 'Clear this view and start a new one',
			cancel: 'Keep this view',
			newViewStarted: 'A new, empty view has been started.',
		} satisfies ReviewFormWords,
	},
	rightsCheck: {
		/** In bold at the start of the privacy notice. */
		privacyStrong: 'Do not enter real patient information.',
		privacyAfter:
			' Use the situation below, or one that is made up or fully anonymised. Your answers stay in this browser and are not sent anywhere.',
		situation: 'The situation',
		/** A right as an option and in the summary: "Article 8: Right to respect for …". */
		rightName: (label: string, name: string) => `${label}: ${name}`,
		/** Announced when a step is shown. */
		stepShown: (number: number, total: number, label: string) =>
			`Step ${number} of ${total}: ${label}.`,
		summaryShown: 'Your summary is shown.',
		cleared: 'Your answers have been cleared.',
		/** Before the step's label in its heading. */
		step: (number: number, total: number) => `Step ${number} of ${total}`,
		anchors: 'Legal anchors:',
		errorTitle: 'There is a problem',
		rightsMissing: 'The list of rights could not be loaded.',
		/** Visually hidden before a notice's title, by its tone. */
		tones: {
			stop: 'Stop: ',
			warning: 'Warning: ',
			info: 'Note: ',
		},
		redesign: 'Go back to step 1 to change the plan',
		back: 'Back',
		next: 'Next',
		seeSummary: 'See your summary',
		summaryHeading: 'Your Rights Check summary',
		toAct: 'Points to act on',
		compare: 'Compared with the model answer',
		noneMissed: 'You selected every right the model answer lists.',
		missed: 'The model answer also lists these rights, which you did not select:',
		/** `rights` is the list of rights already joined; `count` is how many. */
		extra: (rights: string, count: number) =>
			`You also selected ${rights}. The model answer does not list ${count === 1 ? 'it' : 'them'}: worth discussing with your team.`,
		model: 'Model answer',
		answers: 'Your answers',
		section: (number: number, heading: string) => `${number}. ${heading}`,
		notAnswered: 'Not answered',
		print: 'Print the summary',
		startAgain: 'Start again',
		confirmText: 'Starting again clears all your answers. This cannot be undone.',
		confirm: 'Clear answers and start again',
		cancel: 'Keep my answers',
	},
};
