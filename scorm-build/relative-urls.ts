/**
 * Astro writes root-absolute URLs (`/_astro/x.js`, `/modules/m/l/`), in HTML attributes, in island
 * props (JSON inside attributes, so quotes arrive as `&quot;`) and in CSS. An LMS serves a package
 * from a deep path such as `/pluginfile.php/123/mod_scorm/content/4/`, where those URLs would
 * resolve against the LMS host root and fail. This rewrites them relative to the file that holds
 * them, and points directory URLs at their `index.html`, because LMS file servers do not serve a
 * directory's index.
 */

/** Characters that can stand just before a URL: a quote, `(` in CSS, or an HTML-escaped quote. */
const BEFORE = String.raw`(["'(]|&quot;|&#34;|\\")`;
/** Characters that end a URL path. */
const PATH = String.raw`[^"'\s?#()<>\\&]*`;
/** What may follow a URL path: its closing quote or bracket, a query or fragment, an escape. */
const AFTER = String.raw`(?=["'?#()<>\\&\s])`;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function urlPattern(roots: readonly string[]): RegExp {
	const names = roots.map(escapeRegExp).join('|');
	return new RegExp(`${BEFORE}(/(?:${names})(?:/${PATH})?)${AFTER}`, 'g');
}

/** `../` repeated once per folder `file` sits in, or `./` at the package root. */
export function prefixFor(file: string): string {
	const depth = file.split('/').length - 1;
	return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * Rewrites every root-absolute URL whose first segment is one of `roots` (the top-level files and
 * folders of the built site) to a URL relative to `file`, the text's own path in the package.
 */
export function relativiseUrls(text: string, file: string, roots: readonly string[]): string {
	if (roots.length === 0) return text;
	const prefix = prefixFor(file);
	return text.replace(urlPattern(roots), (_match, before: string, path: string) => {
		const target = path.endsWith('/') ? `${path}index.html` : path;
		return `${before}${prefix}${target.slice(1)}`;
	});
}

/** Root-absolute references to `roots` still left in `text` (for a final safety check). */
export function findRootAbsoluteUrls(text: string, roots: readonly string[]): string[] {
	if (roots.length === 0) return [];
	return [...text.matchAll(urlPattern(roots))].map((match) => match[2] ?? '');
}

/**
 * A string `/` that starts a concatenation or a template: Vite's preload helper compiles
 * `base + dep` with base `/` to `` return`/`+e ``. A `/` joined between two parts (`a+"/"+b`) is
 * left alone.
 */
const ROOT_CONCAT =
	/(?<!\+\s*)(["'`])\/\1\s*\+\s*(?:[\w$.]+|"[^"]*"|'[^']*'|`[^`]*`)|`\/\$\{[^}]*\}/g;
/** Vite's list of files to preload before a dynamic import (`__vite__mapDeps`). */
const PRELOAD_DEPS = /__vite__mapDeps=[^[]*\[([^\]]*)\]/g;
const STRING = /(["'`])((?:(?!\1)[^\\]|\\.)*)\1/g;

/**
 * Code in a script that builds a root-absolute URL at runtime, which `relativiseUrls` cannot see
 * because no whole URL appears in the text: a `"/" + path` concatenation (Vite's preload helper
 * with base `/`), or a preload list whose entries are not relative to the script itself
 * (`"_astro/db.js"`, which the helper turns into `/_astro/db.js`). Returns each finding as found.
 */
export function findRuntimeRootUrls(js: string): string[] {
	const concatenations = [...js.matchAll(ROOT_CONCAT)].map((match) => match[0]);
	const preloads = [...js.matchAll(PRELOAD_DEPS)].flatMap((list) =>
		[...(list[1] ?? '').matchAll(STRING)]
			.map((entry) => entry[2] ?? '')
			.filter((dep) => !/^\.\.?\//.test(dep)),
	);
	return [...concatenations, ...preloads];
}
