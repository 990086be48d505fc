/**
 * The SCO launch page's script. One launch = one SCORM session: it finds the LMS API, starts the
 * session once, exposes it to the lesson pages as `window.ripScormSession`, shows the lessons in
 * the frame, and ends the session once when the learner leaves. Lessons can be changed or
 * reloaded inside the frame without touching the session.
 */
import { createLmsSafetyNet } from '../../lib/progress/lms-safety-net.ts';
import type { ReportingMode, ScormModuleInfo, ScormVersion } from '../../lib/scorm/module-info.ts';
import { startScormSession, type ScormSession } from '../../lib/scorm/session.ts';

declare global {
	interface Window {
		ripScormSession?: ScormSession;
	}
}

interface LaunchConfig {
	version: ScormVersion;
	reporting: ReportingMode;
}

function readJson<T>(id: string): T {
	return JSON.parse(document.getElementById(id)?.textContent ?? 'null') as T;
}

export async function launch(): Promise<void> {
	const config = readJson<LaunchConfig>('rip-scorm-config');
	const info = readJson<ScormModuleInfo>('rip-module-info');
	const frame = document.querySelector<HTMLIFrameElement>('.app-launch__frame');
	const status = document.getElementById('launch-status');
	if (!frame || !status) return;

	let session: ScormSession | undefined;
	try {
		session = startScormSession({
			win: window,
			version: config.version,
			info,
			reporting: config.reporting,
			safetyNet: createLmsSafetyNet(),
		});
		await session.ready;
	} catch (error) {
		// The learner can still use the module; the details are for support staff.
		console.error('Rights in Practice: the SCORM session could not start.', error);
	}

	if (session?.mode === 'lms') {
		window.ripScormSession = session;
	} else {
		status.textContent = `${session?.problem ?? 'This module could not connect to your learning system.'} Your progress is kept on this device only and is not recorded there. Close the module and open it again from your learning system to have it recorded.`;
	}

	const bookmark = session?.state()?.bookmark;
	const lesson = info.summary.lessons.find((l) => l.id === bookmark);
	frame.src = lesson?.href ?? info.summary.href;

	// `pagehide` is the reliable signal (and the only one on mobile); `beforeunload` covers LMS
	// frames that are torn down without it. The session ignores the second call.
	const end = () => session?.terminate();
	window.addEventListener('pagehide', end);
	window.addEventListener('beforeunload', end);
}
