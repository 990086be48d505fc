import { describe, expect, test } from 'vitest';
import type { Write } from '../../../../src/lib/scorm/data-model.ts';
import { formatCmiTime } from '../../../../src/lib/scorm/cmi-time.ts';
import {
	interactionDescription,
	questionInteraction,
	responseTokenCollisions,
	scenarioChoiceInteraction,
	SCORM2004_RESPONSE_PATTERN,
	type Interaction,
} from '../../../../src/lib/scorm/interactions.ts';
import { scorm12 } from '../../../../src/lib/scorm/scorm12.ts';
import { scorm2004 } from '../../../../src/lib/scorm/scorm2004.ts';
import { info, newLms12, newLms2004 } from './fixtures.ts';

const AT = new Date(Date.UTC(2025, 2, 1, 9, 30, 15, 500));
const question = (id: string) => {
	const found = info.questions.find((candidate) => candidate.id === id);
	if (!found) throw new Error(id);
	return found;
};
const scenario = info.scenarios[0]!;

function every(version: '1.2' | '2004'): Interaction[] {
	const interactions: Interaction[] = [];
	for (const q of info.questions) {
		interactions.push(
			questionInteraction(version, q, { response: q.correctOptionIds, correct: true }, AT, 12_000),
			questionInteraction(version, q, { response: q.optionIds.slice(0, 2), correct: false }, AT),
			questionInteraction(version, q, { response: [], correct: false }, AT),
		);
	}
	for (const choice of scenario.choices) {
		const interaction = scenarioChoiceInteraction(version, scenario, choice.id, AT, 4_500);
		if (interaction) interactions.push(interaction);
	}
	return interactions;
}

function expectAccepted(
	set: (element: string, value: string) => string,
	lastError: () => string,
	writes: Write[],
) {
	for (const [element, value] of writes) {
		expect(set(element, value), `${element} = ${value} (error ${lastError()})`).toBe('true');
	}
}

describe('questionInteraction', () => {
	test('sends letters in authored order and 1.2 vocabulary', () => {
		const wrong = questionInteraction(
			'1.2',
			question('q-absolute'),
			{ response: ['art-9', 'art-2'], correct: false },
			AT,
		);
		expect(wrong).toEqual({
			id: 'q-absolute',
			type: 'choice',
			learnerResponse: 'a,d',
			result: 'wrong',
			correctResponse: 'b,d',
			timestamp: formatCmiTime(AT),
		});
		const trueFalse = questionInteraction(
			'1.2',
			question('q-tf'),
			{ response: ['false'], correct: true },
			AT,
		);
		expect(trueFalse).toMatchObject({
			type: 'true-false',
			learnerResponse: 'f',
			correctResponse: 'f',
			result: 'correct',
		});
	});

	test('sends option ids with underscores for hyphens, 2004 vocabulary, latency and a one-line description', () => {
		const wrong = questionInteraction(
			'2004',
			question('q-absolute'),
			{ response: ['art-9', 'art-2'], correct: false },
			AT,
			65_000,
		);
		expect(wrong).toEqual({
			id: 'q-absolute',
			type: 'choice',
			learnerResponse: 'art_2[,]art_9',
			result: 'incorrect',
			correctResponse: 'art_3[,]art_9',
			timestamp: '2025-03-01T09:30:15.50Z',
			latency: 'PT1M5S',
			description: 'Select} every absolute right. There are two.',
		});
		expect(
			questionInteraction('2004', question('q-tf'), { response: ['true'], correct: false }, AT),
		).toMatchObject({ type: 'true-false', learnerResponse: 'true', correctResponse: 'false' });
	});

	test('falls back to option ids past 36 options and keeps 1.2 responses within 255', () => {
		const optionIds = Array.from({ length: 60 }, (_, index) => `option-number-${index}`);
		const big = { ...question('q-absolute'), optionIds, correctOptionIds: optionIds };
		const interaction = questionInteraction('1.2', big, { response: optionIds, correct: true }, AT);
		expect(interaction.learnerResponse.startsWith('a,b,c')).toBe(true);
		expect(interaction.learnerResponse).toContain('option-number-36');
		expect(interaction.learnerResponse.length).toBeLessThanOrEqual(255);
		expect(interaction.correctResponse?.length).toBeLessThanOrEqual(255);
	});
});

describe('scenarioChoiceInteraction', () => {
	test('records the choice as neutral with the best choices as the pattern', () => {
		expect(scenarioChoiceInteraction('1.2', scenario, 'c-covert', AT)).toMatchObject({
			id: 's-bedroom-search_c-covert',
			type: 'choice',
			learnerResponse: 'a',
			correctResponse: 'c',
			result: 'neutral',
		});
		expect(scenarioChoiceInteraction('2004', scenario, 'c-alone', AT, 3_000)).toMatchObject({
			id: 's-bedroom-search.c-alone',
			learnerResponse: 'c_alone',
			correctResponse: 'c_together',
			result: 'neutral',
			latency: 'PT3S',
			description: 'Search alone.',
		});
	});

	test('returns undefined for a choice the scenario no longer has', () => {
		expect(scenarioChoiceInteraction('2004', scenario, 'c-gone', AT)).toBeUndefined();
	});
});

describe('interactionDescription', () => {
	test('cuts to 250 characters without splitting a surrogate pair', () => {
		const text = `${'x'.repeat(249)}😀 tail`;
		const description = interactionDescription(text);
		expect(description.length).toBeLessThanOrEqual(250);
		expect(description).toBe('x'.repeat(249));
	});
});

describe('interaction formats in scorm-again', () => {
	test('SCORM 1.2 accepts every record', () => {
		const lms = newLms12();
		lms.LMSInitialize('');
		every('1.2').forEach((interaction, index) => {
			expectAccepted(
				(element, value) => lms.LMSSetValue(element, value),
				() => String(lms.LMSGetLastError()),
				scorm12.interactionWrites(index, interaction),
			);
		});
		expect(lms.LMSGetValue('cmi.interactions._count')).toBe(String(every('1.2').length));
	});

	test('SCORM 2004 accepts every record', () => {
		const lms = newLms2004();
		lms.Initialize('');
		every('2004').forEach((interaction, index) => {
			expectAccepted(
				(element, value) => lms.SetValue(element, value),
				() => String(lms.GetLastError()),
				scorm2004.interactionWrites(index, interaction),
			);
		});
		expect(lms.GetValue('cmi.interactions.1.learner_response')).toBe('respect[,]ignore');
		expect(lms.GetValue('cmi.interactions.1.result')).toBe('incorrect');
	});

	test("every 2004 choice response and pattern passes Moodle's CMIShortIdentifier check", () => {
		for (const interaction of every('2004').filter((record) => record.type === 'choice')) {
			for (const value of [interaction.learnerResponse, interaction.correctResponse ?? '']) {
				for (const item of value.split('[,]').filter(Boolean)) {
					expect(item, `${interaction.id}: ${value}`).toMatch(SCORM2004_RESPONSE_PATTERN);
				}
			}
		}
	});
});

describe('responseTokenCollisions', () => {
	test('finds nothing in a course whose ids follow the id rules', () => {
		expect(responseTokenCollisions(info)).toEqual([]);
	});

	test('names the question and both options when two would send the same item', () => {
		const broken = {
			...info,
			questions: [{ ...info.questions[0]!, id: 'q-x', optionIds: ['a-b', 'a_b'] }],
		};
		expect(responseTokenCollisions(broken)).toEqual([
			'Question `q-x`: the options `a-b` and `a_b` would both be sent as `a_b`. Rename one of them.',
		]);
	});

	test('names an option that no LMS would accept', () => {
		const broken = {
			...info,
			questions: [{ ...info.questions[0]!, id: 'q-x', optionIds: ['a b'] }],
		};
		expect(responseTokenCollisions(broken)[0]).toContain('`a b`');
	});
});
