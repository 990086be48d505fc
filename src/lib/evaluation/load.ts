/**
 * What happens when a trainer loads a batch of files: each is read with `readEvaluationFile`;
 * a file whose contents are already loaded (the same file twice, under any name) is named and
 * counted once; every refused file is named with the reason and changes nothing.
 */
import { fingerprint, readEvaluationFile, type EvaluationFile } from './files.ts';
import type { LearnerAnswers } from './answers.ts';

/** A file that was loaded, with what it holds. */
export interface LoadedSource {
	name: string;
	fingerprint: string;
	kind: 'progress' | 'lms';
	learners: LearnerAnswers[];
	notes: string[];
}

export interface BatchOutcome {
	/** Every loaded file, the earlier ones first. */
	sources: LoadedSource[];
	/** Names of the files this batch added. */
	added: string[];
	/** One message per file that was already loaded, naming both. */
	repeated: string[];
	/** One message per refused file, naming it. */
	refused: string[];
}

/** Adds the batch `files` to the files already loaded. */
export function loadFiles(
	current: readonly LoadedSource[],
	files: readonly EvaluationFile[],
	now: Date = new Date(),
): BatchOutcome {
	const sources = [...current];
	const added: string[] = [];
	const repeated: string[] = [];
	const refused: string[] = [];
	for (const file of files) {
		const print = fingerprint(file.text);
		const same = sources.find((source) => source.fingerprint === print);
		if (same && file.text !== '') {
			repeated.push(
				same.name === file.name
					? `${file.name}: this file is already loaded, so it is counted once.`
					: `${file.name}: this file is the same as ${same.name}, which is already loaded, so it is counted once.`,
			);
			continue;
		}
		const result = readEvaluationFile(file, now);
		if (!result.ok) {
			refused.push(result.message);
			continue;
		}
		sources.push({
			name: file.name,
			fingerprint: print,
			kind: result.kind,
			learners: result.learners,
			notes: result.notes,
		});
		added.push(file.name);
	}
	return { sources, added, repeated, refused };
}
