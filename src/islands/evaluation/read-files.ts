import type { EvaluationFile } from '../../lib/evaluation/files.ts';
import { MAX_FILE_BYTES } from '../../lib/progress/import-limits.ts';

/**
 * The text of each file, read on this device. A file too big for the page is not read (its size
 * alone gets it refused), and one the browser cannot read arrives empty, which is refused too.
 */
export function readFiles(files: Iterable<File>): Promise<EvaluationFile[]> {
	return Promise.all(
		[...files].map(async (file) => ({
			name: file.name,
			bytes: file.size,
			text: file.size > MAX_FILE_BYTES ? '' : await file.text().catch(() => ''),
		})),
	);
}
