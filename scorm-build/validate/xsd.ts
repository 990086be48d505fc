/**
 * XML Schema validation of a manifest with libxml2 (xmllint-wasm) against the official schema set
 * bundled in `scorm-build/schemas/` for the manifest's version. A small in-memory "driver" schema
 * imports every namespace a SCORM manifest uses (content packaging, ADL extensions, sequencing,
 * LOM), so the extension elements in the content-packaging schema's `lax` wildcards are validated
 * too instead of being skipped. The official files are used as published (one exception, for
 * SCORM 1.2 metadata, is VALIDATION_ONLY_PATCHES below). Every import and include resolves inside
 * the bundled set: the 4th Edition `imscp_v1p1.xsd` imports `http://www.w3.org/2001/xml.xsd` by
 * URL, and xmllint's `--path` option retries a failed load by its last path segment in the schema
 * folder, so that URL maps to the bundled `xml.xsd`. (The WebAssembly libxml2 has no network
 * client at all, so nothing is fetched either way.)
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
import type { ScormVersion } from '../../src/schemas/scorm.ts';
import { MANIFEST_FILE, NAMESPACES, SCHEMA_DIRS, SCHEMA_FILES } from '../manifest/names.ts';
import type { ValidationResult } from './types.ts';

const SCHEMA_ROOT = fileURLToPath(new URL('../schemas/', import.meta.url));
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

/** Validates `xml` against the official schema set of `version` with libxml2. */
export async function schemaErrors(xml: string, version: ScormVersion): Promise<ValidationResult> {
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
