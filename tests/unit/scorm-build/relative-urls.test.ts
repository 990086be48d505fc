import { describe, expect, test } from 'vitest';
import {
	findRootAbsoluteUrls,
	findRuntimeRootUrls,
	prefixFor,
	relativiseUrls,
} from '../../../scorm-build/relative-urls.ts';

const ROOTS = ['_astro', 'modules', 'glossary', 'rights', 'favicon.svg'];

describe('relativiseUrls', () => {
	test('points page links at index.html, relative to the page', () => {
		const html =
			'<a href="/modules/m1/l-one/">Next</a> <a href="/glossary/#blanket-restriction">term</a>';
		expect(relativiseUrls(html, 'modules/m1/l-two/index.html', ROOTS)).toBe(
			'<a href="../../../modules/m1/l-one/index.html">Next</a> <a href="../../../glossary/index.html#blanket-restriction">term</a>',
		);
	});

	test('rewrites island attributes and URLs inside escaped JSON props', () => {
		const html =
			'<astro-island component-url="/_astro/Quiz.js" props="{&quot;href&quot;:[0,&quot;/modules/m1/&quot;]}">';
		expect(relativiseUrls(html, 'launch/m1/index.html', ROOTS)).toBe(
			'<astro-island component-url="../../_astro/Quiz.js" props="{&quot;href&quot;:[0,&quot;../../modules/m1/index.html&quot;]}">',
		);
	});

	test('rewrites author HTML inside JSON inside an attribute', () => {
		const html =
			'props="{&quot;html&quot;:&quot;<a href=\\&quot;/glossary/#x\\&quot;>x</a>&quot;}"';
		expect(relativiseUrls(html, 'index.html', ROOTS)).toBe(
			'props="{&quot;html&quot;:&quot;<a href=\\&quot;./glossary/index.html#x\\&quot;>x</a>&quot;}"',
		);
	});

	test('rewrites CSS urls relative to the stylesheet', () => {
		expect(relativiseUrls('a{background:url(/_astro/icon.svg)}', '_astro/site.css', ROOTS)).toBe(
			'a{background:url(../_astro/icon.svg)}',
		);
	});

	test('leaves other origins, fragments and unknown roots alone', () => {
		const html =
			'<a href="#main">skip</a><a href="/pluginfile.php/x">lms</a><a href="/modulesx/">no</a>';
		expect(relativiseUrls(html, 'modules/m/index.html', ROOTS)).toBe(html);
	});

	test('keeps a root file name exact', () => {
		expect(relativiseUrls('<link href="/favicon.svg">', 'rights/art-8/index.html', ROOTS)).toBe(
			'<link href="../../favicon.svg">',
		);
	});
});

describe('findRootAbsoluteUrls', () => {
	test('finds what is left and nothing after rewriting', () => {
		const html = '<script src="/_astro/a.js"></script>';
		expect(findRootAbsoluteUrls(html, ROOTS)).toEqual(['/_astro/a.js']);
		expect(findRootAbsoluteUrls(relativiseUrls(html, 'x/index.html', ROOTS), ROOTS)).toEqual([]);
	});
});

describe('findRuntimeRootUrls', () => {
	// Shaped like Vite 8's output in `_astro/preload-helper.*.js` and the chunk that imports Dexie.
	const oldHelper =
		'var q=(function(){return`modulepreload`})(),J=function(e){return`/`+e},Y={};r=o(t.map(t=>{t=J(t,n);let r=s(t)}))';
	const oldDeps =
		'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/dexie-storage.Dvfge-jz.js","_astro/db.bIRLnrOZ.js"])))=>i.map(i=>d[i]);';
	const fixedHelper =
		'var q=(function(){return`modulepreload`})(),J=function(e,t){return new URL(e,t).href},Y={};';
	const fixedDeps =
		'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./dexie-storage.Dvfge-jz.js","../_astro/db.bIRLnrOZ.js"])))=>i.map(i=>d[i]);';

	test('finds a preload helper that puts `/` in front of every dependency', () => {
		expect(findRuntimeRootUrls(oldHelper)).toEqual(['`/`+e']);
	});

	test('finds preload dependencies written from the site root', () => {
		expect(findRuntimeRootUrls(oldDeps)).toEqual([
			'_astro/dexie-storage.Dvfge-jz.js',
			'_astro/db.bIRLnrOZ.js',
		]);
	});

	test('finds other ways of building a URL from `/`', () => {
		expect(findRuntimeRootUrls('fetch("/"+"_astro/x.js");a=`/${base}_astro/y.js`')).toEqual([
			'"/"+"_astro/x.js"',
			'`/${base}',
		]);
		expect(findRuntimeRootUrls("u = '/' + path")).toEqual(["'/' + path"]);
	});

	test('accepts a helper that resolves dependencies against the importing script', () => {
		expect(findRuntimeRootUrls(fixedHelper + fixedDeps)).toEqual([]);
	});

	test('leaves a `/` joined between two parts and a lone `/` string alone', () => {
		expect(findRuntimeRootUrls('p=dir+"/"+name;q=a.split(`/`);r="/"')).toEqual([]);
	});
});

test('prefixFor counts folders', () => {
	expect(prefixFor('index.html')).toBe('./');
	expect(prefixFor('a/b/index.html')).toBe('../../');
});
