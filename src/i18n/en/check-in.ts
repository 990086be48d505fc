/**
 * English strings of the confidence check-ins, the course baseline and the module feedback form.
 * Not part of `en-islands.ts`: their islands import this file themselves, so only the pages that
 * show these forms (a module's first and last lessons, My progress) load these words.
 */
import type {
	EverydayStatementId,
	FeedbackRating,
	ScalePoint,
} from '../../schemas/evaluation-ids.ts';

const timeOf = (at: Date) => at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

export const checkIn = {
	checkIn: {
		startTitle: 'Before you start: how confident are you?',
		endTitle: 'Now you have finished: how confident are you?',
		optional: '(optional)',
		startIntro:
			'Rate yourself now and again at the end of the module to see what has changed. It takes a minute, and it does not affect your score or whether you complete the module. You can skip any question.',
		endIntro:
			'Rate yourself again, as honestly as at the start. It does not affect your score or whether you complete the module. You can skip any question.',
		/** Where the answers go, by output. */
		keptOnDevice: 'Your answers stay on this device.',
		sentToLms:
			'Your answers are sent to your organisation’s learning system with your results, so the people who run this course can see whether it helps.',
		skip: 'Skip to the lesson',
		loading: 'You can answer once the page has finished loading.',
		confidenceHeading: 'How confident are you that you can:',
		confidenceScale: {
			1: 'Not at all confident',
			2: 'A little confident',
			3: 'Fairly confident',
			4: 'Confident',
			5: 'Very confident',
		} satisfies Record<ScalePoint, string>,
		statementsHeading: 'How much do you agree?',
		agreementScale: {
			1: 'Strongly disagree',
			2: 'Disagree',
			3: 'Neither agree nor disagree',
			4: 'Agree',
			5: 'Strongly agree',
		} satisfies Record<ScalePoint, string>,
		statements: {
			's-everyday-tool':
				'I think about human rights in everyday decisions about care, not only when something has gone wrong.',
			's-explain-decision':
				'I can explain a decision that limits what a young person can do in terms of their rights.',
			's-raise-concern':
				'I would feel able to raise a concern when I think a decision does not respect a young person’s rights.',
		} satisfies Record<EverydayStatementId, string>,
		rightsHeading: 'The 16 rights',
		rightsGuessLabel:
			'How many of the 16 rights in the Human Rights Act do you think you could name?',
		rightsGuessHint: 'A number from 0 to 16.',
		rightsGuessError: 'Enter a whole number from 0 to 16, or leave it empty',
		rightsNameLabel: 'Now write down as many of the rights as you can, one on each line',
		rightsNameHint:
			'In your own words. Do not look them up: this is only to show you what you know now. What you type is not kept, only which rights it names.',
		save: 'Save my answers',
		saving: 'Saving…',
		errorTitle: 'There is a problem',
		savedAt: (at: Date) => `Your answers were saved at ${timeOf(at)}.`,
		keptInTabAt: (at: Date) =>
			`Your answers are kept in this tab since ${timeOf(at)}, but not saved on this device.`,
		savedBefore: 'You have answered this before. Change any answer and save again.',
		named: (count: number) => `You named ${count} of the 16 rights.`,
		namedList: 'The rights you named:',
		namedBefore: (count: number) => `At the start you named ${count}.`,
		changeHeading: 'How your confidence changed',
		changeCaption: 'Your confidence in each outcome, at the start of the module and now',
		outcome: 'Outcome',
		atStart: 'At the start',
		now: 'Now',
		notRated: 'Not rated',
		changeColumn: 'Change',
		change: (change: number) =>
			change === 0 ? 'No change' : `${change > 0 ? 'Up' : 'Down'} ${Math.abs(change)}`,
	},
	feedback: {
		title: 'Tell us what you thought of this module',
		intro:
			'Your feedback helps the people who run this course improve it. Every question is optional.',
		questions: {
			relevance: 'How relevant was this module to you?',
			clarity: 'How clear was this module?',
		} satisfies Record<FeedbackRating, string>,
		scales: {
			relevance: {
				1: 'Not relevant',
				2: 'A little relevant',
				3: 'Fairly relevant',
				4: 'Relevant',
				5: 'Very relevant',
			},
			clarity: {
				1: 'Not clear',
				2: 'A little clear',
				3: 'Fairly clear',
				4: 'Clear',
				5: 'Very clear',
			},
		} satisfies Record<FeedbackRating, Record<ScalePoint, string>>,
		changeLabel: 'What would you change about this module?',
		changeHint:
			'Do not write names or anything that could identify you, a young person, a family member or a colleague.',
		tooLong: (limit: number) =>
			`Keep your answer to ${limit.toLocaleString('en-GB')} characters or fewer`,
		save: 'Send feedback',
		loading: 'You can give feedback once the page has finished loading.',
		savedAt: (at: Date) => `Thank you. Your feedback was saved at ${timeOf(at)}.`,
		keptInTabAt: (at: Date) =>
			`Thank you. Your feedback is kept in this tab since ${timeOf(at)}, but not saved on this device.`,
	},
	myChange: {
		heading: 'How your confidence changed',
		intro:
			'What you said at the start and at the end of each module. Only you can see this: it stays on this device.',
		moduleCaption: (title: string) => `${title}: your confidence at the start and at the end`,
		baselineHeading: 'Your starting point and now',
		rightsCaption: 'How many of the 16 rights you could name',
		guessed: 'You thought you could name',
		named: 'You named',
		ofSixteen: (count: number) => `${count} of 16`,
		statementsCaption: 'Using rights in everyday decisions: how much you agreed',
		statement: 'Statement',
		none: 'Rate your confidence at the start and end of a module to see how it changes here.',
	},
};
