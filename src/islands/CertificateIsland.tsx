import { useEffect, useState } from 'preact/hooks';
import type { ModuleSummary } from '../schemas/module-summary.ts';
import { moduleStatus } from '../lib/progress/status.ts';
import {
	moduleProgressSignal,
	progressState,
	setLearnerName,
	startProgress,
} from '../lib/progress/store.ts';

interface Props {
	summary: ModuleSummary;
}

const formatDate = (iso: string) =>
	new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** A printable certificate for a completed module, with a name the learner types locally. */
export function CertificateIsland({ summary }: Props) {
	useEffect(() => {
		void startProgress();
	}, []);
	const progress = moduleProgressSignal(summary.id).value;
	const status = moduleStatus(summary, progress);
	const savedName = progressState.value.learnerName;
	const [name, setName] = useState(savedName);
	useEffect(() => setName(savedName), [savedName]);

	if (!progress?.completedAt) {
		const resume = summary.lessons.find((l) => l.id === status.resumeLessonId);
		return (
			<div class="app-certificate-pending">
				<p>
					You have not completed <strong>{summary.title}</strong> yet.
				</p>
				{resume && (
					<a class="nhsuk-button" href={resume.href}>
						{status.status === 'not-started' ? 'Start the module' : 'Carry on with the module'}
					</a>
				)}
			</div>
		);
	}

	return (
		<div class="app-certificate-wrapper">
			<div class="nhsuk-form-group app-no-print">
				<label class="nhsuk-label" for="learner-name">
					Your name, as it should appear on the certificate
				</label>
				<div class="nhsuk-hint" id="learner-name-hint">
					Your name is kept in this browser only.
				</div>
				<input
					class="nhsuk-input nhsuk-u-width-two-thirds"
					id="learner-name"
					name="learner-name"
					type="text"
					autocomplete="name"
					aria-describedby="learner-name-hint"
					value={name}
					onInput={(e) => setName(e.currentTarget.value)}
					onBlur={() => void setLearnerName(name.trim())}
				/>
			</div>
			<section class="app-certificate" aria-labelledby="certificate-title">
				<p class="app-certificate__kicker">Rights in Practice</p>
				<h2 class="app-certificate__title" id="certificate-title">
					Certificate of completion
				</h2>
				<p class="app-certificate__text">This is to certify that</p>
				<p class="app-certificate__name">{name.trim() || 'Your name'}</p>
				<p class="app-certificate__text">has completed the module</p>
				<p class="app-certificate__module">{summary.title}</p>
				<dl class="app-certificate__facts">
					<div>
						<dt>Date completed</dt>
						<dd>{formatDate(progress.completedAt)}</dd>
					</div>
					<div>
						<dt>Module version</dt>
						<dd>{progress.completedVersion ?? progress.moduleVersion}</dd>
					</div>
					<div>
						<dt>Score</dt>
						<dd>
							{progress.completedScore === undefined
								? 'No assessment'
								: `${progress.completedScore}%`}
						</dd>
					</div>
				</dl>
				<p class="app-certificate__note">
					Completed as self-paced learning. This certificate was produced on the learner’s own
					device.
				</p>
			</section>
			<button class="nhsuk-button app-no-print" type="button" onClick={() => window.print()}>
				Print or save as PDF
			</button>
		</div>
	);
}
