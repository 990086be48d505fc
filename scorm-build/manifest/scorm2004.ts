/**
 * What a SCORM 2004 (3rd and 4th Edition) manifest has of its own: the IMS CP 1.1 and ADL
 * namespaces, IEEE LOM, `adlcp:scormType` (capital T), and IMS Simple Sequencing: the pass mark
 * as each item's primary objective (`satisfiedByMeasure="true"`, `imsss:minNormalizedMeasure` =
 * pass mark / 100) and free choice and flow between items.
 */
import type { VersionWriter } from './version-writer.ts';
import { lom2004 } from './metadata.ts';
import { NAMESPACES } from './names.ts';
import { decimal } from './xml.ts';

/** `imsss:minNormalizedMeasure` text (percent / 100, 4 decimals kept: 80 → `0.8`, 100 → `1.0`). */
export function minNormalizedMeasureText(percent: number): string {
	const text = decimal(percent / 100, 4);
	return text.includes('.') ? text : `${text}.0`;
}

export const scorm2004Writer: VersionWriter = {
	rootAttributes: [
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
	],
	lom: lom2004,
	// Primary objectives stay local to this course: nothing is shared with other courses.
	organizationAttributes: [['adlseq:objectivesGlobalToSystem', 'false']],
	itemTail(w, mark, objectiveId) {
		w.open('imsss:sequencing');
		w.open('imsss:objectives');
		if (mark === null) {
			w.empty('imsss:primaryObjective', [['objectiveID', objectiveId]]);
		} else {
			w.open('imsss:primaryObjective', [
				['objectiveID', objectiveId],
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
	},
	organizationTail(w) {
		// Learners may pick any module from the LMS menu and move on with Continue/Previous.
		w.open('imsss:sequencing');
		w.empty('imsss:controlMode', [
			['choice', 'true'],
			['flow', 'true'],
		]);
		w.close('imsss:sequencing');
	},
	scormTypeAttribute: 'adlcp:scormType',
};
