/**
 * The module graph of the built JavaScript: which files a page can load, starting from its entry
 * scripts and following every `import … from`, side-effect `import "…"`, dynamic `import()` and
 * Vite preload list (`__vite__mapDeps`, the files a dynamic import preloads beside its target).
 * The closure is the worst case: everything the page loads once the learner has used every
 * feature that loads code on demand.
 *
 * Specifiers are read from the minified text with patterns rather than a parser; the built files
 * are Rolldown output, where every import has one of these shapes. A path specifier that resolves
 * to no file is reported (`missing`), never dropped silently. Bare names (`from "x"`) are skipped:
 * a browser cannot load them, so in built code they can only be words inside a string.
 */

const STATIC_FROM = /\bfrom\s*(["'`])([^"'`\n]+)\1/g;
const SIDE_EFFECT = /\bimport\s*(["'`])([^"'`\n]+)\1/g;
const DYNAMIC = /\bimport\s*\(\s*(["'`])([^"'`\n]+)\1\s*\)/g;
const PRELOAD_LIST = /__vite__mapDeps\s*=[^[]*\[([^\]]*)\]/g;
const QUOTED = /(["'`])([^"'`\n]+)\1/g;

/** How a specifier is written: relative to the importing file, or to the site root (preload lists). */
export interface Specifier {
	text: string;
	base: 'file' | 'root';
}

/** Every import specifier in one built ES module, in the order they appear, without repeats. */
export function importSpecifiers(code: string): Specifier[] {
	const found = new Map<string, Specifier>();
	const add = (text: string, base: Specifier['base']) => {
		if (!found.has(`${base}:${text}`)) found.set(`${base}:${text}`, { text, base });
	};
	for (const pattern of [STATIC_FROM, SIDE_EFFECT, DYNAMIC]) {
		for (const match of code.matchAll(pattern)) add(match[2]!, 'file');
	}
	// Vite writes preload lists relative to the site's base (`"_astro/db.js"`), not to the file.
	for (const list of code.matchAll(PRELOAD_LIST)) {
		for (const match of list[1]!.matchAll(QUOTED)) add(match[2]!, 'root');
	}
	return [...found.values()];
}

/** The site path (`/_astro/x.js`) a specifier points to, or undefined for a bare package name. */
export function resolveSpecifier(specifier: Specifier, importer: string): string | undefined {
	const { text, base } = specifier;
	if (base === 'root') return new URL(text, 'http://site/').pathname;
	if (!text.startsWith('.') && !text.startsWith('/')) return undefined;
	return new URL(text, `http://site${importer}`).pathname;
}

export interface Closure {
	/** Every file reached, entries first, as site paths. */
	files: string[];
	/** Specifiers that point to no file, as `importer → specifier`. */
	missing: string[];
}

/**
 * The files reachable from `entries` (site paths). `read` returns a file's text, or undefined
 * when there is no such file; only `.js` and `.mjs` files are read for further imports.
 */
export function moduleClosure(
	entries: readonly string[],
	read: (path: string) => string | undefined,
): Closure {
	const seen = new Set<string>();
	const missing: string[] = [];
	const queue = [...entries];
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		const code = read(path);
		if (code === undefined) {
			missing.push(`(entry) → ${path}`);
			continue;
		}
		seen.add(path);
		if (!/\.m?js$/.test(path)) continue;
		for (const specifier of importSpecifiers(code)) {
			const target = resolveSpecifier(specifier, path);
			if (target === undefined || seen.has(target)) continue;
			if (read(target) === undefined) missing.push(`${path} → ${specifier.text}`);
			else queue.push(target);
		}
	}
	return { files: [...seen], missing };
}
