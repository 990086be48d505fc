/**
 * The rows of an LMS export, sorted into attempts: who, which attempt, and the interactions
 * (id and response) it holds. Two layouts are read, told apart by the first row's headings:
 *
 * Moodle 4.5's SCORM Interactions report (Reports › Interactions report, downloaded in text
 * format: tab-separated), as `mod/scorm/report/interactions/classes/report.php` writes it: one row
 * per attempt; "Name", then the site's identity fields ("Email address" by default), "Attempt",
 * "Started on", "Last accessed on", "Score", a column per SCO, then for each interaction index
 * N from 0 "Question N" (the interaction id), "Response N", "Right answer N" and "Result N", each
 * only when ticked in the report's options (`lang/en/scormreport_interactions.php`). Cells are
 * HTML-escaped by Moodle's `s()`, so entities are decoded. A learner with no attempt has "-".
 *
 * The long layout, one row per interaction: "learner", "interaction id", "response" and,
 * optionally, "attempt" (a whole number; 1 when there is none). Headings are matched without
 * regard to case, with `_` read as a space.
 *
 * Messages say what is wrong without the file's name, which the caller adds.
 */
import { decodeEntities } from '../course/html-text.ts';
import type { RecordedInteraction } from './from-interactions.ts';

interface LmsAttempt {
	/** Same key, same learner: the name and identity cells, compared without regard to case. */
	key: string;
	/** The learner's name as the LMS writes it. */
	label: string;
	attempt: number;
	interactions: RecordedInteraction[];
}

export type LmsRowsResult =
	| {
			ok: true;
			layout: 'moodle' | 'long';
			attempts: LmsAttempt[];
			/** Rows of learners with no attempt (Moodle's "-"). */
			withoutAttempt: number;
	  }
	| { ok: false; message: string };

const heading = (cell: string) => cell.trim().replace(/_/g, ' ').replace(/\s+/g, ' ').toLowerCase();
const NUMBERED = /^(question|response) (\d+)$/;
const NO_ATTEMPT = new Set(['', '-']);

function attemptNumber(cell: string): number | undefined {
	const text = cell.trim();
	return /^\d{1,6}$/.test(text) && Number(text) >= 1 ? Number(text) : undefined;
}

function fail(message: string): LmsRowsResult {
	return { ok: false, message };
}

/** Reads the rows of a delimited file (the first is the headings) as attempts. */
export function readLmsRows(rows: readonly string[][]): LmsRowsResult {
	const headings = (rows[0] ?? []).map(heading);
	const numbered = headings.map((text) => NUMBERED.exec(text));
	if (numbered.some(Boolean)) return readMoodle(rows, headings, numbered);
	if (['learner', 'interaction id', 'response'].every((name) => headings.includes(name)))
		return readLong(rows, headings);
	return fail(
		'it is not an LMS interactions export this page can read: its first row has neither Moodle’s columns (“Attempt”, “Question 0”, “Response 0” …) nor the columns “learner”, “interaction id” and “response”.',
	);
}

function readMoodle(
	rows: readonly string[][],
	headings: readonly string[],
	numbered: ReadonlyArray<RegExpExecArray | null>,
): LmsRowsResult {
	const questions = new Map<string, number>();
	const responses = new Map<string, number>();
	numbered.forEach((match, column) => {
		if (match) (match[1] === 'question' ? questions : responses).set(match[2]!, column);
	});
	if (questions.size === 0)
		return fail(
			'it has the learners’ responses but not the interaction ids (the “Question” columns), so the answers cannot be told apart. In Moodle’s Interactions report, tick “Summary of question” as well as “Summary of responses”, then download it again.',
		);
	if (responses.size === 0)
		return fail(
			'it has the interaction ids but not the learners’ responses (the “Response” columns). In Moodle’s Interactions report, tick “Summary of responses” as well as “Summary of question”, then download it again.',
		);
	const attemptColumn = headings.indexOf('attempt');
	if (attemptColumn < 1)
		return fail(
			'it has no “Attempt” column after the learner’s name, which Moodle’s Interactions report always has. Download the report again without changing its columns.',
		);
	const pairs = [...questions].flatMap(([index, question]) => {
		const response = responses.get(index);
		return response === undefined ? [] : [{ question, response, title: `Response ${index}` }];
	});

	const attempts: LmsAttempt[] = [];
	let withoutAttempt = 0;
	for (let index = 1; index < rows.length; index++) {
		const row = rows[index]!.map(decodeEntities);
		const where = `row ${index + 1}`;
		// Moodle writes a score and every interaction once per SCO in each row but names them once
		// in the headings, so a package with several SCOs gives rows longer than the headings.
		if (row.slice(headings.length).some((cell) => cell.trim() !== ''))
			return fail(
				`${where} has more cells than the first row has headings. Moodle’s Interactions report does this for a package with more than one SCO: download the report of each module package, or of the one-SCO course package, instead.`,
			);
		const attemptCell = row[attemptColumn] ?? '';
		if (NO_ATTEMPT.has(attemptCell.trim())) {
			withoutAttempt++;
			continue;
		}
		const attempt = attemptNumber(attemptCell);
		if (attempt === undefined)
			return fail(`${where}: the “Attempt” column holds “${attemptCell}”, not an attempt number.`);
		const identity = row.slice(0, attemptColumn).map((cell) => cell.trim());
		if (identity.every((cell) => cell === ''))
			return fail(`${where} has an attempt but no learner’s name.`);
		attempts.push({
			key: `lms:${identity.join('\u001f').toLowerCase()}`,
			label: identity.find((cell) => cell !== '') ?? '',
			attempt,
			interactions: pairs.map(({ question, response, title }) => ({
				id: (row[question] ?? '').trim(),
				response: row[response] ?? '',
				where: `${where}, column “${title}”`,
			})),
		});
	}
	return { ok: true, layout: 'moodle', attempts, withoutAttempt };
}

function readLong(rows: readonly string[][], headings: readonly string[]): LmsRowsResult {
	const learnerColumn = headings.indexOf('learner');
	const idColumn = headings.indexOf('interaction id');
	const responseColumn = headings.indexOf('response');
	const attemptColumn = headings.indexOf('attempt');
	const attempts = new Map<string, LmsAttempt>();
	for (let index = 1; index < rows.length; index++) {
		const row = rows[index]!;
		const where = `row ${index + 1}`;
		const learner = (row[learnerColumn] ?? '').trim();
		const id = (row[idColumn] ?? '').trim();
		if (id === '') continue;
		if (learner === '') return fail(`${where} has an interaction but no learner.`);
		const attemptCell = attemptColumn < 0 ? '1' : (row[attemptColumn] ?? '');
		const attempt = attemptCell.trim() === '' ? 1 : attemptNumber(attemptCell);
		if (attempt === undefined)
			return fail(`${where}: the “attempt” column holds “${attemptCell}”, not an attempt number.`);
		const key = `lms:${learner.toLowerCase()}`;
		const found = attempts.get(`${key}#${attempt}`) ?? {
			key,
			label: learner,
			attempt,
			interactions: [],
		};
		attempts.set(`${key}#${attempt}`, found);
		found.interactions.push({
			id,
			response: row[responseColumn] ?? '',
			where: `${where}, column “response”`,
		});
	}
	return { ok: true, layout: 'long', attempts: [...attempts.values()], withoutAttempt: 0 };
}
