/**
 * `cmi.suspend_data` of the one-SCO course package, in which the learner moves between modules
 * inside one SCO: every started module's value (format `R4`, `suspend-data/`) in one string.
 *
 *     C1 | attempt | module value | module value | …
 *
 * The attempt id is held once, here, so module values inside carry none. Each module value
 * names its module by hash, so decoding finds modules whatever their order, and a module the
 * course no longer has is dropped with a reason while the rest are kept. Trimming to fit a
 * limit drops the same `TRIM_LEVELS` from every module at once, so no module loses its
 * assessment answers while another keeps its scenario paths.
 *
 * The build compares `worstCaseCourseLength` with SCORM 1.2's 4,096 characters (CMIString4096,
 * SCORM 1.2 RTE 3.4.2): a course whose worst case does not fit cannot be one SCO in 1.2.
 */
import type { ModuleProgress } from '../../schemas/progress.ts';
import type { ScormModuleInfo } from './module-info.ts';
import {
	decode,
	encode,
	idHash,
	isAttemptId,
	parseSuspendData,
	TRIM_LEVELS,
	worstCaseLength,
	ATTEMPT_ID_LENGTH,
	type FittedSuspendData,
} from './suspend-data/index.ts';

export const COURSE_DATA_FORMAT = 'C1';
const SEPARATOR = '|';

/** Encodes every module of `infos` that has progress, dropping what `level` drops. */
export function encodeCourse(
	progress: Readonly<Record<string, ModuleProgress>>,
	infos: readonly ScormModuleInfo[],
	attempt: string,
	level = 0,
): string {
	const modules = infos.flatMap((info) => {
		const record = progress[info.summary.id];
		return record ? [encode(record, info, level)] : [];
	});
	return [COURSE_DATA_FORMAT, isAttemptId(attempt) ? attempt : '', ...modules].join(SEPARATOR);
}

/** `encodeCourse` in at most `limit` characters, trimming every module alike until it fits. */
export function fitCourseToLimit(
	progress: Readonly<Record<string, ModuleProgress>>,
	infos: readonly ScormModuleInfo[],
	limit: number,
	attempt: string,
): FittedSuspendData {
	for (let level = 0; level < TRIM_LEVELS.length; level++) {
		const value = encodeCourse(progress, infos, attempt, level);
		if (value.length <= limit) return { value, trimmed: TRIM_LEVELS[level] ?? 'nothing' };
	}
	return { value: '', trimmed: 'assessment answers' };
}

export interface DecodedCourseData {
	/** Module records by id; empty when the value is empty or unreadable. */
	progress: Record<string, ModuleProgress>;
	/** The attempt id stored with it; `''` when none. */
	attempt: string;
	/** Why the value or parts of it were not used; empty when everything was. */
	problems: string[];
}

/** Reads a value written by `encodeCourse` back against the course's modules. Never throws. */
export function decodeCourse(value: string, infos: readonly ScormModuleInfo[]): DecodedCourseData {
	const result: DecodedCourseData = { progress: {}, attempt: '', problems: [] };
	if (typeof value !== 'string' || value.trim() === '') return result;
	const [format, attempt = '', ...modules] = value.trim().split(SEPARATOR);
	if (format !== COURSE_DATA_FORMAT) {
		result.problems.push(
			/^[RC]\d+/.test(format ?? '')
				? `The suspend data is in format \`${(format ?? '').slice(0, 8)}\`, not the course format this package reads.`
				: 'The suspend data was not written by Rights in Practice, or is damaged.',
		);
		return result;
	}
	result.attempt = isAttemptId(attempt) ? attempt : '';
	const byHash = new Map(infos.map((info) => [idHash(info.summary.id), info]));
	for (const moduleValue of modules) {
		const { raw, problems } = parseSuspendData(moduleValue);
		const info = raw ? byHash.get(raw.moduleHash) : undefined;
		if (!raw || !info) {
			result.problems.push(
				...problems,
				...(raw
					? [`A module record (hash \`${raw.moduleHash}\`) matches no module of this course.`]
					: []),
			);
			continue;
		}
		const decoded = decode(moduleValue, info);
		result.problems.push(...decoded.problems.map((problem) => `${info.summary.id}: ${problem}`));
		if (decoded.progress) result.progress[info.summary.id] = decoded.progress;
	}
	return result;
}

/** The longest value `encodeCourse` can produce: every module at its own worst case. */
export function worstCaseCourseLength(infos: readonly ScormModuleInfo[]): number {
	const envelope = COURSE_DATA_FORMAT.length + 1 + ATTEMPT_ID_LENGTH;
	return infos.reduce((sum, info) => sum + 1 + worstCaseLength(info, ''), envelope);
}

/** Pairs of modules whose ids share a hash, which a course value could not tell apart. */
export function courseDataCollisions(infos: readonly ScormModuleInfo[]): string[] {
	const seen = new Map<string, string>();
	const problems: string[] = [];
	for (const info of infos) {
		const hash = idHash(info.summary.id);
		const earlier = seen.get(hash);
		if (earlier !== undefined) {
			problems.push(
				`The module ids \`${earlier}\` and \`${info.summary.id}\` share the suspend-data hash \`${hash}\`. Rename the one added most recently.`,
			);
		}
		seen.set(hash, info.summary.id);
	}
	return problems;
}
