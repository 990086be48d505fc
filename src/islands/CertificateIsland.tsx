import { useEffect, useState } from 'preact/hooks';
import type { ModuleSummary } from '../schemas/module-summary.ts';
import { moduleStatus } from '../lib/progress/status.ts';
import { setLearnerName } from '../lib/progress/store.ts';
import { t } from '../i18n/en-islands.ts';
import { useDebouncedSave } from './hooks/use-debounced-save.ts';
import { useModuleProgress, useProgressState } from './hooks/use-progress.ts';

interface Props {
	summary: ModuleSummary;
}

const formatDate = (iso: string) =>
	new Date(iso).toLocaleDateString(t.locale, { day: 'numeric', month: 'long', year: 'numeric' });

/** A printable certificate for a completed module, with a name the learner types locally. */
export function CertificateIsland({ summary }: Props) {
	const progress = useModuleProgress(summary.id);
	const status = moduleStatus(summary, progress);
	const savedName = useProgressState().learnerName;
	const [name, setName] = useState(savedName);
	// Saved as the learner types, like every other field, so a name typed just before printing
	// or leaving is kept even when the field never loses focus.
	const saver = useDebouncedSave((typed: string) => void setLearnerName(typed.trim()));
	// A name saved in another tab or restored from storage, unless the learner is mid-edit or it
	// is their own (trimmed) name coming back.
	useEffect(() => {
		if (!saver.isPending() && savedName !== name.trim()) setName(savedName);
	}, [savedName]);

	if (!progress?.completedAt) {
		const resume = summary.lessons.find((l) => l.id === status.resumeLessonId);
		return (
			<div class="app-certificate-pending">
				<p>
					{t.certificate.pendingBefore}
					<strong>{summary.title}</strong>
					{t.certificate.pendingAfter}
				</p>
				{resume && (
					<a class="nhsuk-button" href={resume.href}>
						{status.status === 'not-started' ? t.certificate.start : t.certificate.resume}
					</a>
				)}
			</div>
		);
	}

	return (
		<div class="app-certificate-wrapper">
			<div class="nhsuk-form-group app-no-print">
				<label class="nhsuk-label" for="learner-name">
					{t.certificate.nameLabel}
				</label>
				<div class="nhsuk-hint" id="learner-name-hint">
					{t.certificate.nameHint}
				</div>
				<input
					class="nhsuk-input nhsuk-u-width-two-thirds"
					id="learner-name"
					name="learner-name"
					type="text"
					autocomplete="name"
					aria-describedby="learner-name-hint"
					value={name}
					onInput={(e) => {
						setName(e.currentTarget.value);
						saver.schedule(e.currentTarget.value);
					}}
					onBlur={() => saver.flush()}
				/>
			</div>
			<section class="app-certificate" aria-labelledby="certificate-title">
				<p class="app-certificate__kicker">{t.site.name}</p>
				<h2 class="app-certificate__title" id="certificate-title">
					{t.certificate.title}
				</h2>
				<p class="app-certificate__text">{t.certificate.certify}</p>
				<p class="app-certificate__name">{name.trim() || t.certificate.namePlaceholder}</p>
				<p class="app-certificate__text">{t.certificate.completed}</p>
				<p class="app-certificate__module">{summary.title}</p>
				<dl class="app-certificate__facts">
					<div>
						<dt>{t.certificate.date}</dt>
						<dd>{formatDate(progress.completedAt)}</dd>
					</div>
					<div>
						<dt>{t.certificate.version}</dt>
						<dd>{progress.completedVersion ?? progress.moduleVersion}</dd>
					</div>
					<div>
						<dt>{t.certificate.score}</dt>
						<dd>
							{progress.completedScore === undefined
								? t.certificate.noAssessment
								: t.common.percent(progress.completedScore)}
						</dd>
					</div>
				</dl>
				<p class="app-certificate__note">{t.certificate.note}</p>
				{progress.completionImported && (
					<p class="app-certificate__note">{t.certificate.importedNote}</p>
				)}
			</section>
			<button class="nhsuk-button app-no-print" type="button" onClick={() => window.print()}>
				{t.certificate.print}
			</button>
		</div>
	);
}
