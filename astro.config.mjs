// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';
import { courseCheck } from './src/integrations/course-check.ts';
import { remarkCourse } from './src/integrations/remark-course.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { readSourceLabels } from './src/integrations/source-labels.ts';
import { unusedCss } from './src/integrations/unused-css.ts';
import { zodWithoutEval } from './src/integrations/zod-without-eval.ts';

// `RIP_TARGET=scorm` builds the site variant that SCORM packages are cut from (scorm-build/cli.ts).
const target = process.env['RIP_TARGET'] === 'scorm' ? 'scorm' : 'site';

export default defineConfig({
	outDir: target === 'scorm' ? './dist-scorm' : './dist',
	trailingSlash: 'always',
	build: { format: 'directory' },
	// No prefetching, analytics or external fonts: every request stays on the site's own origin.
	prefetch: false,
	devToolbar: { enabled: false },
	// A Content-Security-Policy `<meta>` on every page, with hashes of the inline scripts and styles.
	security: { csp: contentSecurityPolicy() },
	integrations: [
		courseCheck(),
		preact(),
		mdx(),
		unusedCss(),
		// The site's search index; packages leave search out (README, "Search").
		searchIndex({ enabled: target === 'site' }),
	],
	vite: {
		resolve: {
			// Dexie's default entry wraps its UMD build; the ES module build is the same code,
			// about 11 KB smaller once minified, on every page that keeps progress.
			alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
		},
		define: { 'import.meta.env.RIP_TARGET': JSON.stringify(target) },
		plugins: [
			{
				// Astro marks every MDX module with a `"use astro:head-inject"` directive and Rolldown
				// warns, once per lesson, that bundling may not keep it (withastro/astro#18087, open).
				// Those warnings buried the ones an author needs to see, so only that one is dropped.
				name: 'rip:quiet-head-inject-directive',
				onLog(_level, log) {
					const headInjectNotice =
						log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject');
					return !headInjectNotice;
				},
			},
			zodWithoutEval(),
		],
		...(target === 'scorm' && {
			experimental: {
				// Vite's preload helper fetches a dynamic import's dependencies from `base + dep` at
				// runtime (`"/" + "_astro/db.js"`), out of reach of the text rewrite in
				// scorm-build/relative-urls.ts; inside an LMS those requests go to the host's root.
				// Relative URLs in scripts make the helper resolve each dependency against the
				// importing script instead. HTML and CSS keep Vite's default and are rewritten later.
				renderBuiltUrl: (_file, { hostType }) =>
					hostType === 'js' ? { relative: true } : undefined,
			},
		}),
	},
	markdown: {
		// Shiki colours code with inline `style` attributes, which the Content-Security-Policy refuses;
		// a code block an author writes stays a plain, readable `<pre>`.
		syntaxHighlight: false,
		// Astro 7's default Markdown processor does not run remark plugins; `remark-course` needs them.
		processor: unified({
			remarkPlugins: [
				[
					remarkCourse,
					{ glossaryHref: '/glossary/', sourceLabels: readSourceLabels(import.meta.dirname) },
				],
			],
		}),
	},
});
