/**
 * English interface strings of the young people's Traffic Light form
 * (`/tools/traffic-light/young-people/`), written at the reading age of the young people's
 * module: the content tests check them with the form's statements.
 */
import type { ReviewFormWords } from './course.ts';

const form: ReviewFormWords = {
	statement: (number: number) => `Number ${number}`,
	ratingLabels: {
		red: 'Red: no, this is not true',
		amber: 'Amber: only some of the time',
		green: 'Green: yes, this is true',
	},
	noteLabel: 'Tell us more if you want to',
	noteFor: (number: number) => ` about number ${number}`,
	noteHint: 'For example, something that happened. Do not write anyone’s name.',
	rated: (number: number, rating: string, rated: number, total: number) =>
		`Number ${number}: ${rating}. You have answered ${rated} of ${total}.`,
	finishHeading: 'When you have finished',
	finishHint:
		'Save your answers as a file. Then give the file to the person running the review, or ask them to help you.',
	download: 'Save your answers',
	downloaded: (fileName: string) =>
		`Your answers are saved in a file called ${fileName}. Give it to the person running the review.`,
	errorTitle: 'There is a problem',
	groupMissing: 'Choose who these answers are from',
	dateMissing: 'Put in the date as a real date',
	dateFuture: 'The date must be today or before today',
	newView: 'Start again for someone else',
	newViewText: 'This clears all the answers on this page. Save them first if you need them.',
	newViewConfirm: 'Clear the answers',
	cancel: 'Keep my answers',
	newViewStarted: 'The answers are cleared. The form is ready for the next person.',
};

export const youngPeopleReview = {
	title: 'Your view of the ward',
	description:
		'A short form for young people on a mental health ward: say how well the ward respects your rights. You do not need to give your name.',
	lede: 'Staff, families and young people are checking how well your ward respects your rights. This is your part: tell us what it is really like for you.',
	whatHappens: 'What happens to your answers',
	points: [
		'You do not need to give your name.',
		'Your answers stay on this phone, tablet or computer until you save them.',
		'When you have finished, save your answers as a file. Give the file to the person running the review, or ask them to help you.',
		'They put all the answers together. The team sees what young people said next to what staff and families said. The file does not have your name on it.',
		'The team can read what you write in the boxes, so do not write anyone’s name.',
		'You can skip any question you do not want to answer.',
	],
	worried:
		'If something is worrying you now, tell a member of staff or your advocate. Do not wait for the review.',
	formHeading: 'Your answers',
	how: 'Read each sentence. Choose Green if it is true. Choose Amber if it is only true some of the time. Choose Red if it is not true.',
	notKept:
		'This phone or computer cannot keep your answers, so they will be lost when you close the page. Save them before you go.',
	loading: 'You can answer once the page has finished loading.',
	answered: (rated: number, total: number) =>
		`You have answered ${rated} of ${total}. You can skip any you want.`,
	/** Where the standalone review links to this form. */
	backToReview: 'The Traffic Light review',
	form,
};
