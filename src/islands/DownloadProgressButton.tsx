import { downloadProgress } from '../lib/progress/download.ts';
import { progressState } from '../lib/progress/store.ts';
import { t } from '../i18n/en-islands.ts';

interface Props {
	disabled?: boolean;
}

/** "Download my progress": saves everything the learner has done as a file they can load later. */
export function DownloadProgressButton({ disabled = false }: Props) {
	return (
		<button
			class="nhsuk-button nhsuk-button--secondary"
			type="button"
			disabled={disabled}
			onClick={() => downloadProgress(progressState.value)}
		>
			{t.common.downloadProgress}
		</button>
	);
}
