/**
 * Reading a delimited text file: a spreadsheet's CSV, or Moodle's tab-separated "text format"
 * download of a report. RFC 4180 quoting (a field in double quotes may hold the delimiter, line
 * breaks and doubled quotes), CRLF, LF or CR between records, and a UTF-8 byte order mark at the
 * start. Lines with nothing in them are left out. The limits of `progress/import-limits.ts`
 * apply: no cell longer than `MAX_TEXT_LENGTH`, no more than `MAX_ENTRIES` cells.
 */
import { MAX_ENTRIES, MAX_TEXT_LENGTH } from '../progress/import-limits.ts';

export type Delimiter = '\t' | ';' | ',';

export type DelimitedResult = { ok: true; rows: string[][] } | { ok: false; message: string };

const QUOTE = '"';

/**
 * The delimiter of the first line, outside quotes: a tab if there is one (Moodle), otherwise the
 * more frequent of semicolon (a spreadsheet in a European locale) and comma.
 */
export function detectDelimiter(text: string): Delimiter {
	let tabs = 0;
	let semicolons = 0;
	let commas = 0;
	let quoted = false;
	for (const char of text) {
		if (char === QUOTE) quoted = !quoted;
		else if (!quoted && (char === '\n' || char === '\r')) break;
		else if (!quoted && char === '\t') tabs++;
		else if (!quoted && char === ';') semicolons++;
		else if (!quoted && char === ',') commas++;
	}
	if (tabs > 0) return '\t';
	return semicolons > commas ? ';' : ',';
}

/** The records of `text`, each a list of cells; never throws. */
export function parseDelimited(rawText: string): DelimitedResult {
	const text = rawText.replace(/^\uFEFF/, '');
	const delimiter = detectDelimiter(text);
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let cells = 0;
	const endCell = () => {
		row.push(cell);
		cell = '';
		cells++;
	};
	const endRow = () => {
		endCell();
		if (row.some((value) => value.trim() !== '')) rows.push(row);
		row = [];
	};
	for (let index = 0; index < text.length; index++) {
		const char = text[index]!;
		if (quoted) {
			if (char !== QUOTE) cell += char;
			else if (text[index + 1] === QUOTE) {
				cell += QUOTE;
				index++;
			} else quoted = false;
		} else if (char === QUOTE && cell === '') quoted = true;
		else if (char === delimiter) endCell();
		else if (char === '\r' || char === '\n') {
			if (char === '\r' && text[index + 1] === '\n') index++;
			endRow();
		} else cell += char;
		if (cell.length > MAX_TEXT_LENGTH) {
			return {
				ok: false,
				message: `it holds a cell longer than ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters, more than any answer in the course.`,
			};
		}
		if (cells > MAX_ENTRIES) {
			return {
				ok: false,
				message: `it has more than ${MAX_ENTRIES.toLocaleString('en-GB')} cells, far more than an LMS export of this course.`,
			};
		}
	}
	if (quoted) {
		return {
			ok: false,
			message:
				'it is damaged: a quoted cell is never closed (a double quote is missing), so its rows cannot be told apart.',
		};
	}
	if (cell !== '' || row.length > 0) endRow();
	return { ok: true, rows };
}
