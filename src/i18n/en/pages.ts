/** English interface strings: the reference and progress pages: certificate, My progress, tools, rights, glossary, sources, law. */
export const pages = {
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
		note: 'Completed as self-paced learning. This certificate records what this browser holds; it has not been checked by anyone.',
		/** Added when the completion came from a progress file loaded into this browser. */
		importedNote:
			'The completion comes from an imported progress file, not from work done in this browser.',
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
		/** After storage refused to keep an imported file: a clause from the storage notice. */
		notSaved: (problem: string) =>
			`This browser could not save the progress from the file (${problem}).`,
		loaded: 'Your progress has been loaded from the file.',
		/** The file reader is fetched on first use; this is when that fetch failed. */
		readerMissing:
			'This page could not load the part that reads progress files: the connection may have dropped, or the course may have been updated since you opened this page. Check your connection, reload the page and try again.',
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
		lede: 'Tools from the course that you can use on their own, on shift or in a meeting.',
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
			card: 'Rate your ward or service against 12 statements, with young people, families, advocates and staff each giving their view, then bring the views together and agree an action plan.',
			description:
				'A team review for wards and commissioners: each group rates 12 statements Red, Amber or Green, and the team agrees a rating and an action plan.',
			lede: 'A review for a ward team or a commissioner, done together with young people, families and advocates. Each person, or each group, gives their view here and downloads it as a file for the person running the review. Your view stays in this browser until then.',
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
