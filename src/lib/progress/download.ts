import type { ProgressState } from '../../schemas/progress.ts';
import { exportProgress } from './export-file.ts';

/** Saves `text` as a file on the learner's device; nothing is sent anywhere. */
export function downloadFile(fileName: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser a moment to start the download before the URL is released.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads the learner's whole progress as a JSON file they can import later. */
export function downloadProgress(state: ProgressState, now = new Date()): void {
	const day = now.toISOString().slice(0, 10);
	downloadFile(
		`rights-in-practice-progress-${day}.json`,
		exportProgress(state, now),
		'application/json',
	);
}
