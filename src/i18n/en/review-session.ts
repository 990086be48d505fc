/** English interface strings: the facilitator's Traffic Light review session (/tools/traffic-light/session/). */

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "an owner", "an owner and a target date", "an action, an owner and a target date". */
const listOf = (parts: readonly string[]) =>
	parts.length <= 1
		? (parts[0] ?? '')
		: `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;

export const facilitator = {
	reviewSession: {
		title: 'Traffic Light review session',
		description:
			'For the facilitator of a Traffic Light review: bring the participants’ views together, see where groups differ, agree a plan and compare with an earlier review.',
		card: 'For the facilitator: load the views that young people, families and staff downloaded from the review, see where they differ, agree the ratings and an action plan, and compare with the last review.',
		lede: 'For the person running the review. Load the files participants downloaded from the Traffic Light review, see where groups see things differently, agree one rating and a plan together, and compare with the last review.',
		privacy:
			'Everything stays on this device: the files are read here and nothing is sent anywhere. The session is kept in this browser until you replace it, so a reload loses nothing. Save it to a file to keep it for the next review or to move it to another device.',
		forReview: (title: string) =>
			`This session is for the review “${title}”: it loads view files from that review only.`,
		otherReviews: 'Sessions for the course’s other reviews',
		loading: 'Getting the session ready…',
		storage: {
			heading: 'Keeping the session on this device',
			unavailable:
				'This browser is not letting the page keep the session, so it is held only while the page is open. Save the session to a file before you close or reload the page.',
			failed:
				'The session could not be kept in this browser (it may be full). Your work is held only while the page is open: save the session to a file before you close or reload the page.',
			unreadable:
				'The session kept in this browser could not be read, so a new session has been started. If you saved the earlier one to a file, load that file below.',
		},
		load: {
			heading: '1. Load the participants’ views',
			intro:
				'Participants download their views from the Traffic Light review as files ending in .view.json. Load them all here, several at once if you like. A file loaded twice counts once. A saved session (.session.json) opens the session it holds.',
			label: 'Review files',
			hint: 'Choose one or more files ending in .view.json or .session.json.',
			drop: 'Or drop the files here.',
			/** Summary of a batch: "2 views added, 1 already loaded." */
			result: (added: number, repeated: number) => {
				if (added === 0 && repeated === 0) return 'No views were added.';
				const parts = [
					added > 0 ? `${plural(added, 'view', 'views')} added` : '',
					repeated > 0 ? `${repeated} already loaded` : '',
				].filter(Boolean);
				return `${parts.join(', ')}.`;
			},
			opened: (name: string) => `${name} is open as the current session.`,
			notOpened: (name: string) => `${name} was not opened; the current session is kept.`,
			refusedHeading: (count: number) =>
				count === 1 ? 'This file was not loaded:' : `These ${count} files were not loaded:`,
			confirmTitle: (name: string) => `Open ${name} in place of this session?`,
			confirmText:
				'The current session has changes that are not saved to a file. Opening the saved session replaces them. To keep them, choose “Keep the current session”, then save it first.',
			confirm: 'Open the saved session',
			cancel: 'Keep the current session',
			viewsHeading: 'Views in this session',
			noViews: 'No views loaded yet.',
			noGroupViews: 'No views from this group yet.',
			/** "5 views: 2 Young people, 3 Staff." */
			viewCount: (views: number, parts: string[]) =>
				`${plural(views, 'view', 'views')}${parts.length ? `: ${parts.join(', ')}` : ''}.`,
			groupCount: (group: string, views: number) => `${group} ${views}`,
			view: (number: number, ratedOn: string, rated: number, total: number, notes: number) =>
				`View ${number}, given ${ratedOn}: ${rated} of ${total} statements rated, ${plural(notes, 'note', 'notes')}.`,
			remove: 'Remove',
			/** Visually hidden after "Remove". */
			removeWhich: (group: string, number: number) => ` ${group} view ${number}`,
			removed: (group: string, number: number) =>
				`${group} view ${number} was removed from the session.`,
		},
		differ: {
			heading: '2. Where views differ',
			intro:
				'The statements groups disagree on most come first. There is no overall score and no ranking: the differences are what to talk about.',
			empty: 'Load some views to see where they differ.',
			statement: (number: number) => `Statement ${number}`,
			agreement: {
				unrated: 'No group has rated this',
				'one-group': 'Only one group has rated this',
				agree: 'Groups agree',
				'differ-a-little': 'Groups differ a little',
				differ: 'Groups differ',
				'differ-widely': 'Groups differ widely',
			},
			caption: (number: number) => `Ratings by group for statement ${number}`,
			group: 'Group',
			notRated: 'Not rated',
			notes: 'Evidence notes',
			noNotes: 'No evidence notes.',
			agreeLink: (number: number) => `Agree a rating for statement ${number}`,
		},
		agree: {
			heading: '3. Agree ratings and plan actions',
			intro:
				'Agree one rating for each statement together. Every agreed Red needs an action, an owner and a target date before the plan can be marked final. The suggested action is a starting point: agree the real one with young people.',
			amberNeedsOwner: 'Amber statements need an owner and a target date too',
			legend: (number: number) => `Statement ${number}`,
			views: 'See where views differ',
			action: 'Improvement action',
			owner: 'Owner',
			ownerHint: 'A role or team, not a person’s name, for example “Ward manager”.',
			due: 'Target date',
			done: 'Done',
			optional: ' (optional)',
			/** Visually hidden after a field label, naming the statement. */
			forStatement: (number: number) => ` for statement ${number}`,
			errorTitle: 'The plan cannot be marked final yet',
			missing: {
				'agreed rating': 'an agreed rating',
				action: 'an action',
				owner: 'an owner',
				'target date': 'a target date',
			},
			needs: (number: number, parts: string[]) => `Statement ${number} needs ${listOf(parts)}`,
			fieldError: {
				'agreed rating': (number: number) => `Choose an agreed rating for statement ${number}`,
				action: (number: number) => `Enter an action for statement ${number}`,
				owner: (number: number) => `Enter an owner for statement ${number}`,
				'target date': (number: number) => `Enter a target date for statement ${number}`,
			},
			finalise: 'Mark the plan final',
			draft:
				'This plan is a draft. Once it is marked final, any change to the views, ratings or actions makes it a draft again.',
			final: (date: string) =>
				`This plan was marked final on ${date}. Any change to the views, ratings or actions makes it a draft again.`,
			draftAgain: 'The plan changed, so it is a draft again.',
			finalised: (date: string) => `The plan is marked final on ${date}.`,
			gapsAnnounced: (count: number) =>
				`The plan cannot be marked final yet: ${plural(count, 'statement needs', 'statements need')} attention.`,
		},
		export: {
			heading: '4. Save, download and print',
			titleLabel: 'Session title',
			titleHint:
				'For example “Ward 3, March 2027”. It is printed on the plan and saved in the file.',
			unsaved: 'This session has changes that are not saved to a file yet.',
			saved: 'Everything in this session is saved to a file.',
			save: 'Save the session',
			saveHint:
				'Saves everything (the views, the agreed ratings and the plan) as a file you can open here again, at the next review or on another device.',
			csv: 'Download the plan (CSV)',
			print: 'Print the plan',
			savedAnnounced: (name: string) => `The session was saved as ${name}.`,
			csvAnnounced: (name: string) => `The plan was downloaded as ${name}.`,
		},
		plan: {
			heading: (title: string) => (title ? `Action plan: ${title}` : 'Action plan'),
			caption: 'Agreed ratings and actions, by statement',
			number: 'No.',
			statement: 'Statement',
			agreed: 'Agreed rating',
			notAgreed: 'Not agreed',
			action: 'Action',
			owner: 'Owner',
			due: 'Target date',
			done: 'Done',
			yes: 'Yes',
			no: 'No',
		},
		compare: {
			heading: '5. Compare with an earlier session',
			intro:
				'Open a session saved at an earlier review, for example six months ago, to see what has moved and which actions were done.',
			label: 'Earlier session file',
			hint: 'A file ending in .session.json, saved with “Save the session”.',
			comparing: (name: string, title: string, date: string) =>
				`Comparing with ${title ? `“${title}”` : name}, saved on ${date}.`,
			counts: (better: number, worse: number, same: number, notCompared: number) =>
				`${better} better, ${worse} worse, ${same} the same, ${notCompared} not compared.`,
			caption: 'Agreed ratings then and now',
			statement: 'Statement',
			before: 'Earlier',
			after: 'Now',
			change: 'Change',
			notAgreed: 'Not agreed',
			changes: {
				better: 'Better',
				worse: 'Worse',
				same: 'Same',
				'not-compared': 'Not compared',
			},
			actionsHeading: 'Actions from the earlier plan',
			noActions: 'The earlier session had no actions.',
			actionsCaption: 'The earlier plan’s actions and whether they were done',
		},
	},
};
