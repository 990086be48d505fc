import { describe, expect, test } from 'vitest';
import { answersFromInteractions } from '../../../../src/lib/evaluation/from-interactions.ts';

const at = (id: string, response: string) => ({
	id,
	response,
	where: 'row 2, column “Response 0”',
});

describe('answersFromInteractions', () => {
	test('reads a SCORM 2004 id and a SCORM 1.2 id alike, and leaves out questions and scenario choices', () => {
		const result = answersFromInteractions([
			at('first-look.confidence-start.o-duty', '2'),
			at('first-look_confidence-end_o-duty', '4'),
			at('q-first-look-1', 'a'),
			at('s-bedroom-search_n-start', 'c-ask'),
			at('first-look_baseline-start_s-everyday-tool', '3'),
			at('first-look.baseline-start.rights-guess', '10'),
			at('sixteen-rights_baseline-end_rights-named', '12.0'),
			at('first-look_feedback_relevance', '5'),
			at('first-look.feedback.change', '  More time for the scenarios.  '),
		]);
		expect(result).toEqual({
			ok: true,
			recognised: 7,
			modules: {
				'first-look': {
					checkIns: {
						start: {
							confidence: { 'o-duty': 2 },
							statements: { 's-everyday-tool': 3 },
							rightsGuess: 10,
						},
						end: { confidence: { 'o-duty': 4 }, statements: {} },
					},
					feedback: { ratings: { relevance: 5 }, change: 'More time for the scenarios.' },
				},
				'sixteen-rights': {
					checkIns: { end: { confidence: {}, statements: {}, rightsNamed: 12 } },
				},
			},
		});
	});

	test('an empty response is no answer', () => {
		expect(answersFromInteractions([at('first-look.confidence-start.o-duty', '')])).toEqual({
			ok: true,
			recognised: 1,
			modules: {},
		});
	});

	test.each([
		['first-look.confidence-start.o-duty', '7', '“7” is not a rating from 1 to 5.'],
		['first-look_feedback_clarity', 'good', '“good” is not a rating from 1 to 5.'],
		['first-look.baseline-start.rights-named', '17', '“17” is not a whole number from 0 to 16.'],
		['first-look.baseline-start.rights-guess', '2.5', '“2.5” is not a whole number from 0 to 16.'],
	])('refuses %s = %s, saying where', (id, response, why) => {
		const result = answersFromInteractions([at(id, response)]);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(/^row 2, column “Response 0” \(first-look › /);
		expect(!result.ok && result.message.endsWith(why)).toBe(true);
	});
});
