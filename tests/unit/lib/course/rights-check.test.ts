import { describe, expect, test } from 'vitest';
import {
	aimConcerns,
	answerList,
	categoryLabel,
	findStepDef,
	guardCheck,
	isBlanket,
	rightsCheckContent,
	stepErrors,
	stepNotices,
	summarise,
} from '../../../../src/lib/course/rights-check.ts';
import { content } from './rights-check-content.ts';

function step(id: string) {
	const found = findStepDef(content, id);
	if (!found) throw new Error(id);
	return found;
}

describe('rightsCheckContent', () => {
	test('puts the steps in the order the rules follow, whatever their order in the file', () => {
		const reversed = rightsCheckContent(
			[...content.steps].reverse(),
			Object.values(content.notices),
		);
		expect(reversed.steps.map((s) => s.id)).toEqual(content.steps.map((s) => s.id));
	});

	test('names every missing step and notice', () => {
		expect(() =>
			rightsCheckContent(content.steps.slice(1), Object.values(content.notices).slice(1)),
		).toThrow('The Rights Check has no `recognise`, `blanket` in `content/rights-check/`.');
	});
});

describe('stepErrors', () => {
	test('reports required fields left empty', () => {
		expect(stepErrors(step('recognise'), { decision: '  ' })).toEqual({
			decision: 'Describe the decision',
			scope: 'Select who the decision would apply to',
		});
	});

	test('accepts a step whose required fields are answered', () => {
		expect(stepErrors(step('guard'), { 'art3-risk': 'no', 'art2-risk': 'no' })).toEqual({});
	});

	test('has nothing required on optional steps', () => {
		expect(stepErrors(step('voice'), {})).toEqual({});
	});
});

describe('isBlanket', () => {
	test('flags a decision for a group or the whole ward', () => {
		expect(isBlanket({ scope: 'ward' })).toBe(true);
		expect(isBlanket({ scope: 'group' })).toBe(true);
	});

	test('does not flag an individual decision or an unanswered scope', () => {
		expect(isBlanket({ scope: 'individual' })).toBe(false);
		expect(isBlanket({})).toBe(false);
	});

	test('shows the blanket restriction notice on the first step', () => {
		expect(stepNotices(content, 'recognise', { scope: 'ward' }).map((n) => n.id)).toEqual([
			'blanket',
		]);
	});
});

describe('guardCheck', () => {
	test('stops when an Article 3 risk is not ruled out', () => {
		expect(guardCheck({ 'art3-risk': 'possibly' }).stop).toBe(true);
		expect(guardCheck({ 'art3-risk': 'yes' }).stop).toBe(true);
		expect(guardCheck({ 'art3-risk': 'no' }).stop).toBe(false);
	});

	test('does not stop before the question is answered', () => {
		expect(guardCheck({}).stop).toBe(false);
	});

	test('shows the duty to protect for a possible risk to life', () => {
		expect(guardCheck({ 'art2-risk': 'possibly' }).protect).toBe(true);
		expect(guardCheck({ 'art2-risk': 'no' }).protect).toBe(false);
	});

	test('shows the redesign panel, with alternatives, before the protect panel', () => {
		const notices = stepNotices(content, 'guard', { 'art3-risk': 'yes', 'art2-risk': 'yes' });
		expect(notices.map((n) => [n.id, n.tone])).toEqual([
			['redesign', 'stop'],
			['protect', 'warning'],
		]);
		expect(notices[0]?.points?.length).toBeGreaterThan(0);
	});
});

describe('basis warnings', () => {
	test('asks for advice when the basis is a policy alone or unclear', () => {
		expect(stepNotices(content, 'basis', { basis: 'policy-only' }).map((n) => n.id)).toEqual([
			'basis',
		]);
		expect(stepNotices(content, 'basis', { basis: 'none' }).map((n) => n.id)).toEqual(['basis']);
	});

	test('cautions about relying on a parent’s consent', () => {
		expect(stepNotices(content, 'basis', { basis: 'parent' }).map((n) => n.id)).toEqual([
			'parent-consent',
		]);
	});

	test('says nothing for a statutory power', () => {
		expect(stepNotices(content, 'basis', { basis: 'mha' })).toEqual([]);
	});
});

describe('aimConcerns', () => {
	test('finds convenience, staffing, habit and rules in the learner’s words', () => {
		expect(
			aimConcerns({
				'aim-text':
					'We are short-staffed, it is easier, we have always done it and it is the rule.',
			}),
		).toEqual(['short-staffed', 'easier', 'always done', 'rule']);
	});

	test('accepts protecting staff from harm as an aim', () => {
		expect(
			aimConcerns({ 'aim-text': 'To protect staff and other patients from assault.' }),
		).toEqual([]);
	});

	test('quotes the learner’s words in the warning', () => {
		const [notice] = stepNotices(content, 'aim', {
			'aim-text': 'Staffing is low and rules are rules.',
		});
		expect(notice?.id).toBe('aim');
		expect(notice?.body).toContain('“Staffing” and “rules”');
	});

	test('asks the learner to check an aim outside the listed ones', () => {
		expect(stepNotices(content, 'aim', { aim: 'other' }).map((n) => n.id)).toEqual(['aim-other']);
	});
});

describe('categoryLabel', () => {
	test('explains each category and passes unknown ones through', () => {
		expect(categoryLabel('absolute')).toBe('Absolute right: can never be limited');
		expect(categoryLabel('something-else')).toBe('something-else');
	});
});

describe('answerList', () => {
	test('reads a text answer one item per line', () => {
		expect(
			answerList(
				{ alternatives: 'Talk it through\n\n  Sensory plan \r\nKnown staff' },
				'alternatives',
			),
		).toEqual(['Talk it through', 'Sensory plan', 'Known staff']);
	});
});

describe('summarise', () => {
	const answers = {
		decision: 'Remove phones from everyone at night.',
		scope: 'ward',
		rights: ['art-8', 'art-14'],
		'art3-risk': 'no',
		'art2-risk': 'no',
		basis: 'policy-only',
		aim: 'other',
		'aim-text': 'It is easier at night.',
		alternatives: 'Individual plans\nCharging outside bedrooms',
		done: ['reasons', 'explained'],
	};

	test('reads answers back in plain language', () => {
		const card = summarise(content, answers, []);
		const recognise = card.sections[0];
		expect(recognise?.heading).toBe('Recognise the decision');
		expect(recognise?.items).toEqual([
			{ fieldId: 'decision', label: 'Decision', value: 'Remove phones from everyone at night.' },
			{ fieldId: 'scope', label: 'Applies to', value: 'Everyone on the ward' },
			{ fieldId: 'duration', label: 'For how long', value: '' },
		]);
		const items = card.sections.flatMap((s) => s.items);
		expect(items.find((i) => i.fieldId === 'rights')?.value).toEqual(['Article 8', 'Article 14']);
		expect(items.find((i) => i.fieldId === 'alternatives')?.value).toEqual([
			'Individual plans',
			'Charging outside bedrooms',
		]);
		expect(items.find((i) => i.fieldId === 'done')?.value).toEqual([
			'The reasons and the legal basis are written down',
			'The young person has been told, in words they understand',
		]);
	});

	test('uses the supplied names for rights', () => {
		const card = summarise(content, answers, [], { rightName: (id) => `Right ${id}` });
		const items = card.sections.flatMap((s) => s.items);
		expect(items.find((i) => i.fieldId === 'rights')?.value).toEqual([
			'Right art-8',
			'Right art-14',
		]);
	});

	test('collects every warning, including a missing review date and missing voice', () => {
		const card = summarise(content, answers, []);
		expect(card.notices.map((n) => n.id)).toEqual([
			'blanket',
			'basis',
			'aim',
			'aim-other',
			'register',
			'review-date',
			'voice',
		]);
		expect(card.missingReviewDate).toBe(true);
	});

	test('drops the review date warning once a review is set', () => {
		const card = summarise(content, { ...answers, 'review-when': 'Friday, ward round' }, []);
		expect(card.missingReviewDate).toBe(false);
		expect(card.notices.map((n) => n.id)).not.toContain('review-date');
	});

	test('compares the rights chosen with the model answer', () => {
		const card = summarise(content, answers, ['art-8', 'art-10', 'art-14']);
		expect(card.chosenRights).toEqual(['art-8', 'art-14']);
		expect(card.missedRights).toEqual(['art-10']);
		expect(card.extraRights).toEqual([]);
		expect(summarise(content, answers, ['art-8']).extraRights).toEqual(['art-14']);
	});

	test('reports no missed or extra rights without a model answer', () => {
		const card = summarise(content, answers, []);
		expect(card.missedRights).toEqual([]);
		expect(card.extraRights).toEqual([]);
	});
});
