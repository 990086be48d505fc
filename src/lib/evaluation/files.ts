/**
 * Reading one file a trainer loads on the evaluation page: a learner's exported progress file
 * (JSON, checked by `progress/transfer.ts` with its limits) or an LMS export of the SCORM
 * interactions (CSV or tab-separated text, `lms-export.ts`). Every refusal names the file and
 * says why, so one bad file among many is easy to find; a refused file adds nothing.
 */
import { EXPORT_APP } from '../progress/export-file.ts';
import { MAX_FILE_BYTES } from '../progress/import-limits.ts';
import { parseProgressImport } from '../progress/transfer.ts';
import type { LearnerAnswers } from './answers.ts';
import { parseDelimited } from './delimited.ts';
import { answersFromInteractions } from './from-interactions.ts';
import { answersFromProgress } from './from-progress.ts';
import { readLmsRows } from './lms-export.ts';

/** A file's name, its text and its size in bytes (the text is empty for a file too big to read). */
export interface EvaluationFile {
	name: string;
	text: string;
	bytes: number;
}

export type EvaluationFileResult =
	| {
			ok: true;
			kind: 'progress' | 'lms';
			learners: LearnerAnswers[];
			/** What the trainer should know about the file, each naming it. */
			notes: string[];
	  }
	| { ok: false; message: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const looksLikeJson = (name: string, text: string) =>
	/\.json$/i.test(name) || /^\s*[{[]/.test(text.replace(/^\uFEFF/, ''));

/** Reads the file; `now` is the device's time, which no date in a progress file may be after. */
export function readEvaluationFile(
	file: EvaluationFile,
	now: Date = new Date(),
): EvaluationFileResult {
	const fail = (reason: string): EvaluationFileResult => ({
		ok: false,
		message: `${file.name}: ${reason}`,
	});
	if (file.bytes > MAX_FILE_BYTES)
		return fail(
			`this file is too large (${(file.bytes / (1024 * 1024)).toFixed(1)} MB) to be a progress file or an LMS export of this course, which are at most ${MAX_FILE_BYTES / (1024 * 1024)} MB.`,
		);
	if (file.text.trim() === '') return fail('this file is empty, or it could not be read.');
	return looksLikeJson(file.name, file.text)
		? readProgressFile(file, now, fail)
		: readLmsFile(file, fail);
}

function readProgressFile(
	file: EvaluationFile,
	now: Date,
	fail: (reason: string) => EvaluationFileResult,
): EvaluationFileResult {
	const text = file.text.replace(/^\uFEFF/, '');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return fail(
			'this is not a progress file, or it is damaged: it could not be read as JSON. Ask the learner to download it again from the My progress page.',
		);
	}
	if (!isObject(data) || data['app'] !== EXPORT_APP)
		return fail(
			'this is not a progress file from this course. A progress file is the .json file a learner downloads from the My progress page.',
		);
	const result = parseProgressImport(text, now);
	if (!result.ok) return fail(result.message);
	const exportedAt = typeof data['exportedAt'] === 'string' ? data['exportedAt'] : undefined;
	const name = result.state.learnerName.trim();
	const modules = answersFromProgress(result.state);
	const learner: LearnerAnswers = {
		// A name typed for certificates identifies the learner across files; without one, the
		// file does.
		key: name === '' ? `file:${fingerprint(text)}` : `name:${name.toLowerCase()}`,
		label: file.name,
		file: file.name,
		attempt: 0,
		...(exportedAt === undefined ? {} : { exportedAt }),
		modules,
	};
	const notes =
		Object.keys(modules).length === 0
			? [`${file.name}: this progress file holds no confidence ratings or feedback yet.`]
			: [];
	return { ok: true, kind: 'progress', learners: [learner], notes };
}

function readLmsFile(
	file: EvaluationFile,
	fail: (reason: string) => EvaluationFileResult,
): EvaluationFileResult {
	const parsed = parseDelimited(file.text);
	if (!parsed.ok) return fail(parsed.message);
	const read = readLmsRows(parsed.rows);
	if (!read.ok) return fail(read.message);
	const learners: LearnerAnswers[] = [];
	let recognised = 0;
	for (const attempt of read.attempts) {
		const answers = answersFromInteractions(attempt.interactions);
		if (!answers.ok) return fail(answers.message);
		recognised += answers.recognised;
		learners.push({
			key: attempt.key,
			label: attempt.label,
			file: file.name,
			attempt: attempt.attempt,
			modules: answers.modules,
		});
	}
	if (recognised === 0)
		return fail(
			read.attempts.length === 0
				? 'this LMS export has no learner’s attempt in it.'
				: 'this LMS export holds no answers from this course’s confidence check-ins or feedback (no interaction id like “first-look.confidence-start.o-duty”), so it is not from this course’s packages.',
		);
	const notes =
		read.withoutAttempt > 0
			? [
					`${file.name}: ${read.withoutAttempt === 1 ? '1 learner has' : `${read.withoutAttempt} learners have`} no attempt yet and ${read.withoutAttempt === 1 ? 'is' : 'are'} not counted.`,
				]
			: [];
	return { ok: true, kind: 'lms', learners, notes };
}

/**
 * A short fingerprint of a file's text (FNV-1a over its UTF-16 code units, with its length), to
 * tell a file loaded twice. Two different files with the same fingerprint are vanishingly rare.
 */
export function fingerprint(text: string): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `${text.length.toString(36)}-${hash.toString(36)}`;
}
