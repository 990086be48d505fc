/** English interface strings of the progress pages: certificate, My progress and its file tools. */
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
};
