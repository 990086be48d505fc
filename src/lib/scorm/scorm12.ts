/**
 * The SCORM 1.2 data model as this package uses it (SCORM 1.2 RTE 3.4.2). One status element,
 * `cmi.core.lesson_status`, carries both completion and success, so the reporting mode picks
 * the word: a finished module is `passed` or `completed`, an unfinished one `incomplete`, or
 * `failed` in the `*-failed` modes once the assessment score is under the pass mark.
 */
import type { DataModel, StatusRank, Write } from './data-model.ts';
import { formatCmiTimespan } from './cmi-time.ts';
import type { Interaction } from './interactions.ts';
import { SCORM12_SUSPEND_LIMIT } from '../../schemas/scorm.ts';

const RANKS: Record<string, StatusRank> = {
	passed: 3,
	completed: 3,
	failed: 2,
	incomplete: 1,
	browsed: 1,
};

export const scorm12: DataModel = {
	version: '1.2',
	elements: {
		/** CMIIdentifier, read-only. */
		learnerId: 'cmi.core.student_id',
		/** CMIString255, "Last, First", read-only. */
		learnerName: 'cmi.core.student_name',
		/** `ab-initio | resume | ""`, read-only. */
		entry: 'cmi.core.entry',
		/** `credit | no-credit`, read-only. */
		credit: 'cmi.core.credit',
		/** `normal | review | browse`, read-only; some LMSs leave it unset. */
		mode: 'cmi.core.lesson_mode',
		/** CMIString255. */
		location: 'cmi.core.lesson_location',
		/** CMIString4096. */
		suspendData: 'cmi.suspend_data',
		/** `time-out | suspend | logout | ""`, write-only. */
		exit: 'cmi.core.exit',
		/** CMITimespan, write-only. */
		sessionTime: 'cmi.core.session_time',
		/** CMIInteger, read-only. */
		interactionCount: 'cmi.interactions._count',
	},
	suspendDataLimit: SCORM12_SUSPEND_LIMIT,
	/** CMIString255 (SCORM 1.2 RTE 3.4.2): `cmi.core.lesson_location`. */
	locationLimit: 255,
	/** 401, the LMS lacks the element; 403, the element is read only (SCORM 1.2 RTE 3.3). */
	emptyValueCodes: ['401', '403'],

	readStatus(get) {
		const status = get('cmi.core.lesson_status');
		return { rank: RANKS[status] ?? 0, text: `lesson_status "${status}"` };
	},

	startWrites: [['cmi.core.lesson_status', 'incomplete']],

	statusWrites(outcome, reporting) {
		const status =
			outcome === 'done'
				? reporting.startsWith('passed')
					? 'passed'
					: 'completed'
				: outcome === 'failed' && reporting.endsWith('-failed')
					? 'failed'
					: 'incomplete';
		return { rank: RANKS[status] ?? 1, writes: [['cmi.core.lesson_status', status]] };
	},

	scoreWrites(percent) {
		// CMIDecimal; min and max 0 and 100 by convention, and what masteryscore is compared with.
		return [
			['cmi.core.score.raw', String(percent)],
			['cmi.core.score.min', '0'],
			['cmi.core.score.max', '100'],
		];
	},

	// "" tells the LMS the learner is done; before that, "suspend" keeps suspend data and
	// location for the next launch (SCORM 1.2 RTE 3.4.2, cmi.core.exit).
	exitValue: (finished) => (finished ? '' : 'suspend'),

	formatSessionTime: formatCmiTimespan,

	interactionWrites(index: number, interaction: Interaction): Write[] {
		const prefix = `cmi.interactions.${index}`;
		const writes: Write[] = [
			[`${prefix}.id`, interaction.id],
			[`${prefix}.type`, interaction.type],
			// CMITime: a time of day.
			[`${prefix}.time`, interaction.timestamp],
		];
		if (interaction.correctResponse !== undefined) {
			writes.push([`${prefix}.correct_responses.0.pattern`, interaction.correctResponse]);
		}
		if (interaction.learnerResponse !== '') {
			writes.push([`${prefix}.student_response`, interaction.learnerResponse]);
		}
		writes.push([`${prefix}.result`, interaction.result]);
		return writes;
	},
};
