/**
 * English interface strings that only the server-rendered pages use: header, footer, the author
 * components' notes, and the home, tools and reference pages. Kept apart from the islands' strings
 * (`en-islands.ts`), so no island page downloads them.
 */
export const pageChrome = {
	header: {
		navLabel: 'Main',
		course: 'Course',
		progress: 'My progress',
		tools: 'Tools',
		rights: 'The 16 rights',
		glossary: 'Glossary',
		searchLabel: 'Search the course',
		searchPlaceholder: 'Search',
		searchButton: 'Search',
	},
	search: {
		title: 'Search',
		description: 'Search the lessons, the 16 rights, the glossary and the sources.',
		label: 'Search the lessons, the 16 rights, the glossary and the sources',
		hint: 'For example, a right (“private and family life”), a word (“proportionate”) or a case (“Cheshire West”).',
		button: 'Search',
		searching: 'Searching…',
		one: '1 page found for “{query}”.',
		many: '{count} pages found for “{query}”.',
		/** More pages than are listed: `{shown}` is how many. */
		manyShown: '{count} pages found for “{query}”. The {shown} closest are listed.',
		none: 'No pages found for “{query}”. Check the spelling, or try fewer or other words.',
		failed:
			'Search could not load. Reload the page to try again, or find the page from the course, the 16 rights or the glossary.',
		needsJavaScript:
			'Search needs JavaScript. You can find pages from the course contents, the 16 rights and the glossary instead.',
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
