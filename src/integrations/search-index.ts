/**
 * Builds the site's search index with Pagefind once `astro build` has written the pages: every
 * page whose `<main>` carries `data-pagefind-body` (lessons, module pages, the 16 rights, the
 * glossary, sources and the law; `BaseLayout`'s `searchable`) is indexed into `dist/pagefind/`,
 * which `/search/` reads. The SCORM variant gets no index: packages leave search out (README).
 * An indexing error fails the build, so a site never ships with a search that finds nothing.
 */
import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/** Where the index is written, under the site's output folder. */
const SEARCH_INDEX_FOLDER = 'pagefind';

/** Pagefind's ready-made interfaces, which the search page does not use (it draws its own). */
const UNUSED_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

export function searchIndex(options: { enabled: boolean }): AstroIntegration {
	return {
		name: 'rip:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (!options.enabled) return;
				const site = fileURLToPath(dir);
				try {
					const { index, errors } = await createIndex({ forceLanguage: 'en' });
					if (!index) throw new Error(errors.join('; '));
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0) throw new Error(added.errors.join('; '));
					if (added.page_count === 0) throw new Error('no page is marked data-pagefind-body');
					const written = await index.writeFiles({ outputPath: `${site}${SEARCH_INDEX_FOLDER}` });
					if (written.errors.length > 0) throw new Error(written.errors.join('; '));
					await Promise.all(
						UNUSED_FILES.map((file) =>
							rm(`${site}${SEARCH_INDEX_FOLDER}/${file}`, { force: true }),
						),
					);
					logger.info(`Search index: ${added.page_count} pages.`);
				} finally {
					await close();
				}
			},
		},
	};
}
