import { getCollection } from 'astro:content';
import { citeSource } from '../lib/course/cite.ts';
import type { ExtractOptions } from '../lib/course/extract/index.ts';
import { routes } from '../lib/site/url.ts';

/**
 * How components read outside MDX rendering (tracked components for tool pages, scenarios for
 * their pages) link terms and name sources: as the lessons do, so a `<LegalRef>` in a statement
 * reads "Mental Health Act 1983: Code of Practice…", not its id.
 */
export async function extractOptions(): Promise<ExtractOptions> {
	const sourceLabels = Object.fromEntries(
		(await getCollection('sources')).map((s) => [s.data.id, citeSource(s.data)]),
	);
	return { glossaryHref: routes.glossary(), sourceLabels };
}
