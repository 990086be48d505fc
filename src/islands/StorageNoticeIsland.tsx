import { storageProblem, storageStatus } from '../lib/progress/store.ts';
import { t } from '../i18n/en-islands.ts';
import { DownloadProgressButton } from './DownloadProgressButton.tsx';
import { useProgressStarted } from './hooks/use-progress.ts';

/**
 * Tells the learner plainly when progress cannot be kept on this device (private browsing,
 * storage full or blocked) and offers an export so nothing done in this visit is lost.
 */
export function StorageNoticeIsland() {
	useProgressStarted();

	if (storageStatus.value !== 'memory')
		return <div role="status" class="app-storage-notice--hidden" />;
	return (
		<div role="status" class="nhsuk-width-container">
			<div class="nhsuk-warning-callout app-storage-notice">
				<h2 class="nhsuk-warning-callout__label">
					<span>
						<span class="nhsuk-u-visually-hidden">{t.common.important}</span>
						{t.storageNotice.title}
					</span>
				</h2>
				<p>{t.storageNotice.body(storageProblem.value)}</p>
				<DownloadProgressButton />
			</div>
		</div>
	);
}
