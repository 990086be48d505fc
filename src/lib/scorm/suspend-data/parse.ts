/**
 * Reading the structure of a value without module info: ids stay hashes (or, in `R1`, literal
 * ids). `decode` resolves them against the module; `describeSuspendData` and the course envelope
 * read values through it too.
 */
import {
	CHILD_HASH,
	chunks,
	EPOCH,
	fromNumber,
	ID_HASH,
	isAttemptId,
	OUTCOMES,
	RATINGS,
	READABLE_FORMATS,
	SUSPEND_DATA_FORMAT,
	TRIM_LEVELS,
	validId,
	type Outcome,
	type Rating,
	type Time,
	type TrimLevel,
} from './format.ts';

/** A stored id: a hash, or (format `R1` only) the id itself. */
export type StoredId = { hash: string } | { id: string };

export interface RawSuspendData {
	format: string;
	moduleHash: string;
	trimmed: TrimLevel;
	started: Time;
	updated: Time | undefined;
	version: string;
	completedAt: Time | undefined;
	completedScore: number | undefined;
	completedVersion: string;
	bookmark: string | undefined;
	/** When the assessment was last started again; `R3` only. */
	restartedAt: Time | undefined;
	/** The LMS attempt the value belongs to; `''` when not stored (`R1`, `R2`, course modules). */
	attempt: string;
	lessons: Array<{ hash: string; at: Time | undefined }>;
	questions: Array<{
		hash: string;
		options: string[];
		attempts: number;
		correct: boolean;
		at: Time | undefined;
	}>;
	scenarios: Array<{
		hash: string;
		node: StoredId | undefined;
		path: string[];
		ending: ({ outcome: Outcome; score: number } & StoredId) | undefined;
		best: number | undefined;
		runs: number;
		at: Time | undefined;
	}>;
	reviews: Array<{
		hash: string;
		ratings: Array<{ hash: string; rating: Rating }>;
		at: Time | undefined;
	}>;
}

const HASH = /^[A-Za-z0-9_-]+$/;

function isHash(text: string | undefined, width: number): text is string {
	return text !== undefined && text.length === width && HASH.test(text);
}

function records(section: string | undefined): string[] {
	return section ? section.split(',').filter((record) => record !== '') : [];
}

/**
 * Reads the structure of a value without module info: ids stay hashes. Never throws; records
 * that cannot be read are left out and named in `problems`.
 */
export function parseSuspendData(value: string): {
	raw: RawSuspendData | undefined;
	problems: string[];
} {
	const problems: string[] = [];
	if (typeof value !== 'string' || value.trim() === '') return { raw: undefined, problems };
	const sections = value.trim().split('~');
	const format = sections[0] ?? '';
	if (!READABLE_FORMATS.includes(format)) {
		problems.push(
			/^R\d+$/.test(format)
				? `The suspend data is in format \`${format}\`, which this release does not read.`
				: 'The suspend data was not written by Rights in Practice, or is damaged.',
		);
		return { raw: undefined, problems };
	}
	const header = (sections[1] ?? '').split('.');
	const startedSeconds = fromNumber(header[2] ?? '', 6);
	const headerLength = format === SUSPEND_DATA_FORMAT ? 11 : 9;
	if (header.length < headerLength || !isHash(header[0], ID_HASH) || startedSeconds === undefined) {
		problems.push('The suspend data header is damaged.');
		return { raw: undefined, problems };
	}
	const started = EPOCH + startedSeconds * 1000;
	const at = (field: string | undefined): Time | undefined => {
		const minutes = fromNumber(field ?? '', 4);
		return minutes === undefined ? undefined : started + minutes * 60000;
	};
	const version = (field: string | undefined) =>
		field && /^\d+_\d+_\d+$/.test(field) ? field.replaceAll('_', '.') : '';
	const level = header[1] ? fromNumber(header[1]) : 0;
	const r1 = format === 'R1';

	const raw: RawSuspendData = {
		format,
		moduleHash: header[0],
		trimmed: TRIM_LEVELS[level ?? 0] ?? 'nothing',
		started,
		updated: at(header[3]),
		version: version(header[4]),
		completedAt: at(header[5]),
		completedScore: fromNumber(header[6] ?? ''),
		completedVersion: version(header[7]),
		bookmark: isHash(header[8], ID_HASH) ? header[8] : undefined,
		restartedAt: at(header[9]),
		attempt: isAttemptId(header[10]) ? header[10] : '',
		lessons: [],
		questions: [],
		scenarios: [],
		reviews: [],
	};
	const damaged = (what: string, record: string) =>
		problems.push(`A ${what} record could not be read: \`${record.slice(0, 40)}\`.`);

	for (const record of records(sections[2])) {
		const hash = record.slice(0, ID_HASH);
		if (!isHash(hash, ID_HASH)) damaged('lesson', record);
		else raw.lessons.push({ hash, at: at(record.slice(ID_HASH)) });
	}

	for (const record of records(sections[3])) {
		const [hash, options = '', state = '', time] = record.split('.');
		const number = fromNumber(state);
		if (!isHash(hash, ID_HASH) || number === undefined || options.length % CHILD_HASH !== 0) {
			damaged('question', record);
			continue;
		}
		raw.questions.push({
			hash,
			options: chunks(options, CHILD_HASH),
			attempts: Math.max(1, Math.floor(number / 2)),
			correct: number % 2 === 1,
			at: at(time),
		});
	}

	for (const record of records(sections[4])) {
		const [hash, node = '', path = '', ending = '', best = '', runs = '', time] = record.split('.');
		if (!isHash(hash, ID_HASH) || path.length % ID_HASH !== 0) {
			damaged('scenario', record);
			continue;
		}
		const outcome = (Object.keys(OUTCOMES) as Outcome[]).find(
			(key) => OUTCOMES[key] === ending.charAt(0),
		);
		const score = fromNumber(ending.slice(1, 3));
		const endingId = ending.slice(3);
		const endingRef: StoredId | undefined = r1
			? validId(endingId)
				? { id: endingId }
				: undefined
			: isHash(endingId, ID_HASH)
				? { hash: endingId }
				: undefined;
		raw.scenarios.push({
			hash,
			node:
				r1 && node.startsWith('!')
					? validId(node.slice(1))
						? { id: node.slice(1) }
						: undefined
					: isHash(node, ID_HASH)
						? { hash: node }
						: undefined,
			path: chunks(path, ID_HASH),
			ending:
				outcome && score !== undefined && endingRef ? { outcome, score, ...endingRef } : undefined,
			best: fromNumber(best),
			runs: fromNumber(runs) ?? 0,
			at: at(time),
		});
	}

	for (const record of records(sections[5])) {
		const [hash, ratings = '', time] = record.split('.');
		if (!isHash(hash, ID_HASH) || ratings.length % (CHILD_HASH + 1) !== 0) {
			damaged('Traffic Light', record);
			continue;
		}
		raw.reviews.push({
			hash,
			ratings: chunks(ratings, CHILD_HASH + 1).flatMap((chunk) => {
				const rating = (Object.keys(RATINGS) as Rating[]).find(
					(key) => RATINGS[key] === chunk.charAt(CHILD_HASH),
				);
				return rating ? [{ hash: chunk.slice(0, CHILD_HASH), rating }] : [];
			}),
			at: at(time),
		});
	}
	return { raw, problems };
}
