import { describe, expect, test } from 'vitest';
import {
	importSpecifiers,
	moduleClosure,
	resolveSpecifier,
} from '../../../../scripts/bench/module-graph.ts';

/** A small built site: an island that imports a shared chunk and loads an importer on demand. */
const FILES = new Map<string, string>([
	[
		'/_astro/Island.js',
		'import{t as e}from"./shared.js";import"./side.js";' +
			'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/lazy.js","_astro/zod.js","_astro/lazy.css"])))=>i.map(i=>d[i]);' +
			'async function load(){return(await r(()=>import(`./lazy.js`),__vite__mapDeps([0,1,2]))).parse}',
	],
	['/_astro/shared.js', 'export const t="Choose from \\"the list\\" below";'],
	['/_astro/side.js', 'import{t}from"./shared.js";console.log(t)'],
	['/_astro/lazy.js', 'import{z}from"./zod.js";export{parse}from"./Island.js";'],
	['/_astro/zod.js', 'export const z={};'],
	['/_astro/lazy.css', '.a{color:red}'],
	['/_astro/Other.js', 'export const unused=1;'],
]);
const read = (path: string) => FILES.get(path);

describe('importSpecifiers', () => {
	test('finds static, side-effect and dynamic imports and the preload list of a built module', () => {
		expect(importSpecifiers(FILES.get('/_astro/Island.js')!)).toEqual([
			{ text: './shared.js', base: 'file' },
			{ text: './side.js', base: 'file' },
			{ text: './lazy.js', base: 'file' },
			{ text: '_astro/lazy.js', base: 'root' },
			{ text: '_astro/zod.js', base: 'root' },
			{ text: '_astro/lazy.css', base: 'root' },
		]);
	});

	test('finds re-exports', () => {
		expect(importSpecifiers('export{a}from"./a.js";export*from"./b.js"')).toEqual([
			{ text: './a.js', base: 'file' },
			{ text: './b.js', base: 'file' },
		]);
	});
});

describe('resolveSpecifier', () => {
	test('resolves a relative specifier against the importing file', () => {
		expect(resolveSpecifier({ text: '../x/a.js', base: 'file' }, '/_astro/y/b.js')).toBe(
			'/_astro/x/a.js',
		);
	});

	test('resolves a preload-list entry against the site root', () => {
		expect(resolveSpecifier({ text: '_astro/a.js', base: 'root' }, '/_astro/b.js')).toBe(
			'/_astro/a.js',
		);
	});

	test('skips a bare name, which in built code can only be words in a string', () => {
		expect(resolveSpecifier({ text: 'the list', base: 'file' }, '/_astro/a.js')).toBeUndefined();
	});
});

describe('moduleClosure', () => {
	test('reaches the chunks a page loads on first use, through dynamic imports and preload lists', () => {
		const closure = moduleClosure(['/_astro/Island.js'], read);
		expect(closure.files.toSorted()).toEqual([
			'/_astro/Island.js',
			'/_astro/lazy.css',
			'/_astro/lazy.js',
			'/_astro/shared.js',
			'/_astro/side.js',
			'/_astro/zod.js',
		]);
		expect(closure.missing).toEqual([]);
	});

	test('counts a file imported twice, or in a cycle, once', () => {
		const closure = moduleClosure(['/_astro/Island.js', '/_astro/side.js'], read);
		expect(closure.files.filter((file) => file === '/_astro/shared.js')).toHaveLength(1);
	});

	test('reports an import of a file that is not there instead of dropping it', () => {
		const files = new Map([['/_astro/a.js', 'import"./gone.js"']]);
		expect(moduleClosure(['/_astro/a.js', '/_astro/b.js'], (p) => files.get(p))).toEqual({
			files: ['/_astro/a.js'],
			missing: ['/_astro/a.js → ./gone.js', '(entry) → /_astro/b.js'],
		});
	});
});
