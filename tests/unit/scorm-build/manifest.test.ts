import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, test } from 'vitest';
import { buildManifest, type ManifestInput } from '../../../scorm-build/manifest.ts';
import { isoDuration } from '../../../scorm-build/manifest/metadata.ts';
import {
	SCHEMA_DIRS,
	SCHEMA_FILES,
	SCHEMA_VERSION_TEXT,
} from '../../../scorm-build/manifest/names.ts';
import { encodeHref, toXsId } from '../../../scorm-build/manifest/xml.ts';
import {
	attribute,
	descendants,
	parseXml,
	type XmlElement,
} from '../../../scorm-build/manifest/xml-reader.ts';
import { validateManifest } from '../../../scorm-build/validate.ts';
import { xmllintMessages } from '../../../scorm-build/validate/xsd.ts';
import type { ScormVersion } from '../../../src/schemas/scorm.ts';

const VERSIONS: ScormVersion[] = ['1.2', '2004-3', '2004-4'];
const SCHEMAS = join(import.meta.dirname, '../../../scorm-build/schemas');

const CONTENT_FILES = [
	'launch/m1/index.html',
	'launch/2-rights/index.html',
	'm1/lesson-1/index.html',
	'm1/lesson 2/index.html',
	'_astro/index#1.css',
	'_astro/app.js',
	'reference/glossary/index.html',
];

function input(version: ScormVersion, overrides: Partial<ManifestInput> = {}): ManifestInput {
	const schemaFiles = version === '1.2' ? [] : [...SCHEMA_FILES[version]];
	return {
		version,
		identifier: 'rights-in-practice',
		title: 'Rights in Practice — “Über” & <care> café ✓',
		description: 'Human rights for children’s inpatient services: é, ü, ½.',
		contentVersion: '1.4.0',
		language: 'en-GB',
		organizationTitle: 'Rights in Practice',
		scos: [
			{
				id: 'm1',
				title: 'Module 1: Rights — an introduction',
				description: 'Why rights matter',
				href: 'launch/m1/index.html',
				masteryScore: 80,
				typicalMinutes: 45,
			},
			{
				id: '2-rights',
				title: 'Module 2: Liberty',
				description: 'Deprivation of liberty',
				href: 'launch/2-rights/index.html',
				masteryScore: 66.67,
				typicalMinutes: 30,
			},
		],
		files: [...CONTENT_FILES, ...schemaFiles, 'imsmanifest.xml'],
		...overrides,
	};
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

const CP_NS = {
	'1.2': 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
	'2004-3': 'http://www.imsglobal.org/xsd/imscp_v1p1',
	'2004-4': 'http://www.imsglobal.org/xsd/imscp_v1p1',
} as const;

const elements = (root: XmlElement, version: ScormVersion, local: string) =>
	descendants(root, CP_NS[version], local);

describe('buildManifest, valid against the official XSDs', () => {
	test.each(VERSIONS)('SCORM %s validates, with every file listed', async (version) => {
		const data = input(version);
		const xml = buildManifest(data);
		const result = await validateManifest(xml, version, { files: data.files });
		expect(result.errors).toEqual([]);
		expect(result.valid).toBe(true);
	});

	test.each(VERSIONS)('SCORM %s: a one-module package validates too', async (version) => {
		const data = input(version, {
			scos: input(version).scos.slice(0, 1),
			files: ['launch/m1/index.html', ...(version === '1.2' ? [] : SCHEMA_FILES[version])],
		});
		const result = await validateManifest(buildManifest(data), version, { files: data.files });
		expect(result.errors).toEqual([]);
	});

	test.each(VERSIONS)('SCORM %s: <schemaversion> text is exact, with no whitespace', (version) => {
		const xml = buildManifest(input(version));
		expect(xml).toContain(`<schemaversion>${SCHEMA_VERSION_TEXT[version]}</schemaversion>`);
		const [schemaversion] = elements(parseXml(xml), version, 'schemaversion');
		expect(schemaversion?.text).toBe(
			{ '1.2': '1.2', '2004-3': '2004 3rd Edition', '2004-4': '2004 4th Edition' }[version],
		);
		expect(xml).toContain('<schema>ADL SCORM</schema>');
	});

	test.each(VERSIONS)(
		'SCORM %s: default namespace for CP elements, exact extension prefixes',
		(version) => {
			const xml = buildManifest(input(version));
			const root = parseXml(xml);
			expect(root.prefix).toBe('');
			expect(root.ns).toBe(CP_NS[version]);
			for (const resource of elements(root, version, 'resource')) expect(resource.prefix).toBe('');
			if (version === '1.2') {
				expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
				expect(xml).toContain('adlcp:scormtype="sco"');
				expect(xml).not.toContain('scormType');
				expect(xml).not.toMatch(/imsss|adlseq|adlnav/);
			} else {
				expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"');
				expect(xml).toContain('xmlns:imsss="http://www.imsglobal.org/xsd/imsss"');
				expect(xml).toContain('xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"');
				expect(xml).toContain('xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"');
				expect(xml).toContain('adlcp:scormType="sco"');
				expect(xml).not.toContain('scormtype');
			}
		},
	);

	test.each(VERSIONS)(
		'SCORM %s: titles are literal UTF-8, only & < > quotes escaped',
		(version) => {
			const xml = buildManifest(input(version));
			expect(xml).toContain('Rights in Practice — “Über” &amp; &lt;care&gt; café ✓');
			expect(xml).toContain('Module 1: Rights — an introduction');
			expect(xml).toContain('children’s inpatient services: é, ü, ½.');
			expect(xml).not.toMatch(/&#x?[0-9a-f]+;/i);
			expect(buildManifest(input(version, { organizationTitle: 'Say "hi" it\'s' }))).toContain(
				'<title>Say &quot;hi&quot; it&apos;s</title>',
			);
		},
	);

	test.each(VERSIONS)(
		'SCORM %s: metadata carries description, version, language and duration',
		(version) => {
			const xml = buildManifest(input(version));
			const metadata = xml.slice(0, xml.indexOf('<organizations'));
			expect(metadata).toContain('Human rights for children’s inpatient services');
			expect(metadata).toContain('1.4.0');
			expect(metadata).toMatch(
				version === '1.2' ? /<imsmd:language>en-GB</ : /<lom:language>en-GB</,
			);
			expect(metadata).toContain(
				version === '1.2'
					? '<imsmd:datetime>PT1H15M</imsmd:datetime>'
					: '<lom:duration>PT1H15M</lom:duration>',
			);
		},
	);

	test.each(VERSIONS)(
		'SCORM %s: one default organization, one item and one SCO resource per SCO',
		(version) => {
			const root = parseXml(buildManifest(input(version)));
			const [organizations] = elements(root, version, 'organizations');
			const orgs = elements(root, version, 'organization');
			expect(orgs).toHaveLength(1);
			expect(attribute(organizations!, '', 'default')).toBe(attribute(orgs[0]!, '', 'identifier'));
			const items = elements(root, version, 'item');
			expect(items.map((i) => attribute(i, '', 'identifierref'))).toEqual([
				'RES-m1',
				'RES-_2-rights',
			]);
			const resources = elements(root, version, 'resource');
			const scos = resources.filter((r) =>
				r.attributes.some((a) => a.local.toLowerCase() === 'scormtype' && a.value === 'sco'),
			);
			expect(scos.map((r) => attribute(r, '', 'href'))).toEqual([
				'launch/m1/index.html',
				'launch/2-rights/index.html',
			]);
		},
	);

	test('SCORM 1.2: adlcp:masteryscore on each item equals the pass mark', () => {
		const xml = buildManifest(input('1.2'));
		expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
		expect(xml).toContain('<adlcp:masteryscore>66.67</adlcp:masteryscore>');
		const scores = descendants(
			parseXml(xml),
			'http://www.adlnet.org/xsd/adlcp_rootv1p2',
			'masteryscore',
		);
		expect(scores.map((s) => Number(s.text))).toEqual([80, 66.67]);
	});

	test.each(['2004-3', '2004-4'] as const)(
		'SCORM %s: primary objective by measure, minNormalizedMeasure = pass mark / 100',
		(version) => {
			const root = parseXml(buildManifest(input(version)));
			const imsss = 'http://www.imsglobal.org/xsd/imsss';
			const primaries = descendants(root, imsss, 'primaryObjective');
			expect(primaries.map((p) => attribute(p, '', 'satisfiedByMeasure'))).toEqual([
				'true',
				'true',
			]);
			const measures = descendants(root, imsss, 'minNormalizedMeasure').map((m) => Number(m.text));
			expect(measures).toEqual([0.8, 0.6667]);
			expect(descendants(root, 'http://www.adlnet.org/xsd/adlcp_v1p3', 'masteryscore')).toEqual([]);
		},
	);

	test.each(VERSIONS)(
		'SCORM %s: a null pass mark leaves the mastery score out',
		async (version) => {
			const base = input(version);
			const data = { ...base, scos: base.scos.map((s) => ({ ...s, masteryScore: null })) };
			const xml = buildManifest(data);
			expect(xml).not.toMatch(/masteryscore|minNormalizedMeasure|satisfiedByMeasure/);
			expect((await validateManifest(xml, version, { files: data.files })).errors).toEqual([]);
		},
	);

	test.each(VERSIONS)('SCORM %s: never hides the LMS navigation', (version) => {
		expect(buildManifest(input(version))).not.toMatch(/hideLMSUI|presentation|navigationInterface/);
	});

	test.each(VERSIONS)(
		'SCORM %s: every content file listed once; control files not listed',
		(version) => {
			const data = input(version);
			const root = parseXml(buildManifest(data));
			const hrefs = elements(root, version, 'file').map((f) =>
				decodeURIComponent(attribute(f, '', 'href')!),
			);
			expect(new Set(hrefs).size).toBe(hrefs.length);
			expect([...hrefs].sort()).toEqual([...CONTENT_FILES].sort());
			// Each SCO resource lists its launch file and depends on the shared asset resource.
			for (const resource of elements(root, version, 'resource').slice(0, 2)) {
				const files = elements(resource, version, 'file').map((f) => attribute(f, '', 'href'));
				expect(files).toEqual([attribute(resource, '', 'href')]);
				const deps = elements(resource, version, 'dependency').map((d) =>
					attribute(d, '', 'identifierref'),
				);
				expect(deps).toEqual(['RES-shared-files']);
			}
		},
	);

	test('hrefs percent-encode spaces and #', () => {
		const xml = buildManifest(input('2004-4'));
		expect(xml).toContain('<file href="m1/lesson%202/index.html"/>');
		expect(xml).toContain('<file href="_astro/index%231.css"/>');
		expect(encodeHref('a b/c#d?e:f/ü.html')).toBe('a%20b/c%23d%3Fe%3Af/%C3%BC.html');
	});

	test.each(VERSIONS)('SCORM %s: identifiers are valid, unique xs:IDs', (version) => {
		const root = parseXml(buildManifest(input(version, { identifier: '1 rights/in practice' })));
		const ids: string[] = [attribute(root, '', 'identifier')!];
		for (const local of ['organization', 'item', 'resource']) {
			for (const element of elements(root, version, local))
				ids.push(attribute(element, '', 'identifier')!);
		}
		for (const id of ids) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
		expect(new Set(ids).size).toBe(ids.length);
		expect(toXsId('1 rights/in practice')).toBe('_1_rights_in_practice');
	});

	test.each(VERSIONS)(
		'SCORM %s: deterministic (same input, same string; file order irrelevant)',
		(version) => {
			const data = input(version);
			const again = { ...input(version), files: [...data.files].reverse() };
			expect(buildManifest(data)).toBe(buildManifest(data));
			expect(buildManifest(again)).toBe(buildManifest(data));
		},
	);

	test('refuses input that would make a broken package', () => {
		const base = input('1.2');
		const sco = base.scos[0]!;
		expect(() =>
			buildManifest({ ...base, files: [...base.files, 'm1/lesson-1/index.html'] }),
		).toThrow(/twice/);
		expect(() =>
			buildManifest({ ...base, files: base.files.filter((f) => f !== sco.href) }),
		).toThrow(/not in the package/);
		expect(() => buildManifest({ ...base, files: [...base.files, '../secret.txt'] })).toThrow(
			/\.\./,
		);
		expect(() => buildManifest({ ...base, files: [...base.files, '/etc/passwd'] })).toThrow(
			/absolute/,
		);
		expect(() => buildManifest({ ...base, files: [...base.files, 'a\\b.html'] })).toThrow(
			/backslash/,
		);
		expect(() => buildManifest({ ...base, scos: [{ ...sco, masteryScore: 120 }] })).toThrow(
			/0–100/,
		);
		expect(() =>
			buildManifest({ ...base, scos: [sco, { ...sco, href: 'launch/2-rights/index.html' }] }),
		).toThrow(/Duplicate/);
		expect(() => buildManifest({ ...base, scos: [] })).toThrow(/at least one SCO/);
		expect(() => buildManifest({ ...base, title: 'bad \u0007 bell' })).toThrow(/XML cannot carry/);
		expect(() => buildManifest({ ...base, contentVersion: 'x'.repeat(21) })).toThrow(/1–20/);
	});

	test('durations are ISO 8601', () => {
		expect(isoDuration(0)).toBe('PT0S');
		expect(isoDuration(45)).toBe('PT45M');
		expect(isoDuration(90)).toBe('PT1H30M');
		expect(isoDuration(30.5)).toBe('PT30M30S');
	});
});

describe('SCHEMA_FILES', () => {
	test.each(VERSIONS)('SCORM %s: lists exactly the bundled schema files', (version) => {
		const dir = join(SCHEMAS, SCHEMA_DIRS[version]);
		const onDisk = walk(dir).map((path) => relative(dir, path).split('\\').join('/'));
		expect([...SCHEMA_FILES[version]].sort()).toEqual(onDisk.sort());
	});

	test('SCORM 1.2 carries its four XSDs; 2004 its whole edition with subfolders', () => {
		expect(SCHEMA_FILES['1.2']).toHaveLength(4);
		expect(SCHEMA_FILES['2004-4']).toContain('common/anyElement.xsd');
		expect(SCHEMA_FILES['2004-4']).toContain('lomStrict.xsd');
		expect(SCHEMA_FILES['2004-3']).toContain('vocab/strict.xsd');
		expect(SCHEMA_FILES['2004-3']).not.toContain('lomStrict.xsd');
	});
});

describe('validateManifest rejects broken manifests', () => {
	const build = (version: ScormVersion) => buildManifest(input(version));

	test('SCORM 1.2 with the 2004 spelling adlcp:scormType (schema error)', async () => {
		const xml = build('1.2').replaceAll('adlcp:scormtype=', 'adlcp:scormType=');
		const result = await validateManifest(xml, '1.2');
		expect(result.valid).toBe(false);
		expect(result.errors.join('\n')).toMatch(/scormType/);
		expect(result.errors.join('\n')).toMatch(/Schemas validity error/);
	});

	test.each(['2004-3', '2004-4'] as const)(
		'SCORM %s with the 1.2 spelling adlcp:scormtype',
		async (version) => {
			const xml = build(version).replaceAll('adlcp:scormType=', 'adlcp:scormtype=');
			const result = await validateManifest(xml, version);
			expect(result.valid).toBe(false);
			expect(result.errors.join('\n')).toMatch(
				/adlcp:scormtype; SCORM 2004 spells it adlcp:scormType/,
			);
		},
	);

	test.each(VERSIONS)('SCORM %s: a SCO resource without href', async (version) => {
		const xml = build(version).replace(/(<resource identifier="RES-m1"[^>]*?) href="[^"]*"/, '$1');
		const result = await validateManifest(xml, version);
		expect(result.valid).toBe(false);
		expect(result.errors.join('\n')).toMatch(/SCO resource has no href/);
	});

	test.each(VERSIONS)('SCORM %s: a <file> without href (schema error)', async (version) => {
		const xml = build(version).replace('<file href="launch/m1/index.html"/>', '<file/>');
		const result = await validateManifest(xml, version);
		expect(result.valid).toBe(false);
		expect(result.errors.join('\n')).toMatch(/href/);
	});

	test.each(VERSIONS)(
		'SCORM %s: <schemaversion> with whitespace (as a pretty-printer writes it)',
		async (version) => {
			const text = SCHEMA_VERSION_TEXT[version];
			const xml = build(version).replace(
				`<schemaversion>${text}</schemaversion>`,
				`<schemaversion>\n      ${text}\n    </schemaversion>`,
			);
			const result = await validateManifest(xml, version);
			expect(result.valid).toBe(false);
			expect(result.errors.join('\n')).toMatch(/schemaversion> must be exactly/);
		},
	);

	test('SCORM 2004 4th Edition manifest checked as 3rd Edition', async () => {
		const result = await validateManifest(build('2004-4'), '2004-3');
		expect(result.valid).toBe(false);
		expect(result.errors.join('\n')).toMatch(/2004 3rd Edition/);
	});

	test('SCORM 2004 3rd Edition: a 4th Edition completionThreshold (schema error)', async () => {
		const threshold =
			'<adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.8"/>\n<imsss:sequencing>';
		const xml = build('2004-3').replace('<imsss:sequencing>', threshold);
		expect((await validateManifest(xml, '2004-3')).valid).toBe(false);
		const xml4 = build('2004-4').replace('<imsss:sequencing>', threshold);
		expect((await validateManifest(xml4, '2004-4')).errors).toEqual([]);
	});

	test('SCORM 2004: adlnav:hideLMSUI is refused', async () => {
		const nav =
			'<adlnav:presentation><adlnav:navigationInterface><adlnav:hideLMSUI>continue</adlnav:hideLMSUI></adlnav:navigationInterface></adlnav:presentation>\n</item>';
		const xml = build('2004-4').replace('</item>', nav);
		const result = await validateManifest(xml, '2004-4');
		expect(result.valid).toBe(false);
		expect(result.errors.join('\n')).toMatch(/hideLMSUI/);
	});

	test('SCORM 2004: an imsss element under another prefix is refused', async () => {
		const xml = build('2004-4').replaceAll('imsss:', 'ss:').replace('xmlns:imsss="', 'xmlns:ss="');
		const result = await validateManifest(xml, '2004-4');
		expect(result.valid).toBe(false);
		expect(result.errors.join('\n')).toMatch(/must use the "imsss:" prefix/);
	});

	test('SCORM 2004: a bad minNormalizedMeasure (schema error)', async () => {
		const xml = build('2004-4').replace('>0.8<', '>80<');
		const result = await validateManifest(xml, '2004-4');
		expect(result.valid).toBe(false);
		expect(result.errors.join('\n')).toMatch(/minNormalizedMeasure/);
	});

	test('SCORM 1.2: inline LOM is schema-checked too', async () => {
		const xml = build('1.2')
			.replace('<imsmd:language>', '<imsmd:languages>')
			.replace('</imsmd:language>', '</imsmd:languages>');
		const result = await validateManifest(xml, '1.2');
		expect(result.valid).toBe(false);
		expect(result.errors.join('\n')).toMatch(/languages/);
	});

	test('SCORM 1.2: numeric character references and a missing <metadata>', async () => {
		const refs = build('1.2').replace('café', 'caf&#233;');
		expect((await validateManifest(refs, '1.2')).errors.join('\n')).toMatch(
			/Numeric character references/,
		);
		const noMeta = build('1.2').replace(
			/<metadata>[\s\S]*?<\/metadata>\n {2}<organizations/,
			'<organizations',
		);
		expect((await validateManifest(noMeta, '1.2')).errors.join('\n')).toMatch(/no <metadata>/);
	});

	test('a file missing from the manifest, or listed but absent', async () => {
		const data = input('2004-4');
		const xml = buildManifest(data);
		const extra = await validateManifest(xml, '2004-4', { files: [...data.files, 'm1/extra.png'] });
		expect(extra.errors).toEqual(['File not listed in the manifest: m1/extra.png']);
		const fewer = await validateManifest(xml, '2004-4', {
			files: data.files.filter((f) => f !== '_astro/app.js'),
		});
		expect(fewer.errors).toEqual([
			'Manifest lists a file that is not in the package: _astro/app.js',
		]);
	});

	test('XML that is not well-formed', async () => {
		const result = await validateManifest(build('1.2').replace('</organizations>', ''), '1.2');
		expect(result.valid).toBe(false);
		expect(result.errors.length).toBeGreaterThan(0);
	});
});

describe('libxml2 quirks of the official schemas', () => {
	test('the ims_xml.xsd namespace message (and its context lines) is the only thing filtered', () => {
		const output = [
			's/ims_xml.xsd:1: namespace error : xml namespace URI cannot be the default namespace',
			'filename=ims_xml.xsd --><xsd:schema xmlns="http://www.w3.org/XML/1998/namespace"',
			'                                                                               ^',
			"imsmanifest.xml:3: Schemas validity error : Element 'x': This element is not expected.",
			'imsmanifest.xml fails to validate',
			'',
		].join('\n');
		expect(xmllintMessages(output)).toEqual([
			"imsmanifest.xml:3: Schemas validity error : Element 'x': This element is not expected.",
		]);
	});

	test('libxml2 cannot compile the official IMS MD 1.2.1 schema as published (why validate/xsd.ts narrows it)', async () => {
		const dir = join(SCHEMAS, 'scorm12');
		const file = (name: string) => ({ fileName: name, contents: readFileSync(join(dir, name)) });
		const lom = '<lom xmlns="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"/>';
		await expect(
			validateXML({
				xml: [{ fileName: 'lom.xml', contents: lom }],
				schema: [file('imsmd_rootv1p2p1.xsd')],
				preload: [file('ims_xml.xsd')],
			}),
		).rejects.toThrow(/not determinist/);
	});
});
