/**
 * SCORM rules no XSD can express (and that LMSs trip over): exact `<schemaversion>` text, exact
 * namespace prefixes, `adlcp:scormType` spelling per version, a launch `href` on every SCO,
 * resolvable default organization and item references, no `adlnav:hideLMSUI`, no numeric
 * character references, and (when `files` is given) every package file listed.
 */
import type { ScormVersion } from '../../src/schemas/scorm.ts';
import { MANIFEST_FILE, NAMESPACES, SCHEMA_FILES, SCHEMA_VERSION_TEXT } from '../manifest/names.ts';
import { attribute, childElements, descendants, type XmlElement } from '../manifest/xml-reader.ts';
import type { ValidateOptions } from './types.ts';

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

/** Checks the SCORM rules no XSD can express; returns what is wrong, as messages. */
export function scormRules(
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
