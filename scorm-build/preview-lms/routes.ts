/**
 * Pure helpers of the preview LMS (no I/O): where a package is served, which file a request
 * maps to, which MIME type it gets, and what the LMS reads from a package's manifest.
 * serve.ts wires them to an HTTP server; tests use them directly.
 */
import {
	attribute,
	childElements,
	descendants,
	parseXml,
	type XmlElement,
} from '../manifest/xml-reader.ts';
import { NAMESPACES } from '../manifest/names.ts';

/**
 * The deep sub-path a package is served from, shaped like Moodle's
 * (`/pluginfile.php/<context>/mod_scorm/content/<revision>/`), so that any URL in the package
 * that is not relative breaks here as it would in an LMS.
 */
export function contentBase(random: string, index: number): string {
	if (!/^[0-9A-Za-z]+$/.test(random)) throw new Error(`Bad random segment: ${random}`);
	if (!Number.isInteger(index) || index < 1) throw new Error(`Bad package index: ${index}`);
	return `/pluginfile.php/${random}/mod_scorm/content/${index}/`;
}

export type ContentLookup =
	| { kind: 'file'; path: string }
	| { kind: 'directory'; path: string }
	| { kind: 'invalid'; reason: string };

/**
 * Maps a request path (no query or fragment) under `base` to a path inside the package: the
 * rest of the URL, percent-decoded. Returns null when the request is not under `base`. Refuses
 * `..`, `.`, empty segments, encoded slashes and backslashes. A directory URL (`…/lesson/`) is
 * reported as such: LMSs do not serve `index.html` for directories, so packages must link to
 * files.
 */
export function lookupContent(requestPath: string, base: string): ContentLookup | null {
	if (!requestPath.startsWith(base)) return null;
	const rest = requestPath.slice(base.length);
	if (rest === '' || rest.endsWith('/')) return { kind: 'directory', path: rest };
	const segments: string[] = [];
	for (const raw of rest.split('/')) {
		let segment: string;
		try {
			segment = decodeURIComponent(raw);
		} catch {
			return { kind: 'invalid', reason: 'bad percent-encoding' };
		}
		if (segment === '' || segment === '.' || segment === '..') {
			return { kind: 'invalid', reason: 'empty, "." or ".." segment' };
		}
		if (segment.includes('/') || segment.includes('\\')) {
			return { kind: 'invalid', reason: 'encoded slash or backslash' };
		}
		segments.push(segment);
	}
	return { kind: 'file', path: segments.join('/') };
}

/** Splits a request URL into its path and query, as `URL` would, without needing an origin. */
export function requestPathOf(url: string): string {
	const end = url.search(/[?#]/);
	return end === -1 ? url : url.slice(0, end);
}

const TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	htm: 'text/html; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	css: 'text/css; charset=utf-8',
	json: 'application/json; charset=utf-8',
	map: 'application/json; charset=utf-8',
	svg: 'image/svg+xml',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	gif: 'image/gif',
	webp: 'image/webp',
	avif: 'image/avif',
	ico: 'image/x-icon',
	woff: 'font/woff',
	woff2: 'font/woff2',
	ttf: 'font/ttf',
	otf: 'font/otf',
	xml: 'application/xml',
	xsd: 'application/xml',
	dtd: 'application/xml-dtd',
	txt: 'text/plain; charset=utf-8',
	vtt: 'text/vtt; charset=utf-8',
	pdf: 'application/pdf',
	mp3: 'audio/mpeg',
	mp4: 'video/mp4',
	webm: 'video/webm',
	// Deliberately wrong, as some LMSs serve them: a package must not depend on these types.
	mjs: 'text/plain; charset=utf-8',
	wasm: 'application/octet-stream',
};

/** The Content-Type an LMS-like server sends for a file (by extension). */
export function contentType(path: string): string {
	const dot = path.lastIndexOf('.');
	const ext = dot === -1 ? '' : path.slice(dot + 1).toLowerCase();
	return TYPES[ext] ?? 'application/octet-stream';
}

// ---------------------------------------------------------------------------------------------
// What the LMS reads from imsmanifest.xml.

export interface ScoLaunch {
	/** Item identifier. */
	identifier: string;
	title: string;
	/** `sco` gets an API; `asset` is launched without one (as LMSs do). */
	scormType: 'sco' | 'asset';
	/** Launch URL relative to the package root (xml:base, href and item parameters applied). */
	launch: string;
	/** 1.2 `adlcp:masteryscore` → `cmi.student_data.mastery_score`. */
	masteryScore?: string;
	/** 2004 primary objective `minNormalizedMeasure` (satisfiedByMeasure) → `cmi.scaled_passing_score`. */
	scaledPassingScore?: string;
	/** `adlcp:datafromlms` / `adlcp:dataFromLMS` → launch_data. */
	launchData?: string;
	/** 2004 `adlcp:completionThreshold` → `cmi.completion_threshold`. */
	completionThreshold?: string;
	/** 2004 objective ids declared for the item (primary first), seeded into `cmi.objectives`. */
	objectiveIds: string[];
}

export interface ManifestDescription {
	/** Exactly what `<schemaversion>` holds (JSON-quote it when showing it). */
	schemaversion: string;
	/** The API an LMS offers: decided from `<schemaversion>` as Moodle does. */
	api: '1.2' | '2004';
	/** Whether `<schemaversion>` is exactly one of `1.2`, `2004 3rd Edition`, `2004 4th Edition`. */
	schemaversionExact: boolean;
	title: string;
	scos: ScoLaunch[];
	warnings: string[];
}

/** Applies an item's `parameters` to a launch href (SCORM CAM rules). */
export function applyParameters(href: string, parameters: string | undefined): string {
	if (!parameters) return href;
	if (parameters.startsWith('#')) return href + parameters;
	const bare = parameters.replace(/^[?&]/, '');
	if (bare === '') return href;
	return href + (href.includes('?') ? '&' : '?') + bare;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Reads what an LMS needs to launch and track each SCO of a package. */
export function describeManifest(xml: string): ManifestDescription {
	const root = parseXml(xml);
	const warnings: string[] = [];
	const cp = root.ns;
	if (cp !== NAMESPACES.imscp12 && cp !== NAMESPACES.imscp) {
		warnings.push(`Unexpected manifest namespace: ${cp || '(none)'}`);
	}
	const metadata = childElements(root, cp, 'metadata')[0];
	const schemaversion = metadata
		? (childElements(metadata, cp, 'schemaversion')[0]?.text ?? '')
		: '';
	const exact = ['1.2', '2004 3rd Edition', '2004 4th Edition'].includes(schemaversion);
	if (!exact)
		warnings.push(`<schemaversion> is ${JSON.stringify(schemaversion)}, not an exact SCORM value`);
	// Moodle: "2004" or "CAM 1.3" anywhere in the text selects 2004; anything else is 1.2.
	const api = /2004|CAM 1\.3|^1\.3$/.test(schemaversion) ? '2004' : '1.2';
	const adlcp = api === '1.2' ? NAMESPACES.adlcp12 : NAMESPACES.adlcp;
	const scormTypeName = api === '1.2' ? 'scormtype' : 'scormType';

	const resources = childElements(root, cp, 'resources')[0];
	const resourcesBase = resources ? (attribute(resources, XML_NS, 'base') ?? '') : '';
	const resourceById = new Map<string, XmlElement>();
	for (const resource of resources ? childElements(resources, cp, 'resource') : []) {
		resourceById.set(attribute(resource, '', 'identifier') ?? '', resource);
	}

	const organizations = childElements(root, cp, 'organizations')[0];
	const orgs = organizations ? childElements(organizations, cp, 'organization') : [];
	const defaultId = organizations ? attribute(organizations, '', 'default') : undefined;
	const org = orgs.find((o) => attribute(o, '', 'identifier') === defaultId) ?? orgs[0];
	if (!org) warnings.push('No organization');
	const manifestBase = attribute(root, XML_NS, 'base') ?? '';

	const scos: ScoLaunch[] = [];
	for (const item of org ? descendants(org, cp, 'item') : []) {
		const ref = attribute(item, '', 'identifierref');
		if (ref === undefined) continue;
		const resource = resourceById.get(ref);
		const identifier = attribute(item, '', 'identifier') ?? '';
		if (!resource) {
			warnings.push(`Item ${identifier} refers to a missing resource ${ref}`);
			continue;
		}
		const href = attribute(resource, '', 'href');
		if (!href) {
			warnings.push(`Resource ${ref} has no href`);
			continue;
		}
		const type = attribute(resource, adlcp, scormTypeName);
		if (type !== 'sco') {
			warnings.push(
				`Resource ${ref} is not adlcp:${scormTypeName}="sco": launched as an asset, without an API`,
			);
		}
		const base = manifestBase + resourcesBase + (attribute(resource, XML_NS, 'base') ?? '');
		const sco: ScoLaunch = {
			identifier,
			title: childElements(item, cp, 'title')[0]?.text.trim() ?? identifier,
			scormType: type === 'sco' ? 'sco' : 'asset',
			launch: applyParameters(base + href, attribute(item, '', 'parameters')),
			objectiveIds: [],
		};
		const text = (local: string) => childElements(item, adlcp, local)[0]?.text.trim();
		if (api === '1.2') {
			const mastery = text('masteryscore');
			if (mastery) sco.masteryScore = mastery;
			const data = text('datafromlms');
			if (data) sco.launchData = data;
		} else {
			const data = text('dataFromLMS');
			if (data) sco.launchData = data;
			const threshold = childElements(item, adlcp, 'completionThreshold')[0];
			const measure = threshold
				? (attribute(threshold, '', 'minProgressMeasure') ?? threshold.text.trim())
				: '';
			if (measure) sco.completionThreshold = measure;
			const sequencing = childElements(item, NAMESPACES.imsss, 'sequencing')[0];
			const objectives = sequencing
				? childElements(sequencing, NAMESPACES.imsss, 'objectives')[0]
				: undefined;
			const primary = objectives
				? childElements(objectives, NAMESPACES.imsss, 'primaryObjective')[0]
				: undefined;
			if (primary) {
				const id = attribute(primary, '', 'objectiveID');
				if (id) sco.objectiveIds.push(id);
				if (attribute(primary, '', 'satisfiedByMeasure') === 'true') {
					const min = childElements(primary, NAMESPACES.imsss, 'minNormalizedMeasure')[0];
					sco.scaledPassingScore = min?.text.trim() || '1.0';
				}
			}
			for (const objective of objectives
				? childElements(objectives, NAMESPACES.imsss, 'objective')
				: []) {
				const id = attribute(objective, '', 'objectiveID');
				if (id) sco.objectiveIds.push(id);
			}
		}
		scos.push(sco);
	}
	if (scos.length === 0) warnings.push('No launchable item');
	const title = org ? (childElements(org, cp, 'title')[0]?.text.trim() ?? '') : '';
	return { schemaversion, api, schemaversionExact: exact, title, scos, warnings };
}
