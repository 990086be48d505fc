/**
 * The site's interface strings in British English: labels, buttons, headings, notices and
 * announcements written in islands, layouts, pages and components. Course content (lessons,
 * scenarios, rights, glossary) lives in `modules/` and `content/`, not here.
 *
 * A second language is a second file exporting a `Strings` object. Strings that take values are
 * functions, so each language keeps its own word order and plurals. Where a sentence wraps an
 * element (a link, a title in bold), the parts around it are `before` and `after`; strings ending
 * in `Html` hold inline markup and contain no values.
 */
export const en = {
	/** BCP 47 tag for dates and times. */
	locale: 'en-GB',
	site: {
		name: 'Rights in Practice',
		/** The browser tab's title for a page. */
		pageTitle: (title: string) => `${title} – Rights in Practice`,
		skipLink: 'Skip to main content',
	},
	common: {
		/** Visually hidden before the title of a warning callout. */
		important: 'Important: ',
		/** Visually hidden before an inset text. */
		information: 'Information: ',
		/** Visually hidden before an error message. */
		error: 'Error:',
		contentWarning: 'Content warning',
		percent: (value: number) => `${value}%`,
		/** Visually hidden after a repeated link text, naming what it is for. */
		linkFor: (title: string) => `: ${title}`,
		previous: 'Previous',
		next: 'Next',
		/** Visually hidden between "Previous"/"Next" and the page named. */
		paginationSeparator: ':',
		sources: 'Sources',
		downloadProgress: 'Download my progress',
	},
	header: {
		navLabel: 'Main',
		course: 'Course',
		progress: 'My progress',
		tools: 'Tools',
		rights: 'The 16 rights',
		glossary: 'Glossary',
	},
	footer: {
		heading: 'About this course',
		sources: 'Sources',
		law: 'The law as at',
		progress: 'Export or reset your progress',
		privacySite:
			'Your progress is stored only in this browser. Nothing you do here is sent anywhere.',
		privacyScorm:
			'Your organisation’s learning system records your progress, score and answers to questions. Notes you write stay on this device.',
	},
	breadcrumbs: {
		label: 'Breadcrumb',
		/** Visually hidden before the parent page's name in the back link. */
		backTo: 'Back to ',
	},
	lessonPagination: {
		label: 'Lessons',
		moduleOverview: 'Module overview',
	},
	status: {
		'not-started': 'Not started',
		'in-progress': 'In progress',
		completed: 'Completed',
	},
	categories: {
		absolute: 'Absolute right',
		limited: 'Limited right',
		qualified: 'Qualified right',
		'non-freestanding': 'Not free-standing',
	},
	callout: {
		important: 'Important',
		keyPoint: 'Key point',
		/** Visually hidden before a key point. */
		keyPointPrefix: 'Key point: ',
	},
	legalRef: {
		/** Visually hidden before a source note's number. */
		note: 'source ',
	},
	term: {
		toggleLabel: (term: string) => `What “${term}” means`,
		glossaryLink: 'See the glossary',
	},
	pageSources: {
		heading: 'Sources for this page',
	},
	lawStatus: {
		asAt: 'The law as at ',
		sources: 'Sources:',
		allNotes: 'Law as at: every law note and when it is checked',
		brief: 'The law:',
		seeAbove: 'See the law note above',
		seeOn: 'See the law note on ',
	},
	versionLink: {
		easyReadLink: 'Easy read version',
		easyReadAfter: ' of this module, with short sentences, pictures and bigger text.',
		easyReadNamed: (title: string) =>
			`There is an easy read version of this module, with short sentences, pictures and bigger text: “${title}”.`,
		fullBefore: 'This is the easy read version. Read the ',
		fullLink: 'full version',
		fullAfter: '.',
		fullNamed: (title: string) =>
			`This is the easy read version. The full version is called “${title}”.`,
	},
	crisisBox: {
		heading: 'If you feel unsafe',
		lead: 'If you feel unsafe or like hurting yourself, tell a member of staff now.',
		outside: 'You can also talk to someone outside the ward:',
		call: 'Call',
		text: 'Text',
		/** After a text keyword: "Text SHOUT to 85258". */
		textKeywordTo: (keyword: string) => ` ${keyword} to`,
		online: (service: string, where: string) => `${service} at ${where}`,
		emergency: 'In an emergency,',
		emergencyOr: ' or ',
		emergencyOnline: (service: string, where: string) => `use ${service} at ${where}`,
		checked: (date: string) => `Numbers checked on ${date}.`,
	},
	launch: {
		contentsModule: 'Module contents',
		contentsCourse: 'Course contents',
		frameTitle: (title: string) => `${title}: lessons`,
		noScript:
			'This module needs JavaScript to record your progress. Turn on JavaScript and open it again.',
		noLms: 'This module could not connect to your learning system.',
		/** After the reason the learning system is not recording progress. */
		keptOnDevice: (reason: string) =>
			`${reason} Your progress is kept on this device only and is not recorded there. Close the module and open it again from your learning system to have it recorded.`,
	},
	storageNotice: {
		title: 'Your progress will not be kept',
		/** `problem` is a clause saying why, when known. */
		body: (problem: string | undefined) =>
			`This browser is not letting the course save your progress${problem ? ` (${problem})` : ''}. You can keep working, but when you close this tab your answers will be lost. Download your progress to keep a copy, and load it again later from the My progress page.`,
	},
	home: {
		description:
			"Human rights as an everyday decision tool in children and young people's inpatient mental health services.",
		lede: 'Human rights as a practical tool for everyday decisions on children and young people’s mental health wards: for staff, for young people and families, and for the people who commission care.',
		siteBefore:
			'Work at your own pace. There is no account to create: your progress is kept in this browser, and you can ',
		siteLink: 'export it',
		siteAfter: (minutes: number) => ` to keep a copy. About ${minutes} minutes in all.`,
		scorm: (minutes: number) =>
			`Work at your own pace, one module at a time: your learning system records your progress, and the course is complete when every module is. About ${minutes} minutes in all.`,
		modules: 'Modules',
		moduleMeta: (audience: string, minutes: number, lessons: number) =>
			`For ${audience}. About ${minutes} minutes, ${lessons} lesson${lessons === 1 ? '' : 's'}.`,
	},
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
			'Rate each statement together as a team, with young people, families and advocates. There is no overall score: the point is to see where to act first.',
		loading: 'The ratings can be chosen once the page has finished loading.',
		statement: (number: number) => `Statement ${number}`,
		looksLike: 'What Amber and Red look like',
		rated: (number: number, rating: string, counts: string) =>
			`Statement ${number} rated ${rating}. Now ${counts}`,
		summary: (title: string) => `Summary: ${title}`,
		chart: (counts: string) => `Bar chart of ratings: ${counts}`,
		countsCaption: 'Statements by rating',
		rating: 'Rating',
		statements: 'Statements',
		total: 'Total',
		plan: 'Action plan',
		planEmpty:
			'No statement is rated Red or Amber yet. Red and Amber statements appear here, Red first.',
		planHint:
			'Red statements come first. Each action is a suggestion to start from: edit it to fit your ward, and agree an owner and a date for every Red item. Changes are saved on this device.',
		action: 'Improvement action',
		actionFor: (number: number) => ` for statement ${number}`,
		actionPrinted: 'Improvement action:',
		green: 'Rated Green',
		unrated: 'Not rated yet',
		print: 'Print the summary',
		download: 'Download action plan (CSV)',
		downloaded: 'The action plan has been downloaded as a CSV file.',
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
	certificate: {
		pageTitle: (module: string) => `Certificate: ${module}`,
		heading: 'Your certificate',
		pendingBefore: 'You have not completed ',
		pendingAfter: ' yet.',
		start: 'Start the module',
		resume: 'Carry on with the module',
		nameLabel: 'Your name, as it should appear on the certificate',
		nameHint: 'Your name is kept in this browser only.',
		title: 'Certificate of completion',
		certify: 'This is to certify that',
		namePlaceholder: 'Your name',
		completed: 'has completed the module',
		date: 'Date completed',
		version: 'Module version',
		score: 'Score',
		noAssessment: 'No assessment',
		note: 'Completed as self-paced learning. This certificate was produced on the learner’s own device.',
		print: 'Print or save as PDF',
	},
	progress: {
		title: 'My progress',
		intro:
			'Your progress is kept in this browser on this device only. Nobody else can see it. To move it to another device or keep a copy, download it below and load it again there.',
		lessonsOpened: 'Lessons opened',
		lessonsCount: (visited: number, total: number) => `${visited} of ${total}`,
		assessment: 'Assessment',
		noAssessment: 'No assessment',
		answered: (answered: number, total: number) => `${answered} of ${total} questions answered`,
		score: (score: number, passMark: number, passed: boolean | undefined) =>
			`${score}% (pass mark ${passMark}%)${passed ? ', passed' : ', not yet passed'}`,
		scenario: (title: string) => `Scenario: ${title}`,
		outcomes: {
			positive: 'Good outcome',
			mixed: 'Mixed outcome',
			negative: 'Poor outcome',
		},
		ending: (outcome: string, score: number) => `${outcome} (${score}%)`,
		inProgress: 'In progress',
		bestScore: (score: number) => `Best score ${score}%`,
		notPlayed: 'Not played',
		start: 'Start',
		resume: 'Resume',
		certificate: 'Certificate',
		/** Visually hidden after "Certificate". */
		certificateFor: (title: string) => ` for ${title}`,
	},
	progressTools: {
		heading: 'Keep, move or clear your progress',
		downloadHeading: 'Download a copy',
		downloadText: 'Save your progress as a file. It includes your answers and any notes you wrote.',
		loadHeading: 'Load a copy',
		fileLabel: 'Progress file (.json)',
		fileHint: 'Loading a file replaces the progress kept in this browser.',
		load: 'Load progress from file',
		noFile: 'Choose a progress file to load first.',
		/** After the reason a file could not be loaded. */
		notLoaded: (reason: string) => `${reason} Your current progress has not been changed.`,
		loaded: 'Your progress has been loaded from the file.',
		resetHeading: 'Start again',
		confirmTitle: 'Delete all your progress?',
		confirmText:
			'This deletes every answer, note and certificate date kept in this browser. It cannot be undone.',
		confirm: 'Yes, delete my progress',
		cancel: 'Cancel',
		reset: 'Delete my progress',
		deleted: 'Your progress has been deleted from this browser.',
	},
	tools: {
		title: 'Tools for your team',
		description:
			'The Rights Check decision helper and the Traffic Light review, to use on shift or in a team meeting.',
		lede: 'Two tools from the course that you can use on their own, on shift or in a meeting.',
		rightsCheck: {
			title: 'The Rights Check',
			card: 'Think a decision through in eight short steps before you act: which rights it touches, whether it is lawful, what it is for, and whether there is a less restrictive way. Print the summary for your record.',
			description:
				"A decision helper for children and young people's wards: eight steps from the decision to the record.",
			lede: 'Eight short steps to think a decision through before you act, and a summary to print for your record. Your answers stay in this browser.',
			/** The standalone check's own title and situation. */
			checkTitle: 'Rights Check',
			situationHtml:
				'<p>Use this for a decision you are about to make or a rule someone has proposed: a search, a restriction, a change to visits or leave. Describe it without names or details that could identify anyone.</p>',
		},
		trafficLight: {
			title: 'The Traffic Light review',
			card: 'Rate your ward or service against 12 statements with young people and families, see where you stand, and download an action plan.',
			description:
				'A self-assessment for ward teams and commissioners: rate 12 statements Red, Amber or Green and make an action plan.',
			lede: 'A review for a ward team or a commissioner, done together with young people, families and advocates. Your ratings stay in this browser; download the action plan to share it.',
		},
	},
	rights: {
		title: 'The 16 rights',
		description:
			"The 16 rights in the Human Rights Act 1998, with examples from children and young people's wards.",
		heading: 'The 16 rights in the Human Rights Act',
		lede: 'The Human Rights Act 1998 protects 16 rights from the European Convention on Human Rights. They are listed in Schedule 1 to the Act.',
		kindsHtml:
			'Some rights are <strong>absolute</strong>: they can never be limited. Some are <strong>limited</strong>: they can be restricted only in the situations the article lists. Others are <strong>qualified</strong>: they can be interfered with when that is lawful, has a legitimate aim and is proportionate.',
		caption: 'The 16 rights, in the order of Schedule 1',
		article: 'Article',
		right: 'Right',
		type: 'Type',
		onWards: 'How often it comes up on wards',
		notInPractice: 'Not in practice',
		source:
			'Source: Human Rights Act 1998, section 1 and Schedule 1; ECHR Article 15(2) for the rights that can never be suspended.',
		canBeLimited: 'Can it be limited?',
		onTheWard: "On a children and young people's ward",
		paginationLabel: 'Rights',
	},
	glossary: {
		title: 'Glossary',
		description: 'Plain-language meanings of the legal and clinical terms the course uses.',
		lede: 'The legal and clinical words this course uses, in plain language.',
		source: 'Source:',
	},
	sources: {
		title: 'Sources',
		description: 'Every source the course relies on.',
		lede: 'Every law, case and document this course relies on.',
		notChecked:
			'Entries marked “not re-checked” were cited from established legal knowledge and were not checked against a retrieved copy when the course was written. Check them before relying on them.',
		kinds: {
			legislation: 'Legislation',
			convention: 'Conventions',
			case: 'Cases',
			guidance: 'Official guidance',
			report: 'Reports',
			commentary: 'Commentary used for dates and status',
		},
		notCheckedTag: 'Not re-checked',
	},
	law: {
		title: 'The law as at',
		description:
			'Every statement of changing law in the course, with the date it was checked and the date it is checked again.',
		heading: 'The law as at our last check',
		lede: 'Some of the law this course teaches is changing. Each note below says what our sources showed, when we last checked it and when we will check it again.',
		caution:
			'A note is only as current as its date. For a decision about a particular young person, check with your Mental Health Act office, safeguarding lead or legal team.',
		contents: 'Contents',
		lastChecked: 'Last checked',
		checkBy: 'Check again by',
		overdue: 'Check overdue',
		uses: 'Where the course uses it',
	},
};

/** The shape every language file fills. */
export type Strings = typeof en;

/** The interface strings the site uses. */
export const t: Strings = en;
