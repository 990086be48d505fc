import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { ScormModuleSummary } from '../../../../src/schemas/module-summary.ts';
import { applyEvent, createEmptyState } from '../../../../src/lib/progress/model.ts';
import type { ProgressEvent, ProgressState } from '../../../../src/schemas/progress.ts';
import type { ScormModuleInfo } from '../../../../src/lib/scorm/module-info.ts';
import type { ScormSession } from '../../../../src/lib/scorm/session/index.ts';

export const MODULE_ID = 'first-look';

export const summary: ScormModuleSummary = {
	id: MODULE_ID,
	title: 'A first look',
	version: '1.0.0',
	href: '/first-look/',
	completion: 'all-lessons-and-pass-assessment',
	passMark: 80,
	estimatedMinutes: 20,
	lessons: ['why-rights', 'searching-a-bedroom', 'team-tools', 'check-your-understanding'].map(
		(id) => ({ id, title: id, href: `/first-look/${id}/` }),
	),
	assessmentQuestionIds: ['q-legal-duty', 'q-how-many', 'q-absolute', 'q-search', 'q-tf'],
	questionIds: ['q-legal-duty', 'q-how-many', 'q-absolute', 'q-search', 'q-tf', 'q-practice'],
	scenarios: [{ id: 's-bedroom-search', title: 'Searching a bedroom' }],
	outcomes: [
		{ id: 'o-legal-duty', text: 'Explain the legal duty.' },
		{ id: 'o-name-types', text: 'Name the types of right.' },
	],
	checkIns: {
		confidence: true,
		feedback: true,
		baseline: { start: ['rights-named', 'everyday-decisions'], end: [] },
	},
};

export const info: ScormModuleInfo = {
	summary,
	questions: [
		{
			id: 'q-legal-duty',
			type: 'single',
			optionIds: ['respect', 'ignore', 'delegate'],
			correctOptionIds: ['respect'],
			description: 'Which duty do NHS services have under the Human Rights Act?',
		},
		{
			id: 'q-how-many',
			type: 'single',
			optionIds: ['n-10', 'n-16', 'n-30', 'n-50'],
			correctOptionIds: ['n-16'],
			description: 'How many rights does the Act protect?',
		},
		{
			id: 'q-absolute',
			type: 'multiple',
			optionIds: ['art-2', 'art-3', 'art-8', 'art-9', 'art-5', 'art-14'],
			correctOptionIds: ['art-3', 'art-9'],
			description: '{Select} every absolute right.\nThere are two.',
		},
		{
			id: 'q-search',
			type: 'single',
			optionIds: ['ask', 'covert'],
			correctOptionIds: ['ask'],
			description: 'What do you do first?',
		},
		{
			id: 'q-tf',
			type: 'true-false',
			optionIds: ['true', 'false'],
			correctOptionIds: ['false'],
			description: 'Article 8 is an absolute right.',
		},
		{
			id: 'q-practice',
			type: 'single',
			optionIds: ['a-one', 'a-two'],
			correctOptionIds: ['a-one'],
			description: 'A practice question.',
		},
	],
	scenarios: [
		{
			id: 's-bedroom-search',
			title: 'Searching a bedroom',
			choices: [
				{ id: 'c-covert', nodeId: 'n-concern', best: false, description: 'Search covertly.' },
				{ id: 'c-nothing', nodeId: 'n-concern', best: false, description: 'Do nothing.' },
				{ id: 'c-explain', nodeId: 'n-concern', best: true, description: 'Explain and ask.' },
				{ id: 'c-strip', nodeId: 'n-concern', best: false, description: 'Strip search.' },
				{
					id: 'c-covert-explain',
					nodeId: 'n-covert-found',
					best: true,
					description: 'Tell Kai.',
				},
				{
					id: 'c-covert-silent',
					nodeId: 'n-covert-found',
					best: false,
					description: 'Say nothing.',
				},
				{ id: 'c-together', nodeId: 'n-kai-responds', best: true, description: 'Search together.' },
				{ id: 'c-alone', nodeId: 'n-kai-responds', best: false, description: 'Search alone.' },
			],
			nodeIds: ['n-concern', 'n-covert-found', 'n-kai-responds', 'n-goto-only'],
			endingIds: ['e-best', 'e-partial', 'e-trust-damaged', 'e-missed-risk', 'e-degrading'],
			maxPathLength: 3,
		},
	],
	reviews: [
		{
			id: 'tl-team-rights',
			statementIds: ['st-involve', 'st-explain', 'st-record', 'st-review', 'st-faith', 'st-family'],
		},
	],
};

export const LESSONS = summary.lessons.map((lesson) => lesson.id);

/** Correct responses for every assessment question. */
export const RIGHT_ANSWERS: Record<string, string[]> = {
	'q-legal-duty': ['respect'],
	'q-how-many': ['n-16'],
	'q-absolute': ['art-3', 'art-9'],
	'q-search': ['ask'],
	'q-tf': ['false'],
};

/** Plays a learner's events through the progress reducer and hands each to the session. */
export class Learner {
	state: ProgressState = createEmptyState();
	#clock: number;
	readonly #session: ScormSession | undefined;

	constructor(session?: ScormSession, start = Date.UTC(2025, 2, 1, 9)) {
		this.#session = session;
		this.#clock = start;
	}

	/** Applies an event one minute after the previous one. */
	do(event: Omit<ProgressEvent, 'moduleId' | 'at'> & { type: ProgressEvent['type'] }): this {
		this.#clock += 60_000;
		const full = {
			moduleId: MODULE_ID,
			at: new Date(this.#clock).toISOString(),
			...event,
		} as ProgressEvent;
		this.state = applyEvent(this.state, full);
		void this.#session?.record(full, this.state);
		return this;
	}

	visit(lessonId: string): this {
		return this.do({ type: 'lesson-visited', lessonId } as ProgressEvent);
	}

	answer(questionId: string, response: string[], correct: boolean): this {
		return this.do({ type: 'question-answered', questionId, response, correct } as ProgressEvent);
	}

	/**
	 * Visits every lesson and answers the assessment: all right (100%, passed and completed), or
	 * with `q-how-many` and `q-tf` wrong (60%, under the pass mark of 80).
	 */
	finish(pass = true): this {
		this.do({ type: 'module-opened', moduleVersion: '1.0.0' } as ProgressEvent);
		for (const lesson of LESSONS) this.visit(lesson);
		for (const [id, response] of Object.entries(RIGHT_ANSWERS)) {
			const wrong = !pass && (id === 'q-how-many' || id === 'q-tf');
			this.answer(id, wrong ? (id === 'q-tf' ? ['true'] : ['n-10']) : response, !wrong);
		}
		const progress = this.state.modules[MODULE_ID];
		if (progress && pass) {
			this.do({ type: 'module-completed', score: 100 } as ProgressEvent);
		}
		return this;
	}
}

export interface SpyOptions {
	/** Answers a call instead of the LMS: `result`, and `error` for GetLastError. */
	intercept?: (method: string, args: unknown[]) => { result: unknown; error?: string } | undefined;
}

const ERROR_METHODS = new Set([
	'LMSGetLastError',
	'GetLastError',
	'LMSGetErrorString',
	'GetErrorString',
	'LMSGetDiagnostic',
	'GetDiagnostic',
]);

/**
 * Wraps a scorm-again API, logging every call (`Initialize`, `GetValue cmi.entry`,
 * `SetValue cmi.location = intro`) and letting a test fake answers.
 */
export function spyOnApi<T extends object>(api: T, options: SpyOptions = {}) {
	const calls: string[] = [];
	let injected: string | undefined;
	const proxy = new Proxy(api, {
		get(target, property, receiver) {
			const value: unknown = Reflect.get(target, property, receiver);
			if (typeof value !== 'function' || typeof property !== 'string') return value;
			return (...args: unknown[]) => {
				if (ERROR_METHODS.has(property) && injected !== undefined) {
					if (property.endsWith('GetLastError')) return injected;
					return property.endsWith('GetErrorString') ? 'General Exception' : 'Injected by the test';
				}
				if (!ERROR_METHODS.has(property)) {
					calls.push(
						args.length > 1
							? `${property} ${String(args[0])} = ${String(args[1])}`
							: args.length > 0 && args[0] !== ''
								? `${property} ${String(args[0])}`
								: property,
					);
					injected = undefined;
				}
				const faked = options.intercept?.(property, args);
				if (faked) {
					injected = faked.error;
					return faked.result;
				}
				return (value as (...rest: unknown[]) => unknown).apply(target, args);
			};
		},
	});
	return { proxy, calls };
}

export function newLms12(json?: Record<string, unknown>) {
	const api = new Scorm12API({ logLevel: 5, autocommit: false });
	if (json) api.loadFromJSON(json);
	return api;
}

export function newLms2004(json?: Record<string, unknown>) {
	const api = new Scorm2004API({ logLevel: 5, autocommit: false });
	if (json) api.loadFromJSON(json);
	return api;
}

/** A window-like object holding the API, as a launcher page inside the LMS frame sees it. */
export function windowWith(name: 'API' | 'API_1484_11', api: unknown): Window {
	return { [name]: api } as unknown as Window;
}

/** The CMI data an LMS would hand back on the next launch. */
export function storedCmi(api: Scorm12API | Scorm2004API): Record<string, unknown> {
	const json = api.renderCMIToJSONObject() as { cmi?: Record<string, unknown> };
	return json.cmi ?? json;
}
