import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { HRA_RIGHT_IDS } from '../../../src/schemas/evaluation-ids.ts';
import { GlossaryEntrySchema } from '../../../src/schemas/glossary.ts';
import { RightSchema, type Right, type RightCategory } from '../../../src/schemas/right.ts';
import { SourceSchema } from '../../../src/schemas/source.ts';

const contentDir = new URL('../../../content/', import.meta.url);
const rightsDir = new URL('rights/', contentDir);

function readText(url: URL): string {
	return readFileSync(url, 'utf8');
}

function loadYaml(url: URL): unknown {
	return parse(readText(url)) as unknown;
}

const sources = z.array(SourceSchema).parse(loadYaml(new URL('sources.yaml', contentDir)));
const glossary = z.array(GlossaryEntrySchema).parse(loadYaml(new URL('glossary.yaml', contentDir)));
const rightFiles = readdirSync(rightsDir).filter((name) => name.endsWith('.yaml'));
const rights: Right[] = rightFiles.map((name) => {
	const result = RightSchema.safeParse(loadYaml(new URL(name, rightsDir)));
	if (!result.success) throw new Error(`content/rights/${name}: ${result.error.message}`);
	return result.data;
});
const sourceIds = new Set(sources.map((source) => source.id));

interface Citation {
	where: string;
	id: string;
}

function duplicates(ids: string[]): string[] {
	return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/** Schedule 1 order, labels and categories, as in the brief's summary table (§1). */
const EXPECTED_RIGHTS: [
	id: string,
	article: string,
	shortLabel: string,
	category: RightCategory,
	onWards: Right['onWards'],
][] = [
	['art-2', 'Article 2', 'Art 2', 'absolute', 'often'],
	['art-3', 'Article 3', 'Art 3', 'absolute', 'often'],
	['art-4', 'Article 4', 'Art 4', 'absolute', 'occasionally'],
	['art-5', 'Article 5', 'Art 5', 'limited', 'often'],
	['art-6', 'Article 6', 'Art 6', 'limited', 'sometimes'],
	['art-7', 'Article 7', 'Art 7', 'absolute', 'rarely'],
	['art-8', 'Article 8', 'Art 8', 'qualified', 'very often'],
	['art-9', 'Article 9', 'Art 9', 'qualified', 'sometimes'],
	['art-10', 'Article 10', 'Art 10', 'qualified', 'sometimes'],
	['art-11', 'Article 11', 'Art 11', 'qualified', 'occasionally'],
	['art-12', 'Article 12', 'Art 12', 'limited', 'rarely'],
	['art-14', 'Article 14', 'Art 14', 'non-freestanding', 'often'],
	['p1-1', 'Article 1 of Protocol 1', 'P1-1', 'qualified', 'often'],
	['p1-2', 'Article 2 of Protocol 1', 'P1-2', 'limited', 'often'],
	['p1-3', 'Article 3 of Protocol 1', 'P1-3', 'limited', 'rarely'],
	['p13-1', 'Article 1 of Protocol 13', 'P13-1', 'absolute', 'no'],
];

/** Glossary ids for every term in brief §8. */
const BRIEF_GLOSSARY_IDS = [
	'absolute-right',
	'advocate',
	'imha',
	'blanket-restriction',
	'capacity',
	'cetr',
	'code-of-practice',
	'commissioner',
	'convention-rights',
	'deprivation-of-liberty',
	'gillick-competence',
	'holding-power',
	'informal-patient',
	'least-restrictive-option',
	'legitimate-aim',
	'limited-right',
	'long-term-segregation',
	'negative-obligations',
	'positive-obligations',
	'nominated-person',
	'proportionate',
	'public-authority',
	'psed',
	'qualified-right',
	'reasonable-adjustments',
	'responsible-person',
	'seclusion',
	'use-of-force',
	'victim',
	'zone-of-parental-control',
];

/** A sample of sources the brief marks † (not re-checked) and of sources it checked. */
const UNVERIFIED_SAMPLE = ['gillick-1985', 'savage-2008', 'osman-1998', 'echr', 'uncrc', 'mca-2005'];
const VERIFIED_SAMPLE = ['hra-1998', 'mha-code-2015', 'rabone-2012', 'aggerholm-2020', 'uksc-agni-2026'];

describe('content/sources.yaml', () => {
	test('gives every source a unique id', () => {
		expect(duplicates(sources.map((source) => source.id))).toEqual([]);
	});

	test('marks the brief’s † citations as unverified and checked ones as verified', () => {
		const verified = new Map(sources.map((source) => [source.id, source.verified]));
		for (const id of UNVERIFIED_SAMPLE) expect(verified.get(id), id).toBe(false);
		for (const id of VERIFIED_SAMPLE) expect(verified.get(id), id).toBe(true);
	});

	test('keeps BIHR pages as commentary only', () => {
		const bihr = sources.filter((source) => source.id.startsWith('bihr-'));
		expect(bihr.length).toBeGreaterThan(0);
		for (const source of bihr) expect(source.kind, source.id).toBe('commentary');
	});
});

describe('content/rights', () => {
	test('has exactly the 16 Schedule 1 rights, one file each, named by id', () => {
		expect(rightFiles.map((name) => name.replace(/\.yaml$/, '')).sort()).toEqual(
			EXPECTED_RIGHTS.map(([id]) => id).sort(),
		);
		for (const [index, right] of rights.entries()) expect(rightFiles[index]).toBe(`${right.id}.yaml`);
	});

	test('lists the rights in Schedule 1 order with the right labels, categories and ward frequency', () => {
		const byOrder = [...rights].sort((a, b) => a.order - b.order);
		expect(
			byOrder.map((right) => [right.id, right.article, right.shortLabel, right.category, right.onWards]),
		).toEqual(EXPECTED_RIGHTS);
	});

	test('are the rights the naming activity and SCORM suspend data know, in the same order', () => {
		expect(HRA_RIGHT_IDS).toEqual(EXPECTED_RIGHTS.map(([id]) => id));
	});

	test('uses each order from 1 to 16 exactly once', () => {
		expect(rights.map((right) => right.order).sort((a, b) => a - b)).toEqual(
			Array.from({ length: 16 }, (_, index) => index + 1),
		);
	});

	test('gives each right between one and four examples, and two or more where the ward sees it', () => {
		for (const right of rights) {
			expect(right.examples.length, right.id).toBeLessThanOrEqual(4);
			if (right.onWards !== 'no') expect(right.examples.length, right.id).toBeGreaterThanOrEqual(2);
		}
	});

	test('cites the Human Rights Act and every source its examples rely on', () => {
		for (const right of rights) {
			expect(right.sources, right.id).toContain('hra-1998');
			const exampleSources = right.examples.flatMap((example) => example.sources);
			for (const id of exampleSources) expect(right.sources, `${right.id} → ${id}`).toContain(id);
		}
	});
});

describe('content/glossary.yaml', () => {
	test('gives every term a unique id', () => {
		expect(duplicates(glossary.map((entry) => entry.id))).toEqual([]);
	});

	test('covers every term in the brief’s glossary', () => {
		const ids = new Set(glossary.map((entry) => entry.id));
		expect(BRIEF_GLOSSARY_IDS.filter((id) => !ids.has(id))).toEqual([]);
	});
});

describe('content cross-references', () => {
	test('cites only source ids that exist in content/sources.yaml', () => {
		const cite = (where: string, ids: string[]): Citation[] => ids.map((id) => ({ where, id }));
		const cited = [
			...rights.flatMap((right) => [
				...cite(`rights/${right.id}`, right.sources),
				...right.examples.flatMap((example) =>
					cite(`rights/${right.id} “${example.title}”`, example.sources),
				),
			]),
			...glossary.flatMap((entry) => cite(`glossary ${entry.id}`, entry.sources)),
		];
		expect(cited.length).toBeGreaterThan(0);
		expect(cited.filter(({ id }) => !sourceIds.has(id))).toEqual([]);
	});

	test('writes no links (pages make no outside requests)', () => {
		const files = [
			new URL('sources.yaml', contentDir),
			new URL('glossary.yaml', contentDir),
			...rightFiles.map((name) => new URL(name, rightsDir)),
		];
		for (const file of files) expect(readText(file), file.pathname).not.toMatch(/https?:\/\//);
	});
});
