import type { LomContent } from './metadata.ts';
import type { XmlAttributes, XmlWriter } from './xml.ts';

/** What differs between the SCORM 1.2 and 2004 manifests. */
export interface VersionWriter {
	/** Namespace declarations and schema locations on `<manifest>`. */
	rootAttributes: Array<[string, string]>;
	/** LOM metadata in this version's dialect. */
	lom: (w: XmlWriter, lom: LomContent) => void;
	/** Attributes of `<organization>` after its identifier and structure. */
	organizationAttributes: XmlAttributes;
	/** What an item holds after its metadata: the pass mark (`null`: none) and sequencing. */
	itemTail: (w: XmlWriter, mark: number | null, objectiveId: string) => void;
	/** What the organization holds after its items. */
	organizationTail: (w: XmlWriter) => void;
	/** `adlcp:scormtype` (1.2) or `adlcp:scormType` (2004). */
	scormTypeAttribute: string;
}
