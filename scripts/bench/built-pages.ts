import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page the build wrote under `dist` (each `index.html`), as site paths, sorted. */
export function builtPages(dist: string): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) {
				if (name !== '_astro') walk(path);
			} else if (name === 'index.html') {
				const folder = relative(dist, dir).split('\\').join('/');
				pages.push(folder ? `/${folder}/` : '/');
			}
		}
	};
	walk(dist);
	return pages.sort();
}

export interface PageAssets {
	/** Scripts the page starts from: module scripts, island components and renderers, preloads. */
	scripts: string[];
	stylesheets: string[];
}

const TAG = /<(script|link|astro-island)\b[^>]*>/gi;
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const SCRIPT_ATTRIBUTES = ['component-url', 'renderer-url', 'before-hydration-url'];

/**
 * The JavaScript and CSS files a built page names in its HTML, as site paths resolved against
 * `pagePath`. Inline scripts are part of the HTML and not counted here.
 */
export function pageAssets(html: string, pagePath: string): PageAssets {
	const scripts = new Set<string>();
	const stylesheets = new Set<string>();
	const resolve = (url: string) => new URL(url, `http://site${pagePath}`).pathname;
	for (const tag of html.matchAll(TAG)) {
		const attributes = new Map(
			[...tag[0].matchAll(ATTRIBUTE)].map((match) => [
				match[1]!.toLowerCase(),
				match[2] ?? match[3] ?? '',
			]),
		);
		const kind = tag[1]!.toLowerCase();
		const rel = attributes.get('rel')?.toLowerCase();
		if (kind === 'script' && attributes.has('src')) scripts.add(resolve(attributes.get('src')!));
		if (kind === 'link' && rel === 'modulepreload') scripts.add(resolve(attributes.get('href')!));
		if (kind === 'link' && rel === 'stylesheet') stylesheets.add(resolve(attributes.get('href')!));
		if (kind === 'astro-island') {
			for (const name of SCRIPT_ATTRIBUTES) {
				const url = attributes.get(name);
				if (url) scripts.add(resolve(url));
			}
		}
	}
	return { scripts: [...scripts], stylesheets: [...stylesheets] };
}
