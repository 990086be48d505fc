/**
 * The search page's script: reads `?q=`, searches the Pagefind index the build wrote
 * (`src/integrations/search-index.ts`) and lists the pages found with their excerpts. Pagefind's
 * own script is loaded from the index folder only when there is something to search for, so no
 * other page, and this one before a search, loads it.
 */
import { excerptParts } from '../lib/search/excerpt.ts';

interface Words {
	/** Pagefind's script in the index folder. */
	indexUrl: string;
	searching: string;
	one: string;
	many: string;
	manyShown: string;
	none: string;
	failed: string;
}

interface PagefindResult {
	data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}

interface Pagefind {
	search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** At most this many results are shown: the course is small, and more would be noise. */
const MAX_RESULTS = 20;

const fill = (template: string, values: Record<string, string>) =>
	template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

function excerptNode(excerpt: string): HTMLParagraphElement {
	const paragraph = document.createElement('p');
	paragraph.className = 'nhsuk-body-s app-search-results__excerpt';
	for (const part of excerptParts(excerpt)) {
		if (part.marked) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			paragraph.append(mark);
		} else paragraph.append(part.text);
	}
	return paragraph;
}

function resultNode(result: { url: string; excerpt: string; title: string }): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'app-search-results__item';
	const heading = document.createElement('h2');
	heading.className = 'nhsuk-heading-s app-search-results__title';
	const link = document.createElement('a');
	link.href = result.url;
	link.textContent = result.title;
	heading.append(link);
	item.append(heading, excerptNode(result.excerpt));
	return item;
}

async function run(): Promise<void> {
	const words = JSON.parse(
		document.getElementById('rip-search-words')?.textContent ?? 'null',
	) as Words | null;
	const field = document.querySelector<HTMLInputElement>('#search-query');
	const status = document.getElementById('search-status');
	const list = document.getElementById('search-results');
	if (!words || !field || !status || !list) return;

	const query = (new URLSearchParams(location.search).get('q') ?? '').trim();
	field.value = query;
	if (query === '') return;

	status.textContent = words.searching;
	try {
		const pagefind = (await import(/* @vite-ignore */ words.indexUrl)) as Pagefind;
		const found = await pagefind.search(query);
		const shown = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
		list.replaceChildren(
			...shown.map((page) =>
				resultNode({ url: page.url, excerpt: page.excerpt, title: page.meta.title ?? page.url }),
			),
		);
		const count = found.results.length;
		const template =
			count === 0
				? words.none
				: count === 1
					? words.one
					: count > shown.length
						? words.manyShown
						: words.many;
		status.textContent = fill(template, {
			count: String(count),
			shown: String(shown.length),
			query,
		});
	} catch (error) {
		console.error('Rights in Practice: search could not run.', error);
		status.textContent = words.failed;
	}
}

void run();
