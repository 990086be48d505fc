import { describe, expect, test } from 'vitest';
import {
	EVERYDAY_STATEMENT_IDS,
	HRA_RIGHT_IDS,
	type ScalePoint,
} from '../../../../src/schemas/evaluation-ids.ts';
import type { CheckIn, ModuleProgress, ScenarioStep } from '../../../../src/schemas/progress.ts';
import type { ScormModuleInfo } from '../../../../src/lib/scorm/module-info.ts';
import {
	decode,
	describeSuspendData,
	encode,
	newAttemptId,
	fitToLimit,
	idHash,
	suspendDataCollisions,
	TRIM_LEVELS,
	worstCaseLength,
} from '../../../../src/lib/scorm/suspend-data/index.ts';
import { info, Learner, MODULE_ID, RIGHT_ANSWERS } from './fixtures.ts';
import type { ProgressEvent } from '../../../../src/schemas/progress.ts';

/** A learner part-way through: lessons, answers, a scenario run, ratings and free text. */
function sampleProgress(): ModuleProgress {
	const learner = new Learner()
		.do({ type: 'module-opened', moduleVersion: '1.0.0' } as ProgressEvent)
		.visit('why-rights')
		.visit('searching-a-bedroom')
		.answer('q-absolute', ['art-3', 'art-2'], false)
		.answer('q-absolute', ['art-3', 'art-9'], true)
		.answer('q-tf', ['false'], true)
		.answer('q-practice', ['a-two'], false);
	const scenario = (event: Record<string, unknown>) =>
		learner.do({ scenarioId: 's-bedroom-search', ...event } as unknown as ProgressEvent);
	scenario({ type: 'scenario-node-entered', nodeId: 'n-concern' });
	scenario({
		type: 'scenario-choice-made',
		nodeId: 'n-concern',
		choiceId: 'c-covert',
		set: { told: 'false' },
	});
	scenario({ type: 'scenario-node-entered', nodeId: 'n-covert-found' });
	scenario({
		type: 'scenario-choice-made',
		nodeId: 'n-covert-found',
		choiceId: 'c-covert-explain',
		set: {},
	});
	scenario({ type: 'scenario-ended', endingId: 'e-trust-damaged', outcome: 'mixed', score: 40 });
	scenario({ type: 'scenario-restarted' });
	scenario({ type: 'scenario-node-entered', nodeId: 'n-concern' });
	scenario({
		type: 'scenario-choice-made',
		nodeId: 'n-concern',
		choiceId: 'c-explain',
		set: { told: 'true' },
	});
	scenario({ type: 'scenario-node-entered', nodeId: 'n-goto-only' });
	learner
		.do({
			type: 'review-rated',
			reviewId: 'tl-team-rights',
			statementId: 'st-record',
			rating: 'red',
		} as ProgressEvent)
		.do({
			type: 'review-rated',
			reviewId: 'tl-team-rights',
			statementId: 'st-faith',
			rating: 'green',
		} as ProgressEvent)
		.do({
			type: 'review-action-edited',
			reviewId: 'tl-team-rights',
			statementId: 'st-record',
			text: 'Our plan',
		} as ProgressEvent)
		.do({
			type: 'reflection-saved',
			reflectionId: 'r-1',
			text: 'Private thoughts',
		} as ProgressEvent)
		.visit('team-tools');
	return learner.state.modules[MODULE_ID]!;
}

/**
 * `sampleProgress()` with both check-ins and the feedback, saved at times between whole minutes
 * (the module was opened at 09:01).
 */
function evaluatedProgress(): ModuleProgress {
	const progress = sampleProgress();
	progress.checkIns = {
		start: {
			confidence: { 'o-legal-duty': 2, 'o-name-types': 1 },
			statements: { 's-everyday-tool': 2, 's-raise-concern': 4 },
			rightsGuess: 5,
			rightsNamed: ['art-2', 'art-8', 'p13-1'],
			at: '2025-03-01T09:02:30.500Z',
		},
		end: {
			confidence: { 'o-legal-duty': 4 },
			statements: { 's-explain-decision': 5 },
			rightsGuess: 16,
			rightsNamed: [],
			at: '2025-03-01T09:40:59.999Z',
		},
	};
	progress.feedback = {
		ratings: { relevance: 5, clarity: 3 },
		change: 'Please add more case law',
		at: '2025-03-01T09:41:10.000Z',
	};
	return progress;
}

/** The fixture module with other evaluation settings. */
function asking(checkIns: Partial<ScormModuleInfo['summary']['checkIns']>): ScormModuleInfo {
	return {
		...info,
		summary: { ...info.summary, checkIns: { ...info.summary.checkIns, ...checkIns } },
	};
}

/** The fixture module asking every baseline part at both check-ins. */
const everyPart = asking({
	baseline: {
		start: ['rights-named', 'everyday-decisions'],
		end: ['rights-named', 'everyday-decisions'],
	},
});

/**
 * Format R3 values as LMSs hold them (written by the R3 encoder), for a learner who
 * visited two lessons, answered `q-absolute` and `q-tf` and rated one Traffic Light statement:
 * in full, and trimmed to R3's level 3 (Traffic Light ratings).
 */
const R3_VALUES = {
	full: 'R3~oOS..JtuvM.F.1_0_0....Zn-..Att3mp~ruDB,Zn-F~WLv.-dOj.D.C,cFM.n7.D.D~~azD.qcr.E',
	trimmed: 'R3~oOS.D.JtuvM.F.1_0_0....Zn-..Att3mp~ruDB,Zn-F~WLv..D.C,cFM..D.D~~',
};

function completedProgress(): ModuleProgress {
	return new Learner().finish().state.modules[MODULE_ID]!;
}

/** A run through a goto-only node (`n-goto-only`) to an ending (`e-trust-damaged`). */
function endedProgress(): ModuleProgress {
	const learner = new Learner()
		.do({ type: 'module-opened', moduleVersion: '1.0.0' } as ProgressEvent)
		.visit('why-rights')
		.answer('q-tf', ['false'], true);
	const scenario = (event: Record<string, unknown>) =>
		learner.do({ scenarioId: 's-bedroom-search', ...event } as unknown as ProgressEvent);
	scenario({ type: 'scenario-node-entered', nodeId: 'n-concern' });
	scenario({ type: 'scenario-choice-made', nodeId: 'n-concern', choiceId: 'c-explain', set: {} });
	scenario({ type: 'scenario-node-entered', nodeId: 'n-goto-only' });
	scenario({ type: 'scenario-ended', endingId: 'e-trust-damaged', outcome: 'mixed', score: 40 });
	return learner.state.modules[MODULE_ID]!;
}

/**
 * Format R1 as LMSs hold it: `endedProgress()`, with the goto-only node and the ending written
 * as literal ids; and the same run with the learner on `n-concern`, a node with choices, which
 * R1 already wrote as a hash (`59x`).
 */
const R1_VALUES = {
	literalNode:
		'R1~oOS..JtuvM.G.1_0_0....ruD~ruDB~cFM.n7.D.C~RG9.!n-goto-only._u3.mAoe-trust-damaged.o.B.G~',
	hashedNode: 'R1~oOS..JtuvM.G.1_0_0....ruD~ruDB~cFM.n7.D.C~RG9.59x._u3.mAoe-trust-damaged.o.B.G~',
};

/** The fixture after a content update that removed the node or ending `id`. */
function withoutStep(...ids: string[]): ScormModuleInfo {
	return {
		...info,
		scenarios: info.scenarios.map((scenario) => ({
			...scenario,
			choices: scenario.choices.filter((choice) => !ids.includes(choice.nodeId)),
			nodeIds: scenario.nodeIds.filter((id) => !ids.includes(id)),
			endingIds: scenario.endingIds.filter((id) => !ids.includes(id)),
		})),
	};
}

describe('encode and decode', () => {
	test('round-trip everything needed to resume', () => {
		const progress = sampleProgress();
		const value = encode(progress, info);
		expect(value.startsWith('R4~')).toBe(true);
		expect(value).toMatch(/^[A-Za-z0-9_\-~,.]+$/);
		const { progress: decoded, problems } = decode(value, info);
		expect(problems).toEqual([]);
		expect(decoded).toMatchObject({
			moduleId: MODULE_ID,
			moduleVersion: '1.0.0',
			bookmark: 'team-tools',
			reflections: {},
			checks: {},
		});
		expect(Object.keys(decoded!.lessons).sort()).toEqual(
			['searching-a-bedroom', 'team-tools', 'why-rights'].sort(),
		);
		expect(decoded!.questions['q-absolute']).toMatchObject({
			response: ['art-3', 'art-9'],
			correct: true,
			attempts: 2,
		});
		expect(decoded!.questions['q-practice']).toMatchObject({ response: ['a-two'], correct: false });
		expect(decoded!.scenarios['s-bedroom-search']).toMatchObject({
			path: [{ nodeId: 'n-concern', choiceId: 'c-explain' }],
			currentNodeId: 'n-goto-only',
			bestScore: 40,
			runs: 1,
			vars: {},
		});
		expect(decoded!.reviews['tl-team-rights']).toMatchObject({
			ratings: { 'st-record': 'red', 'st-faith': 'green' },
			actions: {},
		});
		// Encoding what was decoded gives the same value: nothing drifts across relaunches.
		expect(encode(decoded!, info)).toBe(value);
	});

	test('keeps completion, its score and version, and an ending', () => {
		const progress = completedProgress();
		progress.scenarios['s-bedroom-search'] = {
			path: [{ nodeId: 'n-concern', choiceId: 'c-nothing', at: progress.updatedAt }],
			vars: {},
			currentNodeId: 'n-concern',
			ending: { id: 'e-missed-risk', outcome: 'negative', score: 0, at: progress.updatedAt },
			bestScore: 0,
			runs: 1,
		};
		const decoded = decode(encode(progress, info), info).progress!;
		expect(decoded.completedScore).toBe(100);
		expect(decoded.completedVersion).toBe('1.0.0');
		expect(Date.parse(decoded.completedAt!)).toBeLessThanOrEqual(Date.parse(progress.completedAt!));
		expect(decoded.scenarios['s-bedroom-search']?.ending).toMatchObject({
			id: 'e-missed-risk',
			outcome: 'negative',
			score: 0,
		});
	});

	test('writes scenario nodes and endings as hashes, whatever the length of their ids', () => {
		const long = (prefix: string) => `${prefix}-${'x'.repeat(62 - prefix.length)}`;
		const node = long('n');
		const ending = long('e');
		const target: ScormModuleInfo = {
			...info,
			scenarios: info.scenarios.map((scenario) => ({
				...scenario,
				nodeIds: [...scenario.nodeIds, node],
				endingIds: [...scenario.endingIds, ending],
			})),
		};
		const progress = completedProgress();
		progress.scenarios['s-bedroom-search'] = {
			path: [],
			vars: {},
			currentNodeId: node,
			ending: { id: ending, outcome: 'positive', score: 100, at: progress.updatedAt },
			bestScore: 100,
			runs: 1,
		};
		const value = encode(progress, target);
		const record = value.split('~')[4]!.split('.');
		expect(record[1]).toBe(idHash(node));
		expect(record[3]).toBe(`pBk${idHash(ending)}`);
		expect(value).not.toContain('xxx');
		expect(decode(value, target)).toMatchObject({
			problems: [],
			progress: {
				scenarios: { 's-bedroom-search': { currentNodeId: node, ending: { id: ending } } },
			},
		});
	});

	test('writes no node or ending the module does not list', () => {
		const progress = sampleProgress();
		const scenario = progress.scenarios['s-bedroom-search']!;
		scenario.currentNodeId = 'n-not-listed';
		scenario.ending = { id: 'e-not-listed', outcome: 'mixed', score: 50, at: progress.updatedAt };
		const record = encode(progress, info).split('~')[4]!.split('.');
		expect(record[1]).toBe('');
		expect(record[3]).toBe('');
	});

	test('decodes times no later than they were and at most a minute earlier', () => {
		const progress = sampleProgress();
		const decoded = decode(encode(progress, info), info).progress!;
		for (const [id, answer] of Object.entries(decoded.questions)) {
			const original = Date.parse(progress.questions[id]!.answeredAt);
			const back = Date.parse(answer.answeredAt);
			expect(back).toBeLessThanOrEqual(original);
			expect(original - back).toBeLessThan(61_000);
		}
	});

	test('survives reordered, added and removed content', () => {
		const value = encode(sampleProgress(), info);
		const updated: ScormModuleInfo = {
			...info,
			summary: {
				...info.summary,
				lessons: [...info.summary.lessons].reverse().filter((lesson) => lesson.id !== 'why-rights'),
			},
			questions: [
				{
					id: 'q-new',
					type: 'single',
					optionIds: ['x', 'y'],
					correctOptionIds: ['x'],
					description: 'New.',
				},
				...info.questions
					.filter((question) => question.id !== 'q-tf')
					.map((question) => ({ ...question, optionIds: [...question.optionIds].reverse() })),
			],
			scenarios: info.scenarios.map((scenario) => ({
				...scenario,
				choices: [...scenario.choices].reverse(),
			})),
		};
		const { progress, problems } = decode(value, updated);
		expect(Object.keys(progress!.lessons).sort()).toEqual(['searching-a-bedroom', 'team-tools']);
		expect(progress!.questions['q-absolute']?.response).toEqual(['art-3', 'art-9']);
		expect(progress!.questions['q-tf']).toBeUndefined();
		expect(progress!.scenarios['s-bedroom-search']?.path[0]?.choiceId).toBe('c-explain');
		expect(problems).toHaveLength(2);
		expect(problems.join(' ')).toContain('matches nothing in this module version');
	});

	test('does not store free text or ids the module does not list', () => {
		const progress = sampleProgress();
		progress.questions['q-removed'] = {
			response: ['x'],
			correct: true,
			attempts: 1,
			answeredAt: progress.updatedAt,
		};
		const value = encode(progress, info);
		expect(value).not.toContain('Private');
		expect(value).not.toContain('plan');
		expect(decode(value, info).progress!.questions['q-removed']).toBeUndefined();
	});

	test('keeps only the last choices of a long run', () => {
		const progress = sampleProgress();
		const step = (choiceId: string): ScenarioStep => ({
			nodeId: 'n-concern',
			choiceId,
			at: progress.updatedAt,
		});
		progress.scenarios['s-bedroom-search']!.path = [
			'c-covert',
			'c-nothing',
			'c-strip',
			'c-alone',
			'c-together',
		].map(step);
		const path = decode(encode(progress, info), info).progress!.scenarios['s-bedroom-search']!.path;
		expect(path.map((entry) => entry.choiceId)).toEqual(['c-strip', 'c-alone', 'c-together']);
		expect(path.map((entry) => entry.nodeId)).toEqual([
			'n-concern',
			'n-kai-responds',
			'n-kai-responds',
		]);
	});
});

describe('format R3 and later: attempt and restart', () => {
	test('keeps the attempt id and the assessment restart time', () => {
		const progress = { ...sampleProgress(), assessmentRestartedAt: '2025-03-01T09:10:00.000Z' };
		const attempt = newAttemptId();
		expect(attempt).toMatch(/^[A-Za-z0-9_-]{6}$/);
		const decoded = decode(encode(progress, info, 0, attempt), info);
		expect(decoded.attempt).toBe(attempt);
		expect(decoded.progress?.assessmentRestartedAt).toBe('2025-03-01T09:10:00.000Z');
		expect(decode(encode(progress, info), info).attempt).toBe('');
	});

	test('still reads an R2 value, as having no attempt', () => {
		const r2 = encode(sampleProgress(), info)
			.replace(/^R4~/, 'R2~')
			.replace(/^(R2~[^~]*)\.[^.~]*\.[^.~]*~/, '$1~');
		const decoded = decode(r2, info);
		expect(decoded.problems).toEqual([]);
		expect(decoded.attempt).toBe('');
		expect(decoded.progress?.bookmark).toBe(sampleProgress().bookmark);
	});
});

describe('evaluation answers', () => {
	test('round-trip both check-ins and the feedback ratings, times rounded down to the minute', () => {
		const value = encode(evaluatedProgress(), everyPart);
		const { progress, problems } = decode(value, everyPart);
		expect(problems).toEqual([]);
		expect(progress!.checkIns).toEqual({
			start: {
				confidence: { 'o-legal-duty': 2, 'o-name-types': 1 },
				statements: { 's-everyday-tool': 2, 's-raise-concern': 4 },
				rightsGuess: 5,
				rightsNamed: ['art-2', 'art-8', 'p13-1'],
				at: '2025-03-01T09:02:00.000Z',
			},
			end: {
				confidence: { 'o-legal-duty': 4 },
				statements: { 's-explain-decision': 5 },
				rightsGuess: 16,
				rightsNamed: [],
				at: '2025-03-01T09:40:00.000Z',
			},
		});
		expect(progress!.feedback).toEqual({
			ratings: { relevance: 5, clarity: 3 },
			change: '',
			at: '2025-03-01T09:41:00.000Z',
		});
		expect(encode(progress!, everyPart)).toBe(value);
	});

	test('never stores the feedback’s free text', () => {
		const value = encode(evaluatedProgress(), everyPart);
		expect(value).not.toMatch(/case|law|Please/);
		// Relevance 5 × 6 + clarity 3 = 33 (`h`), then the time: 40 minutes (`o`).
		expect(value.split('~')[6]!.split('.')[3]).toBe('ho');
	});

	test('writes only what the module asks', () => {
		const progress = evaluatedProgress();
		// The fixture asks both baseline parts at the start only.
		const end = decode(encode(progress, info), info).progress!.checkIns!.end!;
		expect(end).toEqual({ confidence: { 'o-legal-duty': 4 }, statements: {}, at: end.at });
		const noConfidence = decode(encode(progress, asking({ confidence: false })), info).progress!;
		expect(noConfidence.checkIns?.start?.confidence).toEqual({});
		expect(noConfidence.checkIns?.start?.rightsGuess).toBe(5);
		expect(noConfidence.checkIns?.end).toBeUndefined();
		expect(decode(encode(progress, asking({ feedback: false })), info).progress!.feedback).toBe(
			undefined,
		);
		const nothing = asking({
			confidence: false,
			feedback: false,
			baseline: { start: [], end: [] },
		});
		expect(encode(progress, nothing).endsWith('~')).toBe(true);
		expect(decode(encode(progress, nothing), info).progress!.checkIns).toBeUndefined();
	});

	test('keeps a check-in with every question skipped, and tells no rights named from none asked', () => {
		const progress = sampleProgress();
		progress.checkIns = { start: { confidence: {}, statements: {}, at: progress.updatedAt } };
		expect(decode(encode(progress, everyPart), everyPart).progress!.checkIns).toEqual({
			start: { confidence: {}, statements: {}, at: progress.updatedAt },
		});
		progress.checkIns.start!.rightsNamed = [];
		expect(decode(encode(progress, everyPart), everyPart).progress!.checkIns).toEqual({
			start: { confidence: {}, statements: {}, rightsNamed: [], at: progress.updatedAt },
		});
	});

	test('drops the ratings of an outcome the module no longer has, with a reason', () => {
		const value = encode(evaluatedProgress(), everyPart);
		const updated: ScormModuleInfo = {
			...everyPart,
			summary: {
				...everyPart.summary,
				outcomes: [{ id: 'o-new', text: 'New.' }, ...everyPart.summary.outcomes.slice(0, 1)],
			},
		};
		const { progress, problems } = decode(value, updated);
		expect(problems).toEqual([
			`The confidence ratings for an outcome (hash \`${idHash('o-name-types', 2)}\`) match nothing in this module version, so they were dropped.`,
		]);
		expect(progress!.checkIns?.start?.confidence).toEqual({ 'o-legal-duty': 2 });
		expect(progress!.checkIns?.end?.confidence).toEqual({ 'o-legal-duty': 4 });
		expect(progress!.checkIns?.start?.rightsGuess).toBe(5);
	});

	test('reads a damaged evaluation record as a problem and keeps the rest', () => {
		const value = encode(evaluatedProgress(), everyPart).replace(/~[^~]*$/, '~B.C.xx');
		const { progress, problems } = decode(value, everyPart);
		expect(problems).toEqual(['The evaluation record could not be read: `B.C.xx`.']);
		expect(progress!.checkIns).toBeUndefined();
		expect(progress!.questions['q-absolute']?.correct).toBe(true);
	});

	test('still reads R3 values, which have no evaluation answers', () => {
		const { progress, attempt, problems } = decode(R3_VALUES.full, info);
		expect(problems).toEqual([]);
		expect(attempt).toBe('Att3mp');
		expect(progress).toMatchObject({
			bookmark: 'team-tools',
			questions: {
				'q-absolute': { response: ['art-3', 'art-9'], correct: true },
				'q-tf': { response: ['false'], correct: true },
			},
			reviews: { 'tl-team-rights': { ratings: { 'st-record': 'red' } } },
		});
		expect(Object.keys(progress!.lessons)).toEqual(['why-rights', 'team-tools']);
		expect(progress!.checkIns).toBeUndefined();
		expect(progress!.feedback).toBeUndefined();
		expect(encode(progress!, info, 0, attempt)).toBe(`${R3_VALUES.full.replace('R3', 'R4')}~`);
		// R3 counted its trim levels without evaluation answers: level 3 was the Traffic Light ratings.
		expect(describeSuspendData(R3_VALUES.trimmed, info)).toContain(
			'left out: scenario paths, question responses, Traffic Light ratings.',
		);
		expect(decode(R3_VALUES.trimmed, info).progress!.reviews).toEqual({});
	});
});

describe('format R1 and content updates', () => {
	test('R1 values, literal ids included, still decode and are rewritten as R4', () => {
		const expected = endedProgress();
		for (const [value, node] of [
			[R1_VALUES.literalNode, 'n-goto-only'],
			[R1_VALUES.hashedNode, 'n-concern'],
		] as const) {
			const { progress, problems } = decode(value, info);
			expect(problems).toEqual([]);
			expect(progress).toMatchObject({
				moduleVersion: '1.0.0',
				bookmark: 'why-rights',
				questions: { 'q-tf': { response: ['false'], correct: true, attempts: 1 } },
				scenarios: {
					's-bedroom-search': {
						path: [{ nodeId: 'n-concern', choiceId: 'c-explain' }],
						currentNodeId: node,
						ending: { id: 'e-trust-damaged', outcome: 'mixed', score: 40 },
						bestScore: 40,
						runs: 1,
					},
				},
			});
			expect(Object.keys(progress!.lessons)).toEqual(['why-rights']);
			if (node === 'n-goto-only') {
				// The next commit writes R4 with nothing lost.
				expect(encode(progress!, info)).toBe(encode(expected, info));
			}
		}
	});

	test('drops an ending or node removed by a content update, with a reason, and keeps the rest', () => {
		const updated = withoutStep('n-goto-only', 'e-trust-damaged');
		for (const value of [encode(endedProgress(), info), R1_VALUES.literalNode]) {
			const { progress, problems } = decode(value, updated);
			const r1 = value.startsWith('R1');
			expect(problems).toEqual([
				`The current node of scenario \`s-bedroom-search\` (${r1 ? '`n-goto-only`' : `hash \`${idHash('n-goto-only')}\``}) matches nothing in this module version, so it was dropped; unless the run has ended, it reopens at the introduction.`,
				`The ending of scenario \`s-bedroom-search\` (${r1 ? '`e-trust-damaged`' : `hash \`${idHash('e-trust-damaged')}\``}) matches nothing in this module version, so it was dropped; its best score and finished runs are kept.`,
			]);
			const scenario = progress!.scenarios['s-bedroom-search']!;
			expect(scenario).toEqual({
				path: [{ nodeId: 'n-concern', choiceId: 'c-explain', at: scenario.path[0]!.at }],
				vars: {},
				bestScore: 40,
				runs: 1,
			});
			expect(progress!.questions['q-tf']).toMatchObject({ correct: true });
			expect(progress!.bookmark).toBe('why-rights');
		}
		// Only what went is dropped: the ending alone, or the node alone.
		const value = encode(endedProgress(), info);
		const noNode = decode(value, withoutStep('n-goto-only'));
		expect(noNode.problems).toHaveLength(1);
		expect(noNode.progress!.scenarios['s-bedroom-search']?.ending?.id).toBe('e-trust-damaged');
		const noEnding = decode(value, withoutStep('e-trust-damaged'));
		expect(noEnding.problems).toHaveLength(1);
		expect(noEnding.progress!.scenarios['s-bedroom-search']?.currentNodeId).toBe('n-goto-only');
	});
});

describe('decode of damaged values', () => {
	test('gives no progress and no problem for an empty value', () => {
		expect(decode('', info)).toEqual({ progress: undefined, attempt: '', problems: [] });
	});

	test('names what it cannot read', () => {
		expect(decode('{"json":true}', info).problems[0]).toContain(
			'not written by Rights in Practice',
		);
		expect(decode('R9~abc', info).problems[0]).toContain('format `R9`');
		expect(decode('R1~zz', info).problems[0]).toContain('header is damaged');
		expect(decode('R2~zz', info).problems[0]).toContain('header is damaged');
		const other = encode(sampleProgress(), {
			...info,
			summary: { ...info.summary, id: 'other-module' },
		});
		const result = decode(other, info);
		expect(result.progress).toBeUndefined();
		expect(result.problems[0]).toContain('another module');
	});

	// 500 seeded rounds of six inputs each: under a second on a quiet machine, about 5 s on a
	// 2-core machine shared with a build, hence the explicit budget.
	test('never throws on garbage, truncation or changed characters', { timeout: 30_000 }, () => {
		const value = encode(evaluatedProgress(), everyPart);
		const random = mulberry32(7);
		const alphabet = 'R1~,.!_-AZaz09xyq{}"\\ ';
		for (let round = 0; round < 500; round++) {
			const cut = value.slice(0, Math.floor(random() * value.length));
			const changed = [...value]
				.map((char) =>
					random() < 0.05 ? alphabet.charAt(Math.floor(random() * alphabet.length)) : char,
				)
				.join('');
			const noise = Array.from({ length: Math.floor(random() * 80) }, () =>
				alphabet.charAt(Math.floor(random() * alphabet.length)),
			).join('');
			const formats = ['R1', 'R2', 'R3', 'R4'].map((format) => `${format}~${noise}`);
			for (const input of [cut, changed, noise, ...formats]) {
				const result = decode(input, info);
				expect(Array.isArray(result.problems)).toBe(true);
				expect(() => describeSuspendData(input, info)).not.toThrow();
				expect(() => describeSuspendData(input)).not.toThrow();
			}
		}
	});
});

/** Small seeded random numbers, so failures can be replayed. */
function mulberry32(seed: number) {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Progress with random records, many of them far past the codec's bounds; with `max`, every
 * record present and every field at or past its bound.
 */
function randomProgress(
	random: () => number,
	target: ScormModuleInfo,
	max = false,
): ModuleProgress {
	const chance = (p: number) => max || random() < p;
	const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
	const started = max
		? Date.UTC(2100, 0, 1)
		: Date.UTC(2018, 0, 1) + random() * 100 * 365 * 86_400_000;
	const later = () =>
		new Date(started + (max ? 40 : random() * 40) * 365 * 86_400_000).toISOString();
	const longId = () =>
		Array.from({ length: max ? 64 : 1 + Math.floor(random() * 70) }, () =>
			pick(['a', 'b', '9', 'z']),
		).join('');
	const big = (bound: number) => (max ? bound : Math.floor(random() * bound));
	const progress: ModuleProgress = {
		moduleId: target.summary.id,
		moduleVersion: max
			? '999999999999.9.9'
			: pick(['1.0.0', '123456.123456.1234', '99999999999.9.9', '']),
		startedAt: new Date(started).toISOString(),
		updatedAt: later(),
		lessons: {},
		questions: {},
		scenarios: {},
		reviews: {},
		reflections: {},
		checks: {},
	};
	if (chance(0.3)) progress.assessmentRestartedAt = later();
	if (chance(0.5)) {
		progress.completedAt = later();
		progress.completedScore = big(10_000);
		progress.completedVersion = max ? '999999999999.9.9' : pick(['2.10.3', '9999999999.99.9']);
	}
	progress.bookmark = pick(target.summary.lessons).id;
	for (const lesson of target.summary.lessons) {
		if (chance(0.8)) {
			progress.lessons[lesson.id] = { firstVisitedAt: later(), lastVisitedAt: later(), visits: 3 };
		}
	}
	for (const question of target.questions) {
		if (!chance(0.8)) continue;
		progress.questions[question.id] = {
			response: question.optionIds.filter(() => chance(0.7)),
			correct: chance(0.5),
			attempts: big(10_000),
			answeredAt: later(),
		};
	}
	for (const scenario of target.scenarios) {
		const path = Array.from({ length: big(60) }, () => {
			const choice = pick(scenario.choices);
			return {
				nodeId: choice.nodeId,
				choiceId: chance(0.9) ? choice.id : 'c-unknown',
				at: later(),
			};
		});
		// At the bound, every node and ending is one the module lists (others are not written).
		const listed = (ids: readonly string[]) => (max || random() < 0.7 ? pick(ids) : longId());
		progress.scenarios[scenario.id] = {
			path,
			vars: { told: 'true' },
			currentNodeId: listed(scenario.nodeIds),
			...(chance(0.7)
				? {
						ending: {
							id: listed(scenario.endingIds),
							outcome: pick(['positive', 'mixed', 'negative'] as const),
							score: big(9000),
							at: later(),
						},
					}
				: {}),
			bestScore: big(9000),
			runs: big(9000),
		};
	}
	for (const review of target.reviews) {
		progress.reviews[review.id] = {
			ratings: Object.fromEntries(
				review.statementIds.map((id) => [id, pick(['red', 'amber', 'green'] as const)]),
			),
			actions: {},
			updatedAt: later(),
		};
	}
	// Ratings outside 1 to 5, guesses outside 0 to 16 and ids nobody lists are never written.
	const rating = () => (max ? 5 : pick([1, 2, 3, 4, 5, 0, 6, 2.5, -1])) as ScalePoint;
	const ratings = (ids: readonly string[]) =>
		Object.fromEntries([...ids, longId()].filter(() => chance(0.7)).map((id) => [id, rating()]));
	const checkIn = (): CheckIn => ({
		confidence: ratings(target.summary.outcomes.map((outcome) => outcome.id)),
		statements: ratings(EVERYDAY_STATEMENT_IDS),
		...(chance(0.6) ? { rightsGuess: max ? 16 : pick([0, 7, 16, 17, 400, -3, 2.5]) } : {}),
		...(chance(0.6)
			? { rightsNamed: [...HRA_RIGHT_IDS, 'art-99', longId()].filter(() => chance(0.5)) }
			: {}),
		at: later(),
	});
	progress.checkIns = {
		...(chance(0.7) ? { start: checkIn() } : {}),
		...(chance(0.7) ? { end: checkIn() } : {}),
	};
	if (chance(0.7)) {
		progress.feedback = {
			ratings: { relevance: rating(), clarity: rating() },
			change: 'A long answer. '.repeat(200),
			at: later(),
		};
	}
	return progress;
}

/**
 * A bigger module than any planned, asking every evaluation question there is, with outcome ids
 * of the longest length: the bound must still be far under 4,096.
 */
function bigInfo(): ScormModuleInfo {
	const ids = (prefix: string, count: number) =>
		Array.from({ length: count }, (_, index) => `${prefix}-${index}`);
	return {
		summary: {
			...everyPart.summary,
			id: 'big-module',
			lessons: ids('lesson', 12).map((id) => ({ id, title: id, href: id })),
			assessmentQuestionIds: ids('q', 15),
			questionIds: ids('q', 20),
			outcomes: ids('o', 12).map((id) => ({ id: id.padEnd(64, 'x'), text: id })),
		},
		questions: ids('q', 20).map((id, index) => ({
			id,
			type: index % 3 === 0 ? 'multiple' : index % 3 === 1 ? 'single' : 'true-false',
			optionIds: index % 3 === 2 ? ['true', 'false'] : ids('option', 6),
			correctOptionIds: index % 3 === 2 ? ['true'] : ['option-1'],
			description: id,
		})),
		scenarios: ids('s', 3).map((id) => ({
			id,
			title: id,
			choices: ids('c', 16).map((choice, index) => ({
				id: choice,
				nodeId: `n-${index % 6}`,
				best: index % 3 === 0,
				description: choice,
			})),
			nodeIds: [...ids('n', 6), 'n-goto-only'],
			endingIds: ids('e', 8),
			maxPathLength: 6,
		})),
		reviews: ids('tl', 2).map((id) => ({ id, statementIds: ids('st', 12) })),
	};
}

describe('worstCaseLength', () => {
	test('is a true upper bound of what encode emits', () => {
		for (const target of [info, bigInfo()]) {
			const bound = worstCaseLength(target);
			const random = mulberry32(42);
			for (let round = 0; round < 500; round++) {
				const attempt = random() < 0.5 ? '' : newAttemptId();
				expect(
					encode(randomProgress(random, target), target, 0, attempt).length,
				).toBeLessThanOrEqual(bound);
			}
			// Progress at every bound reaches it, so the bound is exact rather than loose.
			expect(encode(randomProgress(random, target, true), target, 0, 'zzzzzz').length).toBe(bound);
		}
	});

	test('stays within the issue targets for these modules', () => {
		expect(worstCaseLength(info)).toBeLessThanOrEqual(1024);
		expect(worstCaseLength(bigInfo())).toBeLessThan(4096);
	});

	test('counts the evaluation answers as 16 + 3 × outcomes, and the baseline parts asked', () => {
		const none = asking({ confidence: false, feedback: false, baseline: { start: [], end: [] } });
		const without = worstCaseLength(none);
		const outcomes = (count: number, checkIns: Partial<ScormModuleInfo['summary']['checkIns']>) => {
			const target = asking({ baseline: { start: [], end: [] }, ...checkIns });
			const ids = Array.from({ length: count }, (_, index) => `o-${index}-${'x'.repeat(58)}`);
			target.summary.outcomes = ids.map((id) => ({ id, text: id }));
			return worstCaseLength(target) - without;
		};
		expect(outcomes(1, {})).toBe(16 + 3);
		expect(outcomes(20, {})).toBe(16 + 3 * 20);
		expect(outcomes(4, { baseline: { start: ['everyday-decisions'], end: [] } })).toBe(28 + 4);
		expect(outcomes(4, { baseline: { start: [], end: ['rights-named'] } })).toBe(28 + 10);
		expect(outcomes(4, { baseline: everyPart.summary.checkIns.baseline })).toBe(28 + 4 + 9);
		// Feedback alone: three empty fields before it.
		expect(outcomes(4, { confidence: false })).toBe(3 + 5);
	});

	test('counts each scenario as 26 + 3 × its kept path, however many endings it has', () => {
		const without = worstCaseLength({ ...info, scenarios: [] });
		const scenario = info.scenarios[0]!;
		const manyEndings = {
			...scenario,
			endingIds: Array.from({ length: 40 }, (_, index) => `e-${index}-${'x'.repeat(58)}`),
		};
		// The first scenario record adds 26 + 3 × path characters (each further one, a comma too).
		expect(worstCaseLength(info)).toBe(without + 26 + 3 * scenario.maxPathLength);
		expect(worstCaseLength({ ...info, scenarios: [manyEndings] })).toBe(worstCaseLength(info));
		const looping = { ...scenario, maxPathLength: 1000 };
		expect(worstCaseLength({ ...info, scenarios: [looping] })).toBe(without + 26 + 3 * 24);
	});

	test('is far under 1,024 for five scenarios of eight endings each', () => {
		// The fixture module (4 lessons, 6 questions, 6 statements) with five scenarios of the
		// fixture's size (8 choices, 4 nodes, at most 3 choices a run), each with 8 endings of 64
		// characters. R1, with a literal node and ending of 64 characters, reached 1,020 (123 more
		// a scenario); R2 needs 5 × (26 + 3 × 3) + 4 commas = 179 for all five scenario records.
		const scenarios = Array.from({ length: 5 }, (_, index) => ({
			...info.scenarios[0]!,
			id: `s-scenario-${index}`,
			endingIds: Array.from({ length: 8 }, (__, ending) => `e-${ending}-${'x'.repeat(60)}`),
		}));
		const five: ScormModuleInfo = {
			...info,
			summary: {
				...info.summary,
				scenarios: scenarios.map(({ id, title }) => ({ id, title })),
			},
			scenarios,
		};
		expect(suspendDataCollisions(five)).toEqual([]);
		const random = mulberry32(5);
		expect(encode(randomProgress(random, five, true), five, 0, 'zzzzzz').length).toBe(
			worstCaseLength(five),
		);
		// 405 in R2; R3 adds the restart time and the attempt id (4 + 6 characters, 2 separators);
		// R4 the evaluation section, `~` and 16 + 3 × 2 for two outcomes, + 4 (statements) + 9
		// (rights) for a start baseline of both parts.
		expect(worstCaseLength(five)).toBe(453);
		expect(worstCaseLength(five)).toBeLessThan(1024 / 2);
	});
});

describe('fitToLimit', () => {
	test('never exceeds the limit and drops parts in order', () => {
		const random = mulberry32(3);
		const target = bigInfo();
		for (let round = 0; round < 200; round++) {
			const progress = randomProgress(random, target);
			const full = encode(progress, target).length;
			const limit = Math.floor(random() * (full + 20));
			const fitted = fitToLimit(progress, target, limit);
			expect(fitted.value.length).toBeLessThanOrEqual(limit);
			if (limit >= full) expect(fitted.trimmed).toBe('nothing');
		}
	});

	test('keeps completion, score and bookmark to the last', () => {
		const progress = completedProgress();
		progress.bookmark = 'team-tools';
		const headerOnly = encode(progress, info, TRIM_LEVELS.length - 1);
		const fitted = fitToLimit(progress, info, headerOnly.length);
		expect(fitted.trimmed).toBe('assessment answers');
		const decoded = decode(fitted.value, info).progress!;
		expect(decoded.completedScore).toBe(100);
		expect(decoded.bookmark).toBe('team-tools');
		expect(decoded.questions).toEqual({});
		expect(describeSuspendData(fitted.value, info)).toContain('Trimmed to fit the LMS limit');
		expect(fitToLimit(progress, info, 5).value).toBe('');
	});

	test('drops evaluation answers after question responses and before Traffic Light ratings', () => {
		const progress = evaluatedProgress();
		const kept = encode(progress, info, TRIM_LEVELS.indexOf('question responses'));
		const fitted = fitToLimit(progress, info, kept.length - 1);
		expect(fitted.trimmed).toBe('evaluation answers');
		const decoded = decode(fitted.value, info).progress!;
		expect(decoded.checkIns).toBeUndefined();
		expect(decoded.feedback).toBeUndefined();
		expect(decoded.reviews['tl-team-rights']?.ratings).toEqual({
			'st-record': 'red',
			'st-faith': 'green',
		});
		expect(decode(kept, info).progress!.checkIns?.start?.rightsGuess).toBe(5);
		expect(describeSuspendData(fitted.value, info)).toContain(
			'left out: scenario paths, question responses, evaluation answers.',
		);
	});

	test('drops scenario paths before answers', () => {
		const progress = sampleProgress();
		const full = encode(progress, info);
		const fitted = fitToLimit(progress, info, full.length - 1);
		expect(fitted.trimmed).toBe('scenario paths');
		const decoded = decode(fitted.value, info).progress!;
		expect(decoded.scenarios['s-bedroom-search']?.path).toEqual([]);
		expect(decoded.questions['q-absolute']?.response).toEqual(['art-3', 'art-9']);
	});
});

describe('suspendDataCollisions', () => {
	test('finds none in the fixture and reports two ids that share a hash', () => {
		expect(suspendDataCollisions(info)).toEqual([]);
		const seen = new Map<string, string>();
		let pair: [string, string] | undefined;
		for (let index = 0; !pair; index++) {
			const id = `st-${index}`;
			const hash = idHash(id, 2);
			const earlier = seen.get(hash);
			if (earlier) pair = [earlier, id];
			seen.set(hash, id);
		}
		const clashing = { ...info, reviews: [{ id: 'tl-x', statementIds: pair }] };
		const problems = suspendDataCollisions(clashing);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(`\`${pair[0]}\` and \`${pair[1]}\``);
		// A value written before the clash still decodes; only the ambiguous rating is dropped.
		const progress = sampleProgress();
		progress.reviews['tl-x'] = {
			ratings: { [pair[0]]: 'red' },
			actions: {},
			updatedAt: progress.updatedAt,
		};
		expect(decode(encode(progress, clashing), clashing).progress!.reviews['tl-x']?.ratings).toEqual(
			{},
		);
	});

	test('reports two outcomes that share a hash', () => {
		const seen = new Map<string, string>();
		let pair: [string, string] | undefined;
		for (let index = 0; !pair; index++) {
			const id = `o-${index}`;
			const earlier = seen.get(idHash(id, 2));
			if (earlier) pair = [earlier, id];
			seen.set(idHash(id, 2), id);
		}
		const clashing: ScormModuleInfo = {
			...info,
			summary: { ...info.summary, outcomes: pair.map((id) => ({ id, text: id })) },
		};
		expect(suspendDataCollisions(clashing)).toEqual([
			`The outcome ids \`${pair[0]}\` and \`${pair[1]}\` share the suspend-data hash \`${idHash(pair[0], 2)}\`. Rename the one added most recently.`,
		]);
	});

	test('checks every node, goto-only ones too, and every ending', () => {
		const clash = (prefix: string) => {
			const seen = new Map<string, string>();
			for (let index = 0; ; index++) {
				const id = `${prefix}-${index}`;
				const earlier = seen.get(idHash(id));
				if (earlier) return [earlier, id];
				seen.set(idHash(id), id);
			}
		};
		const [nodeA, nodeB] = clash('n');
		const [endingA, endingB] = clash('e');
		const scenario = info.scenarios[0]!;
		const clashing: ScormModuleInfo = {
			...info,
			scenarios: [
				{
					...scenario,
					nodeIds: [...scenario.nodeIds, nodeA!, nodeB!],
					endingIds: [...scenario.endingIds, endingA!, endingB!],
				},
			],
		};
		const problems = suspendDataCollisions(clashing);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toContain(`node (scenario \`s-bedroom-search\`) ids \`${nodeA}\``);
		expect(problems[1]).toContain(`ending (scenario \`s-bedroom-search\`) ids \`${endingA}\``);
	});
});

describe('describeSuspendData', () => {
	test('names everything with module info', () => {
		const text = describeSuspendData(encode(sampleProgress(), info), info);
		expect(text).toContain('format R4');
		expect(text).toContain('Module: first-look (A first look).');
		expect(text).toContain('Module version 1.0.0');
		expect(text).toContain('Bookmark: lesson team-tools.');
		expect(text).toContain('q-absolute: correct, 2 attempts, chose art-3, art-9');
		expect(text).toContain('s-bedroom-search: on n-goto-only; path of the current run: c-explain');
		expect(text).toContain('tl-team-rights: st-record red, st-faith green');
	});

	test('describes the check-ins and the feedback ratings', () => {
		const value = encode(evaluatedProgress(), everyPart);
		const text = describeSuspendData(value, everyPart);
		expect(text).toContain(
			[
				'Evaluation check-ins (2):',
				'  - start: confidence o-legal-duty 2, o-name-types 1; statements s-everyday-tool 2, s-raise-concern 4; guessed 5 of 16 rights; named 3 (art-2, art-8, p13-1); saved 2025-03-01 09:02 UTC',
				'  - end: confidence o-legal-duty 4; statements s-explain-decision 5; guessed 16 of 16 rights; named 0; saved 2025-03-01 09:40 UTC',
				'Feedback: relevance 5, clarity 3, saved 2025-03-01 09:41 UTC.',
			].join('\n'),
		);
		expect(describeSuspendData(value)).toContain(
			`  - end: confidence #${idHash('o-legal-duty', 2)} 4; statements s-explain-decision 5;`,
		);
		expect(describeSuspendData(encode(sampleProgress(), info), info)).toContain(
			'Evaluation check-ins (0):\nFeedback: none.',
		);
	});

	test('names endings, and shows a hash the module no longer has', () => {
		const value = encode(endedProgress(), info);
		expect(describeSuspendData(value, info)).toContain(
			's-bedroom-search: on n-goto-only; path of the current run: c-explain; ended at e-trust-damaged (mixed, score 40)',
		);
		const text = describeSuspendData(value, withoutStep('e-trust-damaged'));
		expect(text).toContain(
			`ended at #${idHash('e-trust-damaged')} (not in this module version) (mixed, score 40)`,
		);
	});

	test('reads format R1, literal ids included', () => {
		const text = describeSuspendData(R1_VALUES.literalNode, info);
		expect(text).toContain('format R1');
		expect(text).toContain(
			's-bedroom-search: on n-goto-only; path of the current run: c-explain; ended at e-trust-damaged (mixed, score 40)',
		);
		expect(describeSuspendData(R1_VALUES.literalNode)).toContain(
			'on n-goto-only; path of the current run: #',
		);
		expect(describeSuspendData(R1_VALUES.literalNode, withoutStep('n-goto-only'))).toContain(
			'on n-goto-only (not in this module version)',
		);
	});

	test('shows hashes without module info', () => {
		const text = describeSuspendData(encode(completedProgress(), info));
		expect(text).toContain(`Module: #${idHash(MODULE_ID)}`);
		expect(text).toContain('Completed ');
		expect(text).toContain(`#${idHash('q-tf')}: correct, 1 attempt`);
		expect(text).toContain(`Questions answered (${Object.keys(RIGHT_ANSWERS).length})`);
	});

	test('explains empty and foreign values', () => {
		expect(describeSuspendData('')).toBe('The suspend data is empty.');
		expect(describeSuspendData('{"a":1}')).toContain('not written by Rights in Practice');
	});
});
