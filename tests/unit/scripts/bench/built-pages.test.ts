import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, pageAssets } from '../../../../scripts/bench/built-pages.ts';

describe('pageAssets', () => {
	test('lists module scripts, island components and renderers, preloads and stylesheets', () => {
		const html = `<html><head>
			<link rel="stylesheet" href="/_astro/app.css"><link rel="icon" href="/favicon.svg">
			<link rel="modulepreload" href="/_astro/pre.js">
			<script type="module" src="/_astro/entry.js"></script>
			<script>(()=>{var a="<script src=inline.js>"})()</script>
		</head><body>
			<astro-island uid="1" component-url="/_astro/Quiz.js" component-export="QuizIsland" renderer-url="/_astro/client.js" ssr></astro-island>
			<astro-island uid="2" component-url="/_astro/Other.js" renderer-url="/_astro/client.js"></astro-island>
		</body></html>`;
		expect(pageAssets(html, '/modules/m/l/')).toEqual({
			scripts: [
				'/_astro/pre.js',
				'/_astro/entry.js',
				'/_astro/Quiz.js',
				'/_astro/client.js',
				'/_astro/Other.js',
			],
			stylesheets: ['/_astro/app.css'],
		});
	});

	test('resolves relative URLs against the page, as in a SCORM package', () => {
		const html = `<script type="module" src="../../_astro/entry.js"></script><link rel="stylesheet" href='../../_astro/a.css'>`;
		expect(pageAssets(html, '/modules/m/')).toEqual({
			scripts: ['/_astro/entry.js'],
			stylesheets: ['/_astro/a.css'],
		});
	});
});

describe('builtPages', () => {
	test('lists every index.html as a site path, leaving out _astro', async () => {
		const dist = await mkdtemp(join(tmpdir(), 'bench-pages-'));
		try {
			for (const dir of ['', 'glossary', 'modules/m/l', '_astro'])
				await mkdir(join(dist, dir), { recursive: true });
			for (const file of ['index.html', 'glossary/index.html', 'modules/m/l/index.html'])
				await writeFile(join(dist, file), '<p>page</p>');
			await writeFile(join(dist, '_astro/index.html'), '');
			await writeFile(join(dist, 'modules/m/other.html'), '');
			expect(builtPages(dist)).toEqual(['/', '/glossary/', '/modules/m/l/']);
		} finally {
			await rm(dist, { recursive: true, force: true });
		}
	});
});
