/**
 * Checks an `imsmanifest.xml` the way a strict LMS or ADL's test suite would:
 *
 * 1. XML Schema validation with libxml2 (xmllint-wasm) against the official schema set bundled in
 *    `scorm-build/schemas/` for the manifest's version. A small in-memory "driver" schema imports
 *    every namespace a SCORM manifest uses (content packaging, ADL extensions, sequencing, LOM),
 *    so the extension elements in the content-packaging schema's `lax` wildcards are validated
 *    too instead of being skipped. The official files are used as published (one exception, for
 *    SCORM 1.2 metadata, is VALIDATION_ONLY_PATCHES below). Every import and include
 *    resolves inside the bundled set: the 4th Edition `imscp_v1p1.xsd` imports
 *    `http://www.w3.org/2001/xml.xsd` by URL, and xmllint's `--path` option retries a failed
 *    load by its last path segment in the schema folder, so that URL maps to the bundled
 *    `xml.xsd`. (The WebAssembly libxml2 has no network client at all, so nothing is fetched
 *    either way.)
 * 2. SCORM rules no XSD can express (and that LMSs trip over): exact `<schemaversion>` text,
 *    exact namespace prefixes, `adlcp:scormType` spelling per version, a launch `href` on every
 *    SCO, resolvable default organization and item references, no `adlnav:hideLMSUI`, no numeric
 *    character references, and (when `files` is given) every package file listed.
 *
 * libxml2 reports one error about the official SCORM 1.2 `ims_xml.xsd` itself
 * ("namespace error : xml namespace URI cannot be the default namespace": that file declares
 * `xmlns="http://www.w3.org/XML/1998/namespace"`). It is a defect of the official file, harmless
 * (the schema still compiles and the manifest is still checked) and says nothing about the
 * manifest, so it is the one message filtered out (see scorm-build/schemas/README.md). For the
 * one official file libxml2 cannot compile at all (IMS Meta-data 1.2.1), see
 * VALIDATION_ONLY_PATCHES below.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import {
	MANIFEST_FILE,
	NAMESPACES,
	SCHEMA_DIRS,
	SCHEMA_FILES,
	SCHEMA_VERSION_TEXT,
} from './manifest/names.ts';
import type { ScormVersion } from '../src/schemas/scorm.ts';

export interface ValidationResult {
	valid: boolean;
	errors: string[];
}

export interface ValidateOptions {
	/** Every file in the package: also check each one is listed in a `<file href>` and vice versa. */
	files?: readonly string[];
}

const SCHEMA_ROOT = fileURLToPath(new URL('./schemas/', import.meta.url));
/** Where the schema set lives inside xmllint's in-memory file system. */
const VFS_DIR = 'schemas';

interface SchemaSet {
	driver: { fileName: string; contents: string };
	files: Array<{ fileName: string; contents: Uint8Array }>;
}

function driverSchema(version: ScormVersion): string {
	const imports: Array<[string, string]> =
		version === '1.2'
			? [
					[NAMESPACES.imscp12, 'imscp_rootv1p1p2.xsd'],
					[NAMESPACES.adlcp12, 'adlcp_rootv1p2.xsd'],
					[NAMESPACES.imsmd12, 'imsmd_rootv1p2p1.xsd'],
				]
			: [
					[NAMESPACES.imscp, 'imscp_v1p1.xsd'],
					[NAMESPACES.adlcp, 'adlcp_v1p3.xsd'],
					[NAMESPACES.adlseq, 'adlseq_v1p3.xsd'],
					[NAMESPACES.adlnav, 'adlnav_v1p3.xsd'],
					[NAMESPACES.imsss, 'imsss_v1p0.xsd'],
					[NAMESPACES.lom, 'lom.xsd'],
				];
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">',
		...imports.map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`),
		'</xs:schema>',
		'',
	].join('\n');
}

/**
 * libxml2 cannot compile the official IMS Meta-data 1.2.1 schema (`imsmd_rootv1p2p1.xsd`, SCORM
 * 1.2): its `grp.any` wildcard is `namespace="##any"`, which makes every LOM content model
 * ambiguous ("The content model is not determinist": XML Schema's Unique Particle Attribution
 * rule). Xerces-based tools only check that with full schema checking switched on. So that SCORM 1.2
 * manifests with inline LOM can be validated at all, the validator (only) loads that one file
 * with the wildcard narrowed to `##other`: every LOM element must then match its declared
 * particle, which is stricter, not looser. The file on disk and in packages stays unedited.
 */
const VALIDATION_ONLY_PATCHES: Partial<Record<ScormVersion, Record<string, [string, string]>>> = {
	'1.2': {
		'imsmd_rootv1p2p1.xsd': ['<xsd:any namespace="##any"', '<xsd:any namespace="##other"'],
	},
};

function patchForLibxml2(version: ScormVersion, file: string, contents: Uint8Array): Uint8Array {
	const patch = VALIDATION_ONLY_PATCHES[version]?.[file];
	if (!patch) return contents;
	const text = new TextDecoder().decode(contents);
	const [from, to] = patch;
	if (text.split(from).length !== 2) {
		throw new Error(`${file} changed: expected exactly one ${from} to narrow for libxml2`);
	}
	return new TextEncoder().encode(text.replace(from, to));
}

const schemaSets = new Map<ScormVersion, Promise<SchemaSet>>();

function loadSchemaSet(version: ScormVersion): Promise<SchemaSet> {
	let set = schemaSets.get(version);
	if (!set) {
		const dir = `${SCHEMA_ROOT}${SCHEMA_DIRS[version]}/`;
		set = Promise.all(
			SCHEMA_FILES[version].map(async (file) => ({
				fileName: `${VFS_DIR}/${file}`,
				contents: patchForLibxml2(version, file, new Uint8Array(await readFile(`${dir}${file}`))),
			})),
		).then((files) => ({
			driver: { fileName: `${VFS_DIR}/scorm-manifest-driver.xsd`, contents: driverSchema(version) },
			files,
		}));
		set.catch(() => schemaSets.delete(version));
		schemaSets.set(version, set);
	}
	return set;
}

const IMS_XML_MESSAGE =
	/ims_xml\.xsd:\d+: namespace error : xml namespace URI cannot be the default namespace/;

/**
 * xmllint's report as a list of messages: without the harmless `ims_xml.xsd` namespace error
 * (and the two lines of source context and caret libxml2 prints under it), without caret lines
 * and without the "fails to validate" / "validates" summary.
 */
export function xmllintMessages(output: string): string[] {
	const lines = output.split('\n');
	const messages: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = (lines[i] ?? '').trimEnd();
		if (IMS_XML_MESSAGE.test(line)) {
			if (/^\s*\^$/.test(lines[i + 2] ?? '')) i += 2;
			continue;
		}
		if (line.trim() === '' || /^\s*\^$/.test(line)) continue;
		if (/^\S+ (fails to validate|validates)$/.test(line)) continue;
		messages.push(line);
	}
	return messages;
}

async function schemaErrors(xml: string, version: ScormVersion): Promise<ValidationResult> {
	const set = await loadSchemaSet(version);
	try {
		const result = await validateXML({
			xml: [{ fileName: MANIFEST_FILE, contents: xml }],
			schema: [set.driver],
			preload: set.files,
			modifyArguments: (args) => ['--path', `/${VFS_DIR}`, ...args],
		});
		return { valid: result.valid, errors: result.valid ? [] : xmllintMessages(result.rawOutput) };
	} catch (error) {
		// xmllint rejects (rather than reports) input that is not well-formed XML.
		const messages = xmllintMessages(error instanceof Error ? error.message : String(error));
		return { valid: false, errors: messages.length ? messages : ['xmllint failed'] };
	}
}

// ---------------------------------------------------------------------------------------------
// A small namespace-aware XML reader, enough for manifests (xmllint has already checked that the
// document is well-formed when the SCORM rules run). Also used by the preview LMS.

export interface XmlAttribute {
	name: string;
	prefix: string;
	local: string;
	ns: string;
	value: string;
}

export interface XmlElement {
	name: string;
	prefix: string;
	local: string;
	ns: string;
	attributes: XmlAttribute[];
	children: XmlElement[];
	/** Concatenated text directly inside this element (not its children's), entities decoded. */
	text: string;
	line: number;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
		if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
		if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
		return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[ref] ?? '';
	});
}

function splitName(name: string): [string, string] {
	const colon = name.indexOf(':');
	return colon === -1 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

/** Parses a well-formed XML document into a tree. Throws on what it cannot read. */
export function parseXml(xml: string): XmlElement {
	const tag =
		/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>|<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
	const attr = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
	const stack: Array<{ element: XmlElement; scope: Map<string, string> }> = [];
	let root: XmlElement | undefined;
	let last = 0;
	let line = 1;
	const appendText = (raw: string, decode: boolean) => {
		const top = stack.at(-1);
		if (top) top.element.text += decode ? decodeEntities(raw) : raw;
		else if (raw.trim() !== '') throw new Error(`Text outside the root element on line ${line}`);
	};
	for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
		appendText(xml.slice(last, match.index), true);
		line += (xml.slice(last, match.index).match(/\n/g) ?? []).length;
		const lineOfTag = line;
		line += (match[0].match(/\n/g) ?? []).length;
		last = tag.lastIndex;
		if (match[1] !== undefined) {
			appendText(match[1], false);
			continue;
		}
		const name = match[4];
		if (name === undefined) continue; // comment, processing instruction, doctype
		if (match[3] === '/') {
			const top = stack.pop();
			if (!top || top.element.name !== name)
				throw new Error(`Unexpected </${name}> on line ${lineOfTag}`);
			continue;
		}
		const parentScope = stack.at(-1)?.scope ?? new Map([['xml', XML_NS]]);
		const scope = new Map(parentScope);
		const rawAttributes: Array<[string, string]> = [];
		for (const a of (match[5] ?? '').matchAll(attr)) {
			const attrName = a[1] ?? '';
			const value = decodeEntities(a[2] ?? a[3] ?? '');
			if (attrName === 'xmlns') scope.set('', value);
			else if (attrName.startsWith('xmlns:')) scope.set(attrName.slice(6), value);
			else rawAttributes.push([attrName, value]);
		}
		const [prefix, local] = splitName(name);
		const ns = scope.get(prefix);
		if (ns === undefined && prefix !== '')
			throw new Error(`Undeclared prefix "${prefix}" on line ${lineOfTag}`);
		const element: XmlElement = {
			name,
			prefix,
			local,
			ns: ns ?? '',
			attributes: rawAttributes.map(([attrName, value]) => {
				const [attrPrefix, attrLocal] = splitName(attrName);
				const attrNs = attrPrefix === '' ? '' : scope.get(attrPrefix);
				if (attrNs === undefined) {
					throw new Error(`Undeclared prefix "${attrPrefix}" on line ${lineOfTag}`);
				}
				return { name: attrName, prefix: attrPrefix, local: attrLocal, ns: attrNs, value };
			}),
			children: [],
			text: '',
			line: lineOfTag,
		};
		const parent = stack.at(-1);
		if (parent) parent.element.children.push(element);
		else if (root) throw new Error(`Second root element on line ${lineOfTag}`);
		else root = element;
		if (match[6] !== '/') stack.push({ element, scope });
	}
	appendText(xml.slice(last), true);
	if (stack.length > 0) throw new Error(`Unclosed <${stack.at(-1)?.element.name}>`);
	if (!root) throw new Error('No root element');
	return root;
}

/** Children of `element` with this namespace and local name. */
export function childElements(element: XmlElement, ns: string, local: string): XmlElement[] {
	return element.children.filter((child) => child.ns === ns && child.local === local);
}

/** All descendants (depth first, document order) with this namespace and local name. */
export function descendants(element: XmlElement, ns: string, local: string): XmlElement[] {
	const found: XmlElement[] = [];
	const walk = (node: XmlElement) => {
		for (const child of node.children) {
			if (child.ns === ns && child.local === local) found.push(child);
			walk(child);
		}
	};
	walk(element);
	return found;
}

/** Value of the attribute with this namespace ('' for none) and local name. */
export function attribute(element: XmlElement, ns: string, local: string): string | undefined {
	return element.attributes.find((a) => a.ns === ns && a.local === local)?.value;
}

// ---------------------------------------------------------------------------------------------
// SCORM rules beyond the XSDs.

const PREFIXES = new Map<string, string>([
	[NAMESPACES.adlcp12, 'adlcp'],
	[NAMESPACES.adlcp, 'adlcp'],
	[NAMESPACES.adlseq, 'adlseq'],
	[NAMESPACES.adlnav, 'adlnav'],
	[NAMESPACES.imsss, 'imsss'],
]);

function decodeHref(href: string): string {
	try {
		return decodeURIComponent(href);
	} catch {
		return href;
	}
}

function scormRules(
	root: XmlElement,
	version: ScormVersion,
	xml: string,
	options: ValidateOptions,
) {
	const errors: string[] = [];
	const is12 = version === '1.2';
	const cp = is12 ? NAMESPACES.imscp12 : NAMESPACES.imscp;
	const adlcp = is12 ? NAMESPACES.adlcp12 : NAMESPACES.adlcp;
	const scormTypeName = is12 ? 'scormtype' : 'scormType';
	const wrongScormTypeName = is12 ? 'scormType' : 'scormtype';
	const at = (element: XmlElement) => `${MANIFEST_FILE}:${element.line}`;

	if (root.ns !== cp || root.local !== 'manifest') {
		errors.push(`The root element must be <manifest> in ${cp}`);
		return errors;
	}

	// Exact prefixes; content-packaging elements in the default namespace.
	const checkNames = (element: XmlElement) => {
		if (element.ns === cp && element.prefix !== '') {
			errors.push(
				`${at(element)}: content-packaging element <${element.name}> must use the default namespace`,
			);
		}
		const expected = PREFIXES.get(element.ns);
		if (expected !== undefined && element.prefix !== expected) {
			errors.push(`${at(element)}: <${element.name}> must use the "${expected}:" prefix`);
		}
		for (const a of element.attributes) {
			const expectedAttr = PREFIXES.get(a.ns);
			if (expectedAttr !== undefined && a.prefix !== expectedAttr) {
				errors.push(`${at(element)}: attribute ${a.name} must use the "${expectedAttr}:" prefix`);
			}
		}
		element.children.forEach(checkNames);
	};
	checkNames(root);

	if (/&#x?[0-9a-fA-F]+;/.test(xml)) {
		errors.push('Numeric character references found: write text as literal UTF-8');
	}

	const metadata = childElements(root, cp, 'metadata')[0];
	if (!metadata) {
		errors.push('The manifest has no <metadata> (LMSs read <schemaversion> from it)');
	} else {
		const schema = childElements(metadata, cp, 'schema')[0];
		const schemaversion = childElements(metadata, cp, 'schemaversion')[0];
		if (schema?.text !== 'ADL SCORM') {
			errors.push('<metadata><schema> must be exactly "ADL SCORM"');
		}
		if (schemaversion?.text !== SCHEMA_VERSION_TEXT[version]) {
			errors.push(
				`<schemaversion> must be exactly "${SCHEMA_VERSION_TEXT[version]}" (no whitespace), found ${JSON.stringify(schemaversion?.text ?? null)}`,
			);
		}
	}

	const organizations = childElements(root, cp, 'organizations')[0];
	const resources = childElements(root, cp, 'resources')[0];
	const resourceById = new Map<string, XmlElement>();
	for (const resource of resources ? childElements(resources, cp, 'resource') : []) {
		resourceById.set(attribute(resource, '', 'identifier') ?? '', resource);
		const type = attribute(resource, adlcp, scormTypeName);
		if (attribute(resource, adlcp, wrongScormTypeName) !== undefined) {
			errors.push(
				`${at(resource)}: resource uses adlcp:${wrongScormTypeName}; SCORM ${is12 ? '1.2' : '2004'} spells it adlcp:${scormTypeName}`,
			);
		}
		if (type !== 'sco' && type !== 'asset') {
			errors.push(`${at(resource)}: resource needs adlcp:${scormTypeName}="sco" or "asset"`);
		}
		if (type === 'sco' && !attribute(resource, '', 'href')) {
			errors.push(`${at(resource)}: SCO resource has no href (the LMS cannot launch it)`);
		}
	}

	if (!organizations) {
		errors.push('The manifest has no <organizations>');
	} else {
		const orgs = childElements(organizations, cp, 'organization');
		const defaultId = attribute(organizations, '', 'default');
		if (!defaultId || !orgs.some((org) => attribute(org, '', 'identifier') === defaultId)) {
			errors.push('<organizations default> must name one of the organizations');
		}
		let scoItems = 0;
		for (const item of orgs.flatMap((org) => descendants(org, cp, 'item'))) {
			const ref = attribute(item, '', 'identifierref');
			if (ref === undefined) continue;
			const resource = resourceById.get(ref);
			if (!resource) {
				errors.push(`${at(item)}: item refers to a missing resource "${ref}"`);
			} else if (attribute(resource, adlcp, scormTypeName) === 'sco') {
				scoItems++;
				if (is12) {
					const mastery = childElements(item, adlcp, 'masteryscore')[0];
					const score = Number(mastery?.text);
					if (mastery && (mastery.text.trim() === '' || !(score >= 0 && score <= 100))) {
						errors.push(`${at(mastery)}: adlcp:masteryscore must be a number 0–100`);
					}
				}
			}
		}
		if (scoItems === 0) errors.push('No item launches a SCO: the LMS would have nothing to track');
	}

	for (const hide of descendants(root, NAMESPACES.adlnav, 'hideLMSUI')) {
		errors.push(`${at(hide)}: adlnav:hideLMSUI hides the LMS's own navigation; remove it`);
	}

	const listed = new Set<string>();
	for (const file of descendants(root, cp, 'file')) {
		const href = attribute(file, '', 'href') ?? '';
		if (/[\s#\\]/.test(href) || href.startsWith('/') || /(^|\/)\.\.?(\/|$)/.test(href)) {
			errors.push(
				`${at(file)}: file href "${href}" must be relative, with spaces and # percent-encoded`,
			);
		}
		listed.add(decodeHref(href));
	}
	if (options.files) {
		const control = new Set<string>([MANIFEST_FILE, ...SCHEMA_FILES[version]]);
		const present = new Set(options.files);
		for (const file of options.files) {
			if (!control.has(file) && !listed.has(file))
				errors.push(`File not listed in the manifest: ${file}`);
		}
		for (const file of listed) {
			if (!present.has(file))
				errors.push(`Manifest lists a file that is not in the package: ${file}`);
		}
	}
	return errors;
}

/**
 * Validates a manifest against the bundled official schemas for `version` and against the SCORM
 * rules above. Never touches the network; resolves once libxml2 has run (about 0.2 s).
 */
export async function validateManifest(
	xml: string,
	version: ScormVersion,
	options: ValidateOptions = {},
): Promise<ValidationResult> {
	if (!(version in SCHEMA_DIRS)) {
		return { valid: false, errors: [`Unknown SCORM version: ${String(version)}`] };
	}
	const schema = await schemaErrors(xml, version);
	let rules: string[];
	try {
		rules = scormRules(parseXml(xml), version, xml, options);
	} catch (error) {
		rules = schema.valid ? [`Cannot read the manifest: ${(error as Error).message}`] : [];
	}
	const errors = [...schema.errors, ...rules];
	return { valid: schema.valid && rules.length === 0, errors };
}
