/**
 * The fixed names of a SCORM package: the manifest file, the `<schemaversion>` texts, the
 * namespaces, and the official schema files each version carries (from `scorm-build/schemas/`).
 * Shared by the manifest writer, the validator, the packager and the preview LMS.
 */
import type { ScormVersion } from '../../src/schemas/scorm.ts';

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

/** Sorts strings by UTF-16 code unit, independent of locale. */
export const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
