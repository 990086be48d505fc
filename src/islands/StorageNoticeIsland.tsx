import { useEffect } from 'preact/hooks';
import {
	progressState,
	startProgress,
	storageProblem,
	storageStatus,
} from '../lib/progress/store.ts';
import { downloadProgress } from '../lib/progress/download.ts';

/**
 * Tells the learner plainly when progress cannot be kept on this device (private browsing,
 * storage full or blocked) and offers an export so nothing done in this visit is lost.
 */
export function StorageNoticeIsland() {
	useEffect(() => {
		void startProgress();
	}, []);

	if (storageStatus.value !== 'memory')
		return <div role="status" class="app-storage-notice--hidden" />;
	return (
		<div role="status" class="nhsuk-width-container">
			<div class="nhsuk-warning-callout app-storage-notice">
				<h2 class="nhsuk-warning-callout__label">
					<span>
						<span class="nhsuk-u-visually-hidden">Important: </span>Your progress will not be kept
					</span>
				</h2>
				<p>
					This browser is not letting the course save your progress
					{storageProblem.value ? ` (${storageProblem.value})` : ''}. You can keep working, but when
					you close this tab your answers will be lost. Download your progress to keep a copy, and
					load it again later from the My progress page.
				</p>
				<button
					class="nhsuk-button nhsuk-button--secondary"
					type="button"
					onClick={() => downloadProgress(progressState.value)}
				>
					Download my progress
				</button>
			</div>
		</div>
	);
}
