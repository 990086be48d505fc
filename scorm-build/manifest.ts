/**
 * `imsmanifest.xml` for SCORM 1.2 and SCORM 2004 (3rd and 4th Edition) packages.
 *
 * Pure: no I/O, no clock, no randomness. The same input always gives the same string, so the
 * zip around it is reproducible too.
 *
 * What the manifest must get right comes from the SCORM CAM books and what real LMSs do (the
 * README's LMS section); the points that shaped this file:
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
 */

import type { ScormVersion } from '../src/schemas/scorm.ts';

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

export const MANIFEST_FILE = 'imsmanifest.xml';

/** `<schemaversion>` text, exactly as LMSs compare it. */
export const SCHEMA_VERSION_TEXT: Readonly<Record<ScormVersion, string>> = {
	'1.2': '1.2',
	'2004-3': '2004 3rd Edition',
	'2004-4': '2004 4th Edition',
};

/** Folder under `scorm-build/schemas/` that holds each version's official schema set. */
export const SCHEMA_DIRS: Readonly<Record<ScormVersion, string>> = {
	'1.2': 'scorm12',
	'2004-3': 'scorm2004-3rd',
	'2004-4': 'scorm2004-4th',
};

const SCORM_2004_SHARED_SCHEMA_FILES = [
	'XMLSchema.dtd',
	'adlcp_v1p3.xsd',
	'adlnav_v1p3.xsd',
	'adlseq_v1p3.xsd',
	'common/anyElement.xsd',
	'common/dataTypes.xsd',
	'common/elementNames.xsd',
	'common/elementTypes.xsd',
	'common/rootElement.xsd',
	'common/vocabTypes.xsd',
	'common/vocabValues.xsd',
	'datatypes.dtd',
	'extend/strict.xsd',
	'imscp_v1p1.xsd',
	'imsss_v1p0.xsd',
	'imsss_v1p0auxresource.xsd',
	'imsss_v1p0control.xsd',
	'imsss_v1p0delivery.xsd',
	'imsss_v1p0limit.xsd',
	'imsss_v1p0objective.xsd',
	'imsss_v1p0random.xsd',
	'imsss_v1p0rollup.xsd',
	'imsss_v1p0seqrule.xsd',
	'imsss_v1p0util.xsd',
	'lom.xsd',
	'unique/strict.xsd',
	'vocab/strict.xsd',
	'xml.xsd',
];

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Schema files a package of each version carries at its root, relative to
 * `scorm-build/schemas/<SCHEMA_DIRS[version]>/` (and to the package root). 2004: the whole
 * edition's set with its subfolders, as the specification expects; 1.2: its four XSDs.
 */
export const SCHEMA_FILES: Readonly<Record<ScormVersion, readonly string[]>> = {
	'1.2': ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'],
	'2004-3': [...SCORM_2004_SHARED_SCHEMA_FILES, 'ims_xml.xsd'].sort(byCodeUnit),
	'2004-4': [
		...SCORM_2004_SHARED_SCHEMA_FILES,
		'extend/custom.xsd',
		'lomCustom.xsd',
		'lomLoose.xsd',
		'lomStrict.xsd',
		'unique/loose.xsd',
		'vocab/adlmd_vocabv1p0.xsd',
		'vocab/custom.xsd',
		'vocab/loose.xsd',
	].sort(byCodeUnit),
};

export const NAMESPACES = {
	imscp12: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
	adlcp12: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
	imsmd12: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
	imscp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
	adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
	adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
	adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
	imsss: 'http://www.imsglobal.org/xsd/imsss',
	lom: 'http://ltsc.ieee.org/xsd/LOM',
	xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

/** Characters XML 1.0 cannot carry at all (not even as references). */
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;

/** Escapes text for element content or a double-quoted attribute; everything else stays literal. */
export function escapeXml(text: string): string {
	if (INVALID_XML_CHARS.test(text)) {
		throw new Error(`Text contains a character XML cannot carry: ${JSON.stringify(text)}`);
	}
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;');
}

/**
 * A valid xs:ID (NCName, ASCII only): letters, digits, `_`, `-`, `.`, not starting with a digit,
 * `-` or `.`. Other characters become `_`; a bad first character gets a `_` prefix.
 */
export function toXsId(value: string): string {
	const cleaned = value.replace(/[^A-Za-z0-9_.-]/g, '_');
	return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/**
 * Checks a package-relative path: non-empty, forward slashes, no empty, `.` or `..` segment,
 * not absolute, no scheme, no control characters. Returns it unchanged.
 */
export function checkRelativePath(path: string): string {
	if (path === '') throw new Error('Empty path in package');
	if (path.includes('\\')) throw new Error(`Path uses a backslash: ${path}`);
	if (path.startsWith('/')) throw new Error(`Path is absolute: ${path}`);
	if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path)) throw new Error(`Path has a scheme: ${path}`);
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001F\u007F]/.test(path)) throw new Error(`Path has a control character: ${path}`);
	for (const segment of path.split('/')) {
		if (segment === '' || segment === '.' || segment === '..') {
			throw new Error(`Path has an empty, "." or ".." segment: ${path}`);
		}
	}
	return path;
}

/**
 * A package path as a manifest href: each segment percent-encoded where a URI needs it
 * (spaces, `#`, `?`, `%`, `:`, non-ASCII …), `/` kept.
 */
export function encodeHref(path: string): string {
	return checkRelativePath(path)
		.split('/')
		.map((segment) =>
			encodeURI(segment).replace(/[#?:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
		)
		.join('/');
}

/** Minutes as an ISO 8601 duration (`PT1H30M`, `PT45S`, `PT0S`), whole seconds. */
export function isoDuration(minutes: number): string {
	if (!Number.isFinite(minutes) || minutes < 0) {
		throw new Error(`Typical learning time must be a non-negative number of minutes: ${minutes}`);
	}
	let seconds = Math.round(minutes * 60);
	const hours = Math.floor(seconds / 3600);
	seconds -= hours * 3600;
	const mins = Math.floor(seconds / 60);
	seconds -= mins * 60;
	const parts = `${hours ? `${hours}H` : ''}${mins ? `${mins}M` : ''}${seconds ? `${seconds}S` : ''}`;
	return `PT${parts || '0S'}`;
}

/** A finite number as a plain decimal (no exponent), at most `digits` decimals, no float noise. */
function decimal(value: number, digits: number): string {
	const fixed = value.toFixed(digits);
	return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

function checkPassMark(sco: ManifestSco): number | null {
	const mark = sco.masteryScore;
	if (mark === null) return null;
	if (!Number.isFinite(mark) || mark < 0 || mark > 100) {
		throw new Error(`SCO "${sco.id}": mastery score must be a percentage 0–100, got ${mark}`);
	}
	return mark;
}

/** `adlcp:masteryscore` text (percent, up to 2 decimals: 80 → `80`, 66.67 → `66.67`). */
export function masteryScoreText(percent: number): string {
	return decimal(percent, 2);
}

/** `imsss:minNormalizedMeasure` text (percent / 100, 4 decimals kept: 80 → `0.8`, 100 → `1.0`). */
export function minNormalizedMeasureText(percent: number): string {
	const text = decimal(percent / 100, 4);
	return text.includes('.') ? text : `${text}.0`;
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

/** A tiny writer: one element per line, text kept on the element's own line. */
class XmlWriter {
	private readonly lines: string[] = [];
	private depth = 0;

	private indent() {
		return '  '.repeat(this.depth);
	}

	private static attrs(attributes: Array<[string, string | undefined]>) {
		return attributes
			.filter((pair): pair is [string, string] => pair[1] !== undefined)
			.map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
			.join('');
	}

	open(name: string, attributes: Array<[string, string | undefined]> = []) {
		this.lines.push(`${this.indent()}<${name}${XmlWriter.attrs(attributes)}>`);
		this.depth++;
	}

	close(name: string) {
		this.depth--;
		this.lines.push(`${this.indent()}</${name}>`);
	}

	empty(name: string, attributes: Array<[string, string | undefined]> = []) {
		this.lines.push(`${this.indent()}<${name}${XmlWriter.attrs(attributes)}/>`);
	}

	text(name: string, text: string, attributes: Array<[string, string | undefined]> = []) {
		this.lines.push(
			`${this.indent()}<${name}${XmlWriter.attrs(attributes)}>${escapeXml(text)}</${name}>`,
		);
	}

	toString() {
		return `<?xml version="1.0" encoding="UTF-8"?>\n${this.lines.join('\n')}\n`;
	}
}

interface LomContent {
	title: string;
	description: string;
	language: string;
	version?: string;
	duration: string;
}

/** IMS Meta-data 1.2.1 (SCORM 1.2), `imsmd:` prefix. */
function lom12(w: XmlWriter, lom: LomContent) {
	const lang: Array<[string, string]> = [['xml:lang', lom.language]];
	w.open('imsmd:lom');
	w.open('imsmd:general');
	w.open('imsmd:title');
	w.text('imsmd:langstring', lom.title, lang);
	w.close('imsmd:title');
	w.text('imsmd:language', lom.language);
	w.open('imsmd:description');
	w.text('imsmd:langstring', lom.description, lang);
	w.close('imsmd:description');
	w.close('imsmd:general');
	if (lom.version !== undefined) {
		w.open('imsmd:lifecycle');
		w.open('imsmd:version');
		w.text('imsmd:langstring', lom.version, [['xml:lang', 'x-none']]);
		w.close('imsmd:version');
		w.close('imsmd:lifecycle');
	}
	w.open('imsmd:educational');
	w.open('imsmd:typicallearningtime');
	w.text('imsmd:datetime', lom.duration);
	w.close('imsmd:typicallearningtime');
	w.close('imsmd:educational');
	w.close('imsmd:lom');
}

/** IEEE LOM (SCORM 2004), `lom:` prefix. */
function lom2004(w: XmlWriter, lom: LomContent) {
	const lang: Array<[string, string]> = [['language', lom.language]];
	w.open('lom:lom');
	w.open('lom:general');
	w.open('lom:title');
	w.text('lom:string', lom.title, lang);
	w.close('lom:title');
	w.text('lom:language', lom.language);
	w.open('lom:description');
	w.text('lom:string', lom.description, lang);
	w.close('lom:description');
	w.close('lom:general');
	if (lom.version !== undefined) {
		w.open('lom:lifeCycle');
		w.open('lom:version');
		w.text('lom:string', lom.version, [['language', 'x-none']]);
		w.close('lom:version');
		w.close('lom:lifeCycle');
	}
	w.open('lom:educational');
	w.open('lom:typicalLearningTime');
	w.text('lom:duration', lom.duration);
	w.close('lom:typicalLearningTime');
	w.close('lom:educational');
	w.close('lom:lom');
}

function rootAttributes(input: ManifestInput, ids: Ids): Array<[string, string]> {
	const common: Array<[string, string]> = [
		['identifier', ids.manifest],
		['version', input.contentVersion],
	];
	if (input.version === '1.2') {
		return [
			...common,
			['xmlns', NAMESPACES.imscp12],
			['xmlns:adlcp', NAMESPACES.adlcp12],
			['xmlns:imsmd', NAMESPACES.imsmd12],
			['xmlns:xsi', NAMESPACES.xsi],
			[
				'xsi:schemaLocation',
				[
					`${NAMESPACES.imscp12} imscp_rootv1p1p2.xsd`,
					`${NAMESPACES.imsmd12} imsmd_rootv1p2p1.xsd`,
					`${NAMESPACES.adlcp12} adlcp_rootv1p2.xsd`,
				].join(' '),
			],
		];
	}
	return [
		...common,
		['xmlns', NAMESPACES.imscp],
		['xmlns:adlcp', NAMESPACES.adlcp],
		['xmlns:adlseq', NAMESPACES.adlseq],
		['xmlns:adlnav', NAMESPACES.adlnav],
		['xmlns:imsss', NAMESPACES.imsss],
		['xmlns:lom', NAMESPACES.lom],
		['xmlns:xsi', NAMESPACES.xsi],
		[
			'xsi:schemaLocation',
			[
				`${NAMESPACES.imscp} imscp_v1p1.xsd`,
				`${NAMESPACES.adlcp} adlcp_v1p3.xsd`,
				`${NAMESPACES.adlseq} adlseq_v1p3.xsd`,
				`${NAMESPACES.adlnav} adlnav_v1p3.xsd`,
				`${NAMESPACES.imsss} imsss_v1p0.xsd`,
				`${NAMESPACES.lom} lom.xsd`,
			].join(' '),
		],
	];
}

/** Builds `imsmanifest.xml` for one package. Throws on input that would make a broken package. */
export function buildManifest(input: ManifestInput): string {
	checkInput(input);
	const ids = makeIds(input);
	const { launch, shared } = planFiles(input);
	const is12 = input.version === '1.2';
	const lom = is12 ? lom12 : lom2004;
	const totalMinutes = input.scos.reduce((sum, sco) => sum + sco.typicalMinutes, 0);
	const w = new XmlWriter();

	w.open('manifest', rootAttributes(input, ids));

	w.open('metadata');
	w.text('schema', 'ADL SCORM');
	w.text('schemaversion', SCHEMA_VERSION_TEXT[input.version]);
	lom(w, {
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
		// Primary objectives stay local to this course: nothing is shared with other courses.
		['adlseq:objectivesGlobalToSystem', is12 ? undefined : 'false'],
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
		lom(w, {
			title: sco.title,
			description: sco.description,
			language: input.language,
			duration: isoDuration(sco.typicalMinutes),
		});
		w.close('metadata');
		const mark = checkPassMark(sco);
		if (is12) {
			if (mark !== null) w.text('adlcp:masteryscore', masteryScoreText(mark));
		} else {
			w.open('imsss:sequencing');
			w.open('imsss:objectives');
			if (mark === null) {
				w.empty('imsss:primaryObjective', [['objectiveID', ids.objective(sco)]]);
			} else {
				w.open('imsss:primaryObjective', [
					['objectiveID', ids.objective(sco)],
					['satisfiedByMeasure', 'true'],
				]);
				w.text('imsss:minNormalizedMeasure', minNormalizedMeasureText(mark));
				w.close('imsss:primaryObjective');
			}
			w.close('imsss:objectives');
			// The SCO reports completion and success itself: the LMS must not mark an attempt
			// completed or satisfied just because the learner left it.
			w.empty('imsss:deliveryControls', [
				['completionSetByContent', 'true'],
				['objectiveSetByContent', 'true'],
			]);
			w.close('imsss:sequencing');
		}
		w.close('item');
	}
	if (!is12) {
		// Learners may pick any module from the LMS menu and move on with Continue/Previous.
		w.open('imsss:sequencing');
		w.empty('imsss:controlMode', [
			['choice', 'true'],
			['flow', 'true'],
		]);
		w.close('imsss:sequencing');
	}
	w.close('organization');
	w.close('organizations');

	const scormType = is12 ? 'adlcp:scormtype' : 'adlcp:scormType';
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
