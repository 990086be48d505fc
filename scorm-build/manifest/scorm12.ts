/**
 * What a SCORM 1.2 manifest has of its own: the IMS CP 1.1.2 and ADL CP 1.2 namespaces, IMS
 * Meta-data 1.2.1, `adlcp:scormtype` (lower-case t) and the pass mark as `adlcp:masteryscore`.
 */
import type { VersionWriter } from './version-writer.ts';
import { lom12 } from './metadata.ts';
import { NAMESPACES } from './names.ts';
import { decimal } from './xml.ts';

/** `adlcp:masteryscore` text (percent, up to 2 decimals: 80 → `80`, 66.67 → `66.67`). */
export function masteryScoreText(percent: number): string {
	return decimal(percent, 2);
}

export const scorm12Writer: VersionWriter = {
	rootAttributes: [
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
	],
	lom: lom12,
	organizationAttributes: [],
	itemTail(w, mark) {
		if (mark !== null) w.text('adlcp:masteryscore', masteryScoreText(mark));
	},
	organizationTail() {},
	scormTypeAttribute: 'adlcp:scormtype',
};
