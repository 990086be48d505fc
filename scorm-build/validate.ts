/**
 * Checks an `imsmanifest.xml` the way a strict LMS or ADL's test suite would:
 *
 * 1. XML Schema validation with libxml2 against the official schema set bundled in
 *    `scorm-build/schemas/` for the manifest's version (`validate/xsd.ts`).
 * 2. SCORM rules no XSD can express (and that LMSs trip over), from exact `<schemaversion>` text
 *    to every package file being listed (`validate/rules.ts`).
 */
import type { ScormVersion } from '../src/schemas/scorm.ts';
import { SCHEMA_DIRS } from './manifest/names.ts';
import { parseXml } from './manifest/xml-reader.ts';
import { scormRules } from './validate/rules.ts';
import { schemaErrors } from './validate/xsd.ts';

import type { ValidateOptions, ValidationResult } from './validate/types.ts';

export type { ValidateOptions, ValidationResult } from './validate/types.ts';

/**
 * Validates a manifest against the bundled official schemas for `version` and against the SCORM
 * rules in `validate/rules.ts`. Never touches the network; resolves once libxml2 has run (about 0.2 s).
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
