/**
 * The SCO launch page's script. One launch = one SCORM session: it finds the LMS API, starts the
 * session once, exposes it to the lesson pages as `window.ripScormSession`, shows the lessons in
 * the frame, and ends the session once when the learner leaves. Lessons can be changed or
 * reloaded inside the frame without touching the session.
 */
import { createLmsSafetyNet } from '../lib/scorm/safety-net.ts';
import { isCourseInfo, type ScoInfo } from '../lib/scorm/module-info.ts';
import { PAGE_LEAVING_EVENT } from '../lib/site/page-leave.ts';
import { startScormSession, type ScormSession } from '../lib/scorm/session/index.ts';
import type { ScormLaunchConfig } from '../schemas/scorm-contract.ts';
import { t } from '../i18n/en-islands.ts';

declare global {
	interface Window {
		ripScormSession?: ScormSession;
	}
}

function readJson<T>(id: string): T {
	return JSON.parse(document.getElementById(id)?.textContent ?? 'null') as T;
}

export async function launch(): Promise<void> {
	const config = readJson<ScormLaunchConfig>('rip-scorm-config');
	const info = readJson<ScoInfo>('rip-sco-info');
	const frame = document.querySelector<HTMLIFrameElement>('.app-launch__frame');
	const contents = document.querySelector<HTMLAnchorElement>('.app-launch__contents');
	const status = document.getElementById('launch-status');
	const saveNotice = document.getElementById('launch-save-notice');
	if (!frame || !contents || !status) return;

	// Contents asked for while the session starts opens once it has started (a page shown
	// before then would not find the session, and keep its work away from the LMS), and is not
	// then replaced by the resumed lesson. A click before this script ran has already opened it.
	let contentsAsked = false;
	const holdContents = (event: MouseEvent) => {
		event.preventDefault();
		contentsAsked = true;
	};
	contents.addEventListener('click', holdContents);

	let session: ScormSession | undefined;
	try {
		session = startScormSession({
			win: window,
			version: config.version,
			info,
			reporting: config.reporting,
			safetyNet: createLmsSafetyNet(),
			onLmsSaveChange: (refused) => {
				if (saveNotice) showLmsSaveNotice(saveNotice, refused);
			},
		});
		await session.ready;
	} catch (error) {
		// The learner can still use the module; the details are for support staff.
		console.error('Rights in Practice: the SCORM session could not start.', error);
	}

	if (session?.mode === 'lms') {
		window.ripScormSession = session;
	} else {
		status.textContent = t.launch.keptOnDevice(session?.problem ?? t.launch.noLms);
	}

	contents.removeEventListener('click', holdContents);
	const contentsHref = contents.getAttribute('href') ?? '';
	// Loaded again, if already open, so that it finds the session.
	frame.src = contentsAsked
		? contentsHref
		: (shownAlready(frame) ?? resumeHref(info, session) ?? contentsHref);

	// `pagehide` is the reliable signal (and the only one on mobile); `beforeunload` covers LMS
	// frames that are torn down without it. The session ignores the second call. The lesson in the
	// frame hears of it first, so saves it still holds back (a reflection typed a moment ago) reach
	// the session before its last Commit: Chromium fires the frame's own `pagehide` only after this.
	const end = () => {
		try {
			frame.contentWindow?.dispatchEvent(new Event(PAGE_LEAVING_EVENT));
		} catch (error) {
			console.error('Rights in Practice: the lesson could not save before leaving.', error);
		}
		session?.terminate();
	};
	window.addEventListener('pagehide', end);
	window.addEventListener('beforeunload', end);
}

/**
 * Tells the learner, above the lessons, that the LMS keeps refusing to save (`role="alert"`
 * announces it), or removes the notice once it saves again.
 */
function showLmsSaveNotice(notice: HTMLElement, refused: boolean): void {
	if (!refused) {
		notice.replaceChildren();
		return;
	}
	const title = document.createElement('strong');
	title.textContent = t.launch.notSavedTitle;
	const text = document.createElement('p');
	text.append(title, ` ${t.launch.notSavedBody}`);
	notice.replaceChildren(text);
}

/** The page the frame shows, if the learner opened one before the session started. */
function shownAlready(frame: HTMLIFrameElement): string | undefined {
	try {
		const href = frame.contentWindow?.location.href;
		return href === undefined || href === 'about:blank' ? undefined : href;
	} catch {
		return undefined;
	}
}

/** The bookmarked lesson of the module worked on last, if it still exists; else `undefined`. */
function resumeHref(info: ScoInfo, session: ScormSession | undefined): string | undefined {
	const modules = isCourseInfo(info) ? info.modules : [info];
	const progress = session?.progress() ?? {};
	const latest = modules
		.map((module) => ({ module, progress: progress[module.summary.id] }))
		.filter((entry) => entry.progress?.bookmark !== undefined)
		.sort((a, b) => Date.parse(b.progress!.updatedAt) - Date.parse(a.progress!.updatedAt))[0];
	return latest?.module.summary.lessons.find((lesson) => lesson.id === latest.progress?.bookmark)
		?.href;
}
