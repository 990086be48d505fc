/** English interface strings the islands share: the site name, common words, status, the launch page and the storage notice. */
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
	status: {
		'not-started': 'Not started',
		'in-progress': 'In progress',
		completed: 'Completed',
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
