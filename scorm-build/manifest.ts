/**
 * `imsmanifest.xml` for SCORM 1.2 and SCORM 2004 (3rd and 4th Edition) packages.
 *
 * Pure: no I/O, no clock, no randomness. The same input always gives the same string, so the
 * zip around it is reproducible too.
 *
 * What the manifest must get right comes from the SCORM CAM books and what real LMSs do (the
 * README's LMS section); the points that shaped this writer:
 * - LMSs read the manifest text literally. Content-packaging elements use the default namespace;
 *   the extensions use exactly the `adlcp:`, `imsss:`, `adlseq:` and `adlnav:` prefixes (LOM
 *   metadata uses `imsmd:` in 1.2 and `lom:` in 2004, so no LMS mistakes a LOM `<title>` for a
 *   content-packaging one). `<schemaversion>` holds exactly `1.2`, `2004 3rd Edition` or
 *   `2004 4th Edition`: text elements are never split over lines.
 * - Titles and descriptions are literal UTF-8; only `&`, `<`, `>` and quotes are escaped.
 * - One organization (the default), one item and one `sco` resource per SCO. 1.2 items carry
 *   `adlcp:masteryscore`; 2004 items carry the equivalent `imsss:sequencing` primary objective
 *   (`satisfiedByMeasure="true"`, `imsss:minNormalizedMeasure` = pass mark / 100). No
 *   `adlnav:hideLMSUI`: learners must always be able to get back to the LMS.
 * - Every file is listed. Each SCO resource lists its own launch file and depends on one shared
 *   `asset` resource that lists every other content file (pages, reference pages, `_astro/`
 *   assets). A whole-course package therefore lists each file once instead of once per SCO,
 *   and LMSs that import only listed files still get everything through the dependency.
 *   `imsmanifest.xml` itself and the bundled schema files (SCHEMA_FILES) are package control
 *   files, not content, and are not listed (as in ADL's and Rustici's sample packages).
 *
 * This file walks the package (identifiers, files, organization, resources); what differs by
 * version is in `manifest/scorm12.ts` and `manifest/scorm2004.ts`, LOM metadata in
 * `manifest/metadata.ts`, the XML writer and value formats in `manifest/xml.ts`, and fixed names
 * and schema files in `manifest/names.ts`.
 */
import type { ScormVersion } from '../src/schemas/scorm.ts';
import { isoDuration } from './manifest/metadata.ts';
import { byCodeUnit, MANIFEST_FILE, SCHEMA_FILES, SCHEMA_VERSION_TEXT } from './manifest/names.ts';
import { scorm12Writer } from './manifest/scorm12.ts';
import { scorm2004Writer } from './manifest/scorm2004.ts';
import { checkRelativePath, encodeHref, toXsId, XmlWriter } from './manifest/xml.ts';

export interface ManifestSco {
	/** Stable id (e.g. the module id); item and resource identifiers are derived from it. */
	id: string;
	title: string;
	description: string;
	/** Launch file, relative to the package root, forward slashes (e.g. `launch/m1/index.html`). */
	href: string;
	/**
	 * Pass mark in percent (0–100): `adlcp:masteryscore` (1.2) or `minNormalizedMeasure` (2004).
	 * `null` leaves the mastery score out (e.g. a completed/incomplete build, where an LMS must
	 * not turn the status into passed/failed).
	 */
	masteryScore: number | null;
	typicalMinutes: number;
}

export interface ManifestInput {
	version: ScormVersion;
	/** Manifest identifier (made a valid xs:ID if needed; keep it stable between releases). */
	identifier: string;
	title: string;
	description: string;
	/** Content version (LOM lifecycle version and the manifest `version` attribute, ≤ 20 chars). */
	contentVersion: string;
	/** BCP 47 language tag, e.g. `en-GB`. */
	language: string;
	organizationTitle: string;
	scos: ManifestSco[];
	/** Every file in the package: relative paths, forward slashes. */
	files: string[];
}

function checkPassMark(sco: ManifestSco): number | null {
	const mark = sco.masteryScore;
	if (mark === null) return null;
	if (!Number.isFinite(mark) || mark < 0 || mark > 100) {
		throw new Error(`SCO "${sco.id}": mastery score must be a percentage 0–100, got ${mark}`);
	}
	return mark;
}

interface Ids {
	manifest: string;
	organization: string;
	sharedResource: string;
	item: (sco: ManifestSco) => string;
	resource: (sco: ManifestSco) => string;
	objective: (sco: ManifestSco) => string;
}

function makeIds(input: ManifestInput): Ids {
	const ids: Ids = {
		manifest: toXsId(input.identifier),
		organization: `ORG-${toXsId(input.identifier)}`,
		sharedResource: 'RES-shared-files',
		item: (sco) => `ITEM-${toXsId(sco.id)}`,
		resource: (sco) => `RES-${toXsId(sco.id)}`,
		objective: (sco) => `${toXsId(sco.id)}.primary`,
	};
	const seen = new Set<string>();
	const claim = (id: string, what: string) => {
		if (seen.has(id)) throw new Error(`Duplicate manifest identifier "${id}" (${what})`);
		seen.add(id);
	};
	claim(ids.manifest, 'manifest');
	claim(ids.organization, 'organization');
	claim(ids.sharedResource, 'shared resource');
	for (const sco of input.scos) {
		claim(ids.item(sco), `item for SCO "${sco.id}"`);
		claim(ids.resource(sco), `resource for SCO "${sco.id}"`);
	}
	return ids;
}

/** Splits the package's files into each SCO's launch file and the shared content files. */
function planFiles(input: ManifestInput): { launch: Map<string, string>; shared: string[] } {
	const control = new Set<string>([MANIFEST_FILE, ...SCHEMA_FILES[input.version]]);
	const all = new Set<string>();
	for (const file of input.files) {
		checkRelativePath(file);
		if (all.has(file)) throw new Error(`File listed twice: ${file}`);
		all.add(file);
	}
	const launch = new Map<string, string>();
	const launchFiles = new Set<string>();
	for (const sco of input.scos) {
		checkRelativePath(sco.href);
		if (!all.has(sco.href)) {
			throw new Error(`SCO "${sco.id}" launches ${sco.href}, which is not in the package files`);
		}
		if (control.has(sco.href)) throw new Error(`SCO "${sco.id}" cannot launch ${sco.href}`);
		if (launchFiles.has(sco.href)) {
			throw new Error(`Two SCOs launch the same file ${sco.href}; give each its own launcher`);
		}
		launchFiles.add(sco.href);
		launch.set(sco.id, sco.href);
	}
	const shared = [...all]
		.filter((file) => !control.has(file) && !launchFiles.has(file))
		.sort(byCodeUnit);
	return { launch, shared };
}

function checkInput(input: ManifestInput) {
	if (!(input.version in SCHEMA_VERSION_TEXT)) {
		throw new Error(`Unknown SCORM version: ${String(input.version)}`);
	}
	if (input.scos.length === 0) throw new Error('A package needs at least one SCO');
	if (input.contentVersion.length === 0 || input.contentVersion.length > 20) {
		throw new Error(`Content version must be 1–20 characters: "${input.contentVersion}"`);
	}
	if (!/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(input.language)) {
		throw new Error(`Language must be a BCP 47 tag such as en-GB: "${input.language}"`);
	}
	const titles = [input.title, input.organizationTitle, ...input.scos.map((s) => s.title)];
	for (const title of titles) {
		if (title.trim() === '') throw new Error('Titles must not be empty');
		// IMS CP 1.1.2 (SCORM 1.2) limits titles to 200 characters; 2004 LMSs truncate there too.
		if ([...title].length > 200) throw new Error(`Title longer than 200 characters: ${title}`);
	}
	for (const sco of input.scos) checkPassMark(sco);
}

/** Builds `imsmanifest.xml` for one package. Throws on input that would make a broken package. */
export function buildManifest(input: ManifestInput): string {
	checkInput(input);
	const ids = makeIds(input);
	const { launch, shared } = planFiles(input);
	const version = input.version === '1.2' ? scorm12Writer : scorm2004Writer;
	const totalMinutes = input.scos.reduce((sum, sco) => sum + sco.typicalMinutes, 0);
	const w = new XmlWriter();

	w.open('manifest', [
		['identifier', ids.manifest],
		['version', input.contentVersion],
		...version.rootAttributes,
	]);

	w.open('metadata');
	w.text('schema', 'ADL SCORM');
	w.text('schemaversion', SCHEMA_VERSION_TEXT[input.version]);
	version.lom(w, {
		title: input.title,
		description: input.description,
		language: input.language,
		version: input.contentVersion,
		duration: isoDuration(totalMinutes),
	});
	w.close('metadata');

	w.open('organizations', [['default', ids.organization]]);
	w.open('organization', [
		['identifier', ids.organization],
		['structure', 'hierarchical'],
		...version.organizationAttributes,
	]);
	w.text('title', input.organizationTitle);
	for (const sco of input.scos) {
		w.open('item', [
			['identifier', ids.item(sco)],
			['identifierref', ids.resource(sco)],
			['isvisible', 'true'],
		]);
		w.text('title', sco.title);
		w.open('metadata');
		version.lom(w, {
			title: sco.title,
			description: sco.description,
			language: input.language,
			duration: isoDuration(sco.typicalMinutes),
		});
		w.close('metadata');
		version.itemTail(w, checkPassMark(sco), ids.objective(sco));
		w.close('item');
	}
	version.organizationTail(w);
	w.close('organization');
	w.close('organizations');

	const scormType = version.scormTypeAttribute;
	w.open('resources');
	for (const sco of input.scos) {
		const href = encodeHref(launch.get(sco.id) ?? sco.href);
		w.open('resource', [
			['identifier', ids.resource(sco)],
			['type', 'webcontent'],
			[scormType, 'sco'],
			['href', href],
		]);
		w.empty('file', [['href', href]]);
		if (shared.length > 0) w.empty('dependency', [['identifierref', ids.sharedResource]]);
		w.close('resource');
	}
	if (shared.length > 0) {
		w.open('resource', [
			['identifier', ids.sharedResource],
			['type', 'webcontent'],
			[scormType, 'asset'],
		]);
		for (const file of shared) w.empty('file', [['href', encodeHref(file)]]);
		w.close('resource');
	}
	w.close('resources');

	w.close('manifest');
	return w.toString();
}
