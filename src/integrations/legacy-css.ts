import { list, type AtRule, type Plugin } from 'postcss';

/**
 * Media queries only Internet Explorer and the old Edge (EdgeHTML) match. NHS.UK frontend pairs
 * every `forced-colors` query with `-ms-high-contrast`, and nesting one in `@media print` leaves
 * `print and (-ms-high-contrast: active)`, which no other browser matches either.
 */
const legacyMediaQuery =
	/^(?:(?:screen|print)\s+and\s+)?\(-ms-high-contrast:\s*(?:active|none)\)$|^screen\\0/;

/** `@supports` conditions every browser the site runs in meets (kept as plain rules)… */
const alwaysSupported = new Set(['not (-ms-ime-align: auto)']);
/** …and those none of them meets (dropped): `caret-color` is supported everywhere but Firefox < 53. */
const neverSupported = new Set(['not (caret-color: auto)']);

const normalise = (params: string) => params.replace(/\s+/g, ' ').replace(/:\s*/g, ': ').trim();

function pruneMedia(rule: AtRule) {
	const queries = list.comma(rule.params).filter((query) => !legacyMediaQuery.test(query.trim()));
	if (queries.length === 0) rule.remove();
	else rule.params = queries.join(', ');
}

function pruneSupports(rule: AtRule) {
	const condition = normalise(rule.params);
	if (neverSupported.has(condition)) rule.remove();
	else if (alwaysSupported.has(condition)) rule.replaceWith(rule.nodes ?? []);
}

/**
 * Drops the CSS written for Internet Explorer and EdgeHTML, which cannot run the site's scripts
 * anyway; modern browsers (Chromium, Firefox, Safari) never use those rules, so pages render the
 * same with about 2 KB less to load.
 */
export function legacyBrowserCss(): Plugin {
	return {
		postcssPlugin: 'rip-legacy-browser-css',
		AtRule: {
			media: pruneMedia,
			supports: pruneSupports,
		},
	};
}
