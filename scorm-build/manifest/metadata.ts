/**
 * LOM metadata inside a manifest, for the package and for each item: IMS Meta-data 1.2.1 with
 * the `imsmd:` prefix in SCORM 1.2, IEEE LOM with the `lom:` prefix in SCORM 2004, so no LMS
 * mistakes a LOM `<title>` for a content-packaging one.
 */
import type { XmlWriter } from './xml.ts';

export interface LomContent {
	title: string;
	description: string;
	language: string;
	version?: string;
	duration: string;
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

/** IMS Meta-data 1.2.1 (SCORM 1.2), `imsmd:` prefix. */
export function lom12(w: XmlWriter, lom: LomContent) {
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
export function lom2004(w: XmlWriter, lom: LomContent) {
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
