import { describe, expect, it } from 'vitest';
import {
	evaluationInteractionId,
	parseEvaluationInteractionId,
} from '../../../../src/lib/scorm/evaluation-ids.ts';

describe('evaluation interaction ids', () => {
	it('joins module, kind and item with "." in 2004 and "_" in 1.2, and reads both back', () => {
		const v2004 = evaluationInteractionId('2004', 'first-look', 'confidence-start', 'o-legal-duty');
		const v12 = evaluationInteractionId('1.2', 'first-look', 'confidence-start', 'o-legal-duty');
		expect(v2004).toBe('first-look.confidence-start.o-legal-duty');
		expect(v12).toBe('first-look_confidence-start_o-legal-duty');
		// SCORM 1.2 CMIIdentifier: letters, digits, "-" and "_" only.
		expect(v12).toMatch(/^[A-Za-z0-9_-]{1,255}$/);
		for (const id of [v2004, v12]) {
			expect(parseEvaluationInteractionId(id)).toEqual({
				moduleId: 'first-look',
				kind: 'confidence-start',
				itemId: 'o-legal-duty',
			});
		}
	});

	it('does not mistake a question or a scenario choice for an evaluation answer', () => {
		expect(parseEvaluationInteractionId('q-legal-duty')).toBeUndefined();
		expect(parseEvaluationInteractionId('s-bedroom-search.c-ask')).toBeUndefined();
		expect(parseEvaluationInteractionId('s-bedroom-search_c-ask')).toBeUndefined();
		expect(parseEvaluationInteractionId('first-look.score.o-legal-duty')).toBeUndefined();
		expect(parseEvaluationInteractionId('First-Look.feedback.clarity')).toBeUndefined();
	});
});
