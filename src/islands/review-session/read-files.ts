import { REVIEW_FILE_MAX_BYTES } from '../../lib/review/files.ts';
import type { LoadedFile } from '../../lib/review/load.ts';

/**
 * The text of each file, read on this device. A file too big to be a review file is not read
 * (its size alone gets it refused), and one the browser cannot read arrives empty, which
 * `readReviewFile` refuses as damaged.
 */
export function readFiles(files: Iterable<File>): Promise<LoadedFile[]> {
	return Promise.all(
		[...files].map(async (file) => ({
			name: file.name,
			bytes: file.size,
			text: file.size > REVIEW_FILE_MAX_BYTES ? '' : await file.text().catch(() => ''),
		})),
	);
}
