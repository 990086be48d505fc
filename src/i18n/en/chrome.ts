/** English interface strings: site chrome and the author components: header, footer, notices, law notes, the launch page. */
export const chrome = {
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
		/** The learning system has refused several saves in a row (Commit or suspend data). */
		notSavedTitle: 'Your learning system has not saved your recent work.',
		notSavedBody:
			'Your work is kept in this browser on this device, so you can carry on, but it will not show on another device or in your learning record yet. Finish on this device and this browser, and try again later: the module keeps trying to save while it is open. If this message stays, tell your learning system administrator.',
	},
	storageNotice: {
		title: 'Your progress will not be kept',
		/** `problem` is a clause saying why, when known. */
		body: (problem: string | undefined) =>
			`This browser is not letting the course save your progress${problem ? ` (${problem})` : ''}. You can keep working, but when you close this tab your answers will be lost. Download your progress to keep a copy, and load it again later from the My progress page.`,
	},
};
