import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { citeSource } from '../lib/course/cite.ts';
import { SourceSchema } from '../schemas/source.ts';

/**
 * Readable citations for `<LegalRef>` inside quiz and scenario text, which is turned into HTML
 * before Astro's content collections are available. A broken `sources.yaml` yields what it can:
 * the course check reports the problem itself.
 */
export function readSourceLabels(rootDir: string): Record<string, string> {
	let entries: unknown;
	try {
		entries = parse(readFileSync(join(rootDir, 'content/sources.yaml'), 'utf8'));
	} catch {
		return {};
	}
	if (!Array.isArray(entries)) return {};
	const labels: Record<string, string> = {};
	for (const entry of entries) {
		const source = SourceSchema.safeParse(entry);
		if (source.success) labels[source.data.id] = citeSource(source.data);
	}
	return labels;
}
