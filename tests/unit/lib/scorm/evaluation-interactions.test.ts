import { describe, expect, it } from 'vitest';
import {
	checkInInteractions,
	feedbackInteractions,
	feedbackText,
} from '../../../../src/lib/scorm/evaluation-interactions.ts';
import { SCORM2004_RESPONSE_PATTERN } from '../../../../src/lib/scorm/interactions.ts';
import type { ScormModuleInfo } from '../../../../src/lib/scorm/module-info.ts';
import { info } from './fixtures.ts';

const AT = new Date('2026-03-02T14:05:09.000Z');

const answers = {
	confidence: { 'o-legal-duty': 2 as const, 'o-gone': 4 as const },
	statements: { 's-raise-concern': 5 as const },
	rightsGuess: 9,
	rightsNamed: ['art-2', 'art-8', 'art-14'],
};

describe('checkInInteractions', () => {
	it('sends each answered item as a neutral interaction with no correct response, 2004 form', () => {
		const records = checkInInteractions('2004', info, 'start', answers, AT);
		expect(
			records.map((record) => [record.id, record.type, record.learnerResponse, record.result]),
		).toEqual([
			['first-look.confidence-start.o-legal-duty', 'likert', '2', 'neutral'],
			['first-look.baseline-start.rights-guess', 'numeric', '9', 'neutral'],
			['first-look.baseline-start.rights-named', 'numeric', '3', 'neutral'],
			['first-look.baseline-start.s-raise-concern', 'likert', '5', 'neutral'],
		]);
		for (const record of records) {
			expect(record.correctResponse).toBeUndefined();
			expect(record.timestamp).toBe('2026-03-02T14:05:09.00Z');
			expect(record.description?.length).toBeGreaterThan(0);
		}
		expect(records[0]?.description).toBe('Explain the legal duty.');
		// Moodle 4.5 refuses a likert response that is not a CMIShortIdentifier.
		for (const record of records.filter((r) => r.type === 'likert')) {
			expect(record.learnerResponse).toMatch(SCORM2004_RESPONSE_PATTERN);
		}
	});

	it('uses 1.2 ids (letters, digits, "-" and "_" only) and single-character likert responses', () => {
		const records = checkInInteractions('1.2', info, 'start', answers, AT);
		for (const record of records) {
			expect(record.id).toMatch(/^[A-Za-z0-9_-]{1,255}$/);
			expect(record.description).toBeUndefined();
			expect(record.timestamp).toMatch(/^\d{2}:\d{2}:\d{2}$/);
		}
		expect(records.filter((r) => r.type === 'likert').map((r) => r.learnerResponse)).toEqual([
			'2',
			'5',
		]);
		expect(records[0]?.id).toBe('first-look_confidence-start_o-legal-duty');
	});

	it('sends only what the module asks at that phase', () => {
		// The fixture asks the baseline only at the start.
		expect(checkInInteractions('2004', info, 'end', answers, AT).map((r) => r.id)).toEqual([
			'first-look.confidence-end.o-legal-duty',
		]);
		const noConfidence: ScormModuleInfo = {
			...info,
			summary: { ...info.summary, checkIns: { ...info.summary.checkIns, confidence: false } },
		};
		expect(checkInInteractions('2004', noConfidence, 'end', answers, AT)).toEqual([]);
	});
});

describe('feedbackInteractions', () => {
	const feedback = {
		ratings: { relevance: 4 as const, clarity: 3 as const },
		change: 'More on\nArticle 14',
	};

	it('sends the ratings as likert and the text as long-fill-in (2004) or fill-in (1.2)', () => {
		expect(
			feedbackInteractions('2004', info, feedback, AT).map((r) => [
				r.id,
				r.type,
				r.learnerResponse,
			]),
		).toEqual([
			['first-look.feedback.relevance', 'likert', '4'],
			['first-look.feedback.clarity', 'likert', '3'],
			['first-look.feedback.change', 'long-fill-in', 'More on Article 14'],
		]);
		expect(feedbackInteractions('1.2', info, feedback, AT).map((r) => [r.id, r.type])).toEqual([
			['first-look_feedback_relevance', 'likert'],
			['first-look_feedback_clarity', 'likert'],
			['first-look_feedback_change', 'fill-in'],
		]);
	});

	it('sends nothing for an empty form, or when the module asks no feedback', () => {
		expect(feedbackInteractions('2004', info, { ratings: {}, change: '  ' }, AT)).toEqual([]);
		const off: ScormModuleInfo = {
			...info,
			summary: { ...info.summary, checkIns: { ...info.summary.checkIns, feedback: false } },
		};
		expect(feedbackInteractions('2004', off, feedback, AT)).toEqual([]);
	});
});

describe('feedbackText', () => {
	it('makes one line without a leading "{", within 255 characters in 1.2 and 4,000 in 2004', () => {
		expect(feedbackText('2004', '{lang=fr} hello\r\n\tthere ')).toBe('lang=fr} hello there');
		const long = 'a'.repeat(5000);
		expect(feedbackText('1.2', long)).toHaveLength(255);
		expect(feedbackText('2004', long)).toHaveLength(4000);
		// Moodle's CMILangString4000: no line breaks, no leading "{".
		expect(feedbackText('2004', 'x\ny')).toMatch(/^(?!\{)[^\n\r]*$/);
	});

	it('never cuts a character in half', () => {
		expect(feedbackText('1.2', `${'a'.repeat(254)}😀`)).toBe('a'.repeat(254));
	});
});
