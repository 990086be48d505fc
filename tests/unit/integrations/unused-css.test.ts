import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtClassNames } from '../../../src/integrations/unused-css.ts';

const SRC = join(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(astro|ts|tsx|mdx)$/.test(entry.name) ? [path] : [];
	});
}

/** `app-chart__bar--${bar.key}` gives `app-chart__bar--`: a BEM element or modifier built at run time. */
function builtClassPrefixes(): { prefix: string; file: string }[] {
	return sourceFiles(SRC)
		.filter((file) => !file.endsWith('unused-css.ts'))
		.flatMap((file) =>
			[
				...readFileSync(file, 'utf8').matchAll(/([a-z][a-z0-9-]*(?:__[a-z0-9-]+)?(?:--|__))\$\{/g),
			].map((match) => ({ prefix: match[1]!, file: relative(SRC, file) })),
		);
}

const kept = (className: string) =>
	builtClassNames.some((entry) =>
		typeof entry === 'string' ? entry.startsWith(className) : entry.test(className),
	);

describe('classes the CSS purge must keep', () => {
	it('finds the classes built at run time', () => {
		expect(builtClassPrefixes().map(({ prefix }) => prefix)).toContain('app-chart__bar--');
	});

	it('keeps every class a component builds from a value, which no source file spells out whole', () => {
		const dropped = builtClassPrefixes()
			.filter(({ prefix }) => !kept(`${prefix}red`) && !kept(prefix))
			.map(({ prefix, file }) => `${prefix}… (${file})`);
		expect(dropped, 'add these to builtClassNames in src/integrations/unused-css.ts').toEqual([]);
	});

	it("keeps the Rights Check's radios and checkboxes, whose block name is built from the field kind", () => {
		for (const kind of ['radios', 'checkboxes']) {
			for (const part of ['', '__item', '__input', '__label', '__hint']) {
				expect(kept(`nhsuk-${kind}${part}`), `nhsuk-${kind}${part}`).toBe(true);
			}
		}
	});
});
