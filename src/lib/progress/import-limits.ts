/**
 * Limits on a progress file, checked before it is parsed so a huge or deeply nested file is
 * refused at once with a reason instead of freezing the tab or failing later in storage.
 * No zod here: the My progress page checks the file size before it loads the validator.
 *
 * A real export is small. Even 25 modules with every lesson opened, every question answered and a
 * 2,000-character note in every reflection and review (far more than learners write) come to about
 * 1.6 MB (see the unit test that builds one), nested 8 levels deep, with no text longer than a
 * note. The limits leave a wide margin above that.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Objects and arrays inside one another, counting the file itself as level 1. */
export const MAX_DEPTH = 16;
/** Characters in one text (a note, an answer, an id), as written in the file. */
export const MAX_TEXT_LENGTH = 20_000;
/** Objects, arrays and list items in the whole file. */
export const MAX_ENTRIES = 200_000;

const CHOOSE_AGAIN = 'Choose the .json file you downloaded from the My progress page.';

/** Why a file of `bytes` bytes is refused, or `undefined` when its size is acceptable. */
export function fileSizeProblem(bytes: number): string | undefined {
	if (bytes <= MAX_FILE_BYTES) return undefined;
	const megabytes = (bytes / (1024 * 1024)).toFixed(1);
	return `This file is too large to be a progress file (${megabytes} MB; a progress file is at most ${MAX_FILE_BYTES / (1024 * 1024)} MB). ${CHOOSE_AGAIN}`;
}

/**
 * Scans the text of a file for the limits above in one pass, without parsing it, and returns
 * why it is refused, or `undefined`. Counting happens outside JSON strings only, so brackets
 * and commas inside a learner's note do not count.
 */
export function textLimitProblem(text: string): string | undefined {
	const sizeProblem = fileSizeProblem(text.length);
	if (sizeProblem) return sizeProblem;
	let depth = 0;
	let entries = 0;
	let inString = false;
	let stringStart = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (inString) {
			if (code === BACKSLASH) index++;
			else if (code === QUOTE) {
				inString = false;
				if (index - stringStart > MAX_TEXT_LENGTH) {
					return `This progress file cannot be loaded: it holds a text longer than ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters, more than any answer or note in the course. ${CHOOSE_AGAIN}`;
				}
			}
			continue;
		}
		if (code === QUOTE) {
			inString = true;
			stringStart = index + 1;
		} else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
			depth++;
			entries++;
			if (depth > MAX_DEPTH) {
				return `This file is not a progress file from this course: its data is nested more than ${MAX_DEPTH} levels deep. ${CHOOSE_AGAIN}`;
			}
		} else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
			depth--;
		} else if (code === COMMA) {
			entries++;
		}
		if (entries > MAX_ENTRIES) {
			return `This file is not a progress file from this course: it has more than ${MAX_ENTRIES.toLocaleString('en-GB')} entries. ${CHOOSE_AGAIN}`;
		}
	}
	return undefined;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
