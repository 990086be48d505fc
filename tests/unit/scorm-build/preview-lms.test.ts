import { describe, expect, test } from 'vitest';
import { buildManifest } from '../../../scorm-build/manifest.ts';
import { SCHEMA_FILES } from '../../../scorm-build/manifest/names.ts';
import {
	applyParameters,
	contentBase,
	contentType,
	describeManifest,
	lookupContent,
	requestPathOf,
} from '../../../scorm-build/preview-lms/routes.ts';
import type { ScormVersion } from '../../../src/schemas/scorm.ts';

const BASE = contentBase('839201', 3);

describe('the deep sub-path', () => {
	test('is shaped like Moodle’s pluginfile URL', () => {
		expect(BASE).toBe('/pluginfile.php/839201/mod_scorm/content/3/');
		expect(() => contentBase('../x', 1)).toThrow();
		expect(() => contentBase('123', 0)).toThrow();
	});

	test('maps a request under it to the file in the package', () => {
		expect(lookupContent(`${BASE}launch/m1/index.html`, BASE)).toEqual({
			kind: 'file',
			path: 'launch/m1/index.html',
		});
		expect(lookupContent(`${BASE}imsmanifest.xml`, BASE)).toEqual({
			kind: 'file',
			path: 'imsmanifest.xml',
		});
	});

	test('percent-decodes each segment', () => {
		expect(lookupContent(`${BASE}m1/lesson%202/%C3%BC.html`, BASE)).toEqual({
			kind: 'file',
			path: 'm1/lesson 2/ü.html',
		});
		expect(lookupContent(`${BASE}_astro/index%231.css`, BASE)).toEqual({
			kind: 'file',
			path: '_astro/index#1.css',
		});
	});

	test('ignores requests outside it (root-absolute URLs land there)', () => {
		expect(lookupContent('/_astro/app.js', BASE)).toBeNull();
		expect(lookupContent('/pluginfile.php/839201/mod_scorm/content/4/a.html', BASE)).toBeNull();
		expect(lookupContent('/pluginfile.php/839201/mod_scorm/content/3', BASE)).toBeNull();
	});

	test('refuses traversal and encoded separators', () => {
		expect(lookupContent(`${BASE}../2/a.html`, BASE)).toMatchObject({ kind: 'invalid' });
		expect(lookupContent(`${BASE}a/%2E%2E/b.html`, BASE)).toMatchObject({ kind: 'invalid' });
		expect(lookupContent(`${BASE}a%2Fb.html`, BASE)).toMatchObject({ kind: 'invalid' });
		expect(lookupContent(`${BASE}a%5Cb.html`, BASE)).toMatchObject({ kind: 'invalid' });
		expect(lookupContent(`${BASE}a//b.html`, BASE)).toMatchObject({ kind: 'invalid' });
		expect(lookupContent(`${BASE}%E0%A4%A.html`, BASE)).toMatchObject({ kind: 'invalid' });
	});

	test('does not turn a directory URL into index.html (LMSs do not)', () => {
		expect(lookupContent(`${BASE}m1/lesson-1/`, BASE)).toEqual({
			kind: 'directory',
			path: 'm1/lesson-1/',
		});
		expect(lookupContent(BASE, BASE)).toEqual({ kind: 'directory', path: '' });
	});

	test('request paths drop the query and fragment', () => {
		expect(requestPathOf(`${BASE}a.html?x=1#top`)).toBe(`${BASE}a.html`);
		expect(requestPathOf('/api/state')).toBe('/api/state');
	});
});

describe('content types', () => {
	test('as a strict LMS sends them', () => {
		expect(contentType('a/index.html')).toBe('text/html; charset=utf-8');
		expect(contentType('_astro/app.JS')).toBe('text/javascript; charset=utf-8');
		expect(contentType('_astro/font.woff2')).toBe('font/woff2');
		expect(contentType('imsmanifest.xml')).toBe('application/xml');
		expect(contentType('_astro/module.mjs')).toBe('text/plain; charset=utf-8');
		expect(contentType('_astro/x.wasm')).toBe('application/octet-stream');
		expect(contentType('README')).toBe('application/octet-stream');
	});
});

describe('describeManifest', () => {
	const manifest = (version: ScormVersion) =>
		buildManifest({
			version,
			identifier: 'rip',
			title: 'Rights in Practice',
			description: 'd',
			contentVersion: '1.0.0',
			language: 'en-GB',
			organizationTitle: 'Rights in Practice — course',
			scos: [
				{
					id: 'm1',
					title: 'Module 1',
					description: 'd',
					href: 'launch/m1/index.html',
					masteryScore: 80,
					typicalMinutes: 20,
				},
				{
					id: 'm2',
					title: 'Module 2',
					description: 'd',
					href: 'launch/m 2/index.html',
					masteryScore: 75,
					typicalMinutes: 20,
				},
			],
			files: [
				'launch/m1/index.html',
				'launch/m 2/index.html',
				...(version === '1.2' ? [] : SCHEMA_FILES[version]),
			],
		});

	test('SCORM 1.2: API, launch files and mastery scores', () => {
		const d = describeManifest(manifest('1.2'));
		expect(d).toMatchObject({
			api: '1.2',
			schemaversion: '1.2',
			schemaversionExact: true,
			title: 'Rights in Practice — course',
			warnings: [],
		});
		expect(d.scos).toEqual([
			{
				identifier: 'ITEM-m1',
				title: 'Module 1',
				scormType: 'sco',
				launch: 'launch/m1/index.html',
				masteryScore: '80',
				objectiveIds: [],
			},
			{
				identifier: 'ITEM-m2',
				title: 'Module 2',
				scormType: 'sco',
				launch: 'launch/m%202/index.html',
				masteryScore: '75',
				objectiveIds: [],
			},
		]);
	});

	test.each(['2004-3', '2004-4'] as const)(
		'SCORM %s: API, scaled passing score and objectives',
		(version) => {
			const d = describeManifest(manifest(version));
			expect(d.api).toBe('2004');
			expect(d.schemaversionExact).toBe(true);
			expect(d.scos[0]).toEqual({
				identifier: 'ITEM-m1',
				title: 'Module 1',
				scormType: 'sco',
				launch: 'launch/m1/index.html',
				scaledPassingScore: '0.8',
				objectiveIds: ['m1.primary'],
			});
		},
	);

	test('a wrong scormType spelling is launched as an asset, as an LMS would', () => {
		const d = describeManifest(manifest('1.2').replaceAll('adlcp:scormtype', 'adlcp:scormType'));
		expect(d.scos.map((s) => s.scormType)).toEqual(['asset', 'asset']);
		expect(d.warnings.join('\n')).toMatch(/launched as an asset/);
	});

	test('a padded <schemaversion> is flagged', () => {
		const d = describeManifest(
			manifest('2004-4').replace(
				'<schemaversion>2004 4th Edition<',
				'<schemaversion>\n  2004 4th Edition\n<',
			),
		);
		expect(d.schemaversionExact).toBe(false);
		expect(d.api).toBe('2004');
	});

	test('item parameters follow the CAM rules', () => {
		expect(applyParameters('a.html', undefined)).toBe('a.html');
		expect(applyParameters('a.html', '?x=1')).toBe('a.html?x=1');
		expect(applyParameters('a.html?y=2', '?x=1')).toBe('a.html?y=2&x=1');
		expect(applyParameters('a.html', '#p3')).toBe('a.html#p3');
	});
});
