/**
 * `npm run dev` only: shows the course check's problems on every page, in the style of an NHS.UK
 * error summary placed after the skip link, and removes it when the check passes. The dev server
 * sends a result after every save (`src/integrations/live-course-check.ts`); this page asks for
 * the latest one when it loads. `astro build` never includes this script.
 */
import { codeSegments, type ProblemSummary } from '../lib/problems/summary.ts';
import {
	COURSE_CHECK_REQUEST,
	COURSE_CHECK_RESULT,
	type CourseCheckResult,
} from '../integrations/live-check-events.ts';

const STYLE = `
.app-course-check .nhsuk-error-summary { margin: 16px 0; }
.app-course-check__list { max-height: 50vh; overflow-y: auto; overflow-wrap: anywhere; margin: 0; padding: 0 4px 0 0; list-style: none; }
.app-course-check__list:focus { outline: 4px solid transparent; box-shadow: 0 0 0 4px #ffeb3b, 0 0 0 8px #212b32; }
.app-course-check__item { padding: 12px 0; border-top: 1px solid #d8dde0; }
.app-course-check__item p { margin-bottom: 4px; }
`;

/** Appends text to `parent`, with the parts between backticks as `<code>`. */
function appendText(parent: HTMLElement, text: string): void {
	for (const segment of codeSegments(text)) {
		if (segment.code) {
			const code = document.createElement('code');
			code.textContent = segment.text;
			parent.append(code);
		} else {
			parent.append(segment.text);
		}
	}
}

function paragraph(...parts: Array<string | Node>): HTMLParagraphElement {
	const p = document.createElement('p');
	p.append(...parts);
	return p;
}

function renderSummary(summary: ProblemSummary): HTMLElement {
	const section = document.createElement('section');
	section.className = 'nhsuk-error-summary';
	section.setAttribute('aria-labelledby', 'app-course-check-title');
	const title = document.createElement('h2');
	title.className = 'nhsuk-error-summary__title';
	title.id = 'app-course-check-title';
	title.textContent = summary.title;
	const body = document.createElement('div');
	body.className = 'nhsuk-error-summary__body';
	body.append(paragraph(summary.action));
	const list = document.createElement('ul');
	list.className = 'app-course-check__list';
	// A long list scrolls inside the summary, so keyboard users must be able to reach it.
	list.tabIndex = 0;
	list.setAttribute('aria-label', 'Problems, by file and line');
	for (const item of summary.items) {
		const entry = document.createElement('li');
		entry.className = 'app-course-check__item';
		const place = document.createElement('strong');
		place.textContent = item.location;
		const field = document.createElement('code');
		field.textContent = item.field;
		entry.append(paragraph(place), paragraph('Field: ', field));
		const message = paragraph(item.warning ? 'Warning: ' : 'Problem: ');
		appendText(message, item.message);
		entry.append(message);
		if (item.hint) {
			const hint = paragraph('Fix: ');
			appendText(hint, item.hint);
			entry.append(hint);
		}
		list.append(entry);
	}
	body.append(list);
	section.append(title, body);
	return section;
}

function mountBanner(): { show: (summary: ProblemSummary | null) => void } {
	const style = document.createElement('style');
	style.textContent = STYLE;
	document.head.append(style);
	const banner = document.createElement('div');
	banner.className = 'nhsuk-width-container app-course-check';
	banner.id = 'app-course-check';
	// Present from the start, so screen readers announce each change of result.
	const status = document.createElement('p');
	status.className = 'nhsuk-u-visually-hidden';
	status.setAttribute('role', 'status');
	banner.append(status);
	const skipLink = document.querySelector('.nhsuk-skip-link');
	if (skipLink) skipLink.after(banner);
	else document.body.prepend(banner);

	let shown = false;
	return {
		show(summary) {
			banner.querySelector('section')?.remove();
			if (summary) {
				banner.append(renderSummary(summary));
				status.textContent = summary.title;
			} else if (shown) {
				status.textContent = 'The course check passes: no problems found.';
			}
			shown = summary !== null;
		},
	};
}

if (import.meta.hot) {
	const banner = mountBanner();
	import.meta.hot.on(COURSE_CHECK_RESULT, (result: CourseCheckResult) => {
		banner.show(result.summary);
	});
	import.meta.hot.send(COURSE_CHECK_REQUEST);
}
