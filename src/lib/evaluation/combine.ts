/**
 * One set of answers per learner from everything loaded, so nobody counts twice:
 *
 * - Progress files: each is one learner. Two files carrying the same name (the name typed for
 *   certificates) are one learner, and only the file exported last counts.
 * - LMS exports: the same name and identity columns are one learner, whichever file they are in
 *   (a module package's report holds that module; the one-SCO course package's, every module).
 *   When a learner has several attempts, each module counts the latest attempt that has answers
 *   for it; the same attempt found in two files counts once.
 *
 * A learner from a progress file and one from an LMS export are never taken for the same person.
 */
import { answerCount, type LearnerAnswers, type ModuleAnswers } from './answers.ts';
import type { LoadedSource } from './load.ts';

export interface CombinedLearner {
	key: string;
	modules: Record<string, ModuleAnswers>;
}

export interface Combined {
	learners: CombinedLearner[];
	/** What was set aside and why, one sentence each. */
	notes: string[];
}

/** "a, b and c". */
const listOf = (items: readonly string[]) =>
	items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;

const byLatestExport = (a: LearnerAnswers, b: LearnerAnswers) =>
	(b.exportedAt ?? '').localeCompare(a.exportedAt ?? '');

function fromProgressFiles(records: LearnerAnswers[], notes: string[]): CombinedLearner {
	const [kept, ...others] = records.toSorted(byLatestExport) as [LearnerAnswers];
	if (others.length > 0)
		notes.push(
			`${listOf([...others, kept].map((record) => record.file))} carry the same learner’s name: only ${kept.file}, exported last, is counted.`,
		);
	return { key: kept.key, modules: kept.modules };
}

interface ModuleRecord {
	attempt: number;
	file: string;
	answers: ModuleAnswers;
}

function fromAttempts(records: LearnerAnswers[], notes: string[]): CombinedLearner {
	// Attempts are numbered per LMS activity, so they are compared only within one module.
	const byModule = new Map<string, ModuleRecord[]>();
	for (const record of records)
		for (const [moduleId, answers] of Object.entries(record.modules)) {
			if (answerCount(answers) === 0) continue;
			const found = byModule.get(moduleId) ?? [];
			found.push({ attempt: record.attempt, file: record.file, answers });
			byModule.set(moduleId, found);
		}
	const modules: Record<string, ModuleAnswers> = {};
	const severalAttempts: string[] = [];
	const repeatedIn = new Set<string>();
	for (const [moduleId, found] of byModule) {
		const latest = found.reduce((best, next) =>
			next.attempt > best.attempt ||
			(next.attempt === best.attempt && answerCount(next.answers) > answerCount(best.answers))
				? next
				: best,
		);
		modules[moduleId] = latest.answers;
		const attempts = new Set(found.map((record) => record.attempt));
		if (attempts.size > 1) severalAttempts.push(moduleId);
		if (attempts.size < found.length) for (const record of found) repeatedIn.add(record.file);
	}
	const label = records[0]!.label;
	if (severalAttempts.length > 0)
		notes.push(
			`${label} answered in more than one attempt (${severalAttempts.join(', ')}): the latest attempt is counted.`,
		);
	if (repeatedIn.size > 0)
		notes.push(
			`${label}: the same attempt is in more than one file (${listOf([...repeatedIn])}), and is counted once.`,
		);
	return { key: records[0]!.key, modules };
}

/** The learners of every loaded file, each once, in the order they were first loaded. */
export function combineLearners(sources: readonly LoadedSource[]): Combined {
	const groups = new Map<string, LearnerAnswers[]>();
	for (const source of sources)
		for (const learner of source.learners) {
			const group = groups.get(learner.key) ?? [];
			group.push(learner);
			groups.set(learner.key, group);
		}
	const notes: string[] = [];
	const learners = [...groups.values()].map((records) =>
		records[0]!.attempt === 0 ? fromProgressFiles(records, notes) : fromAttempts(records, notes),
	);
	return { learners, notes };
}
