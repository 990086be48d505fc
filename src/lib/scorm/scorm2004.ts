/**
 * The SCORM 2004 (3rd and 4th edition) data model as this package uses it (SCORM 2004 RTE 4.2).
 * Completion and success are separate: `cmi.completion_status` follows the module's completion
 * rule, and `cmi.success_status` is written only in the modes that report it (`passed-*`, and
 * `failed`, with completion `completed`, in the `*-failed` modes once the assessment score is
 * under the pass mark). The SCO
 * decides success itself; a manifest `imsss:minNormalizedMeasure` lets the LMS decide it from
 * `cmi.score.scaled` instead.
 */
import type { DataModel, StatusRank, Write } from './data-model.ts';
import { formatIsoDuration } from './cmi-time.ts';
import type { Interaction } from './interactions.ts';

export const scorm2004: DataModel = {
	version: '2004',
	elements: {
		/** long_identifier_type, read-only. */
		learnerId: 'cmi.learner_id',
		/** localized_string_type (SPM 250), read-only. */
		learnerName: 'cmi.learner_name',
		/** `ab-initio | resume | ""`, read-only. */
		entry: 'cmi.entry',
		/** `credit | no-credit`, read-only. */
		credit: 'cmi.credit',
		/** `browse | normal | review`, read-only. */
		mode: 'cmi.mode',
		/** characterstring (SPM 1000). */
		location: 'cmi.location',
		/** characterstring (SPM 64000). */
		suspendData: 'cmi.suspend_data',
		/** `time-out | suspend | logout | normal | ""`, write-only. */
		exit: 'cmi.exit',
		/** timeinterval (second,10,2), write-only. */
		sessionTime: 'cmi.session_time',
		/** integer, read-only. */
		interactionCount: 'cmi.interactions._count',
	},
	/** characterstring, SPM 64000 (SCORM 2004 3rd/4th Ed. RTE 4.2): `cmi.suspend_data`. */
	suspendDataLimit: 64000,
	/** characterstring, SPM 1000 (SCORM 2004 RTE 4.2): `cmi.location`. */
	locationLimit: 1000,
	/** 401 "Undefined Data Model Element", 403 "Data Model Element Value Not Initialized" (RTE 3.1.7). */
	emptyValueCodes: ['401', '403'],

	readStatus(get) {
		const completion = get('cmi.completion_status');
		const success = get('cmi.success_status');
		let rank: StatusRank = 0;
		if (success === 'passed' || (completion === 'completed' && success !== 'failed')) rank = 3;
		else if (success === 'failed') rank = 2;
		else if (completion === 'incomplete' || completion === 'completed') rank = 1;
		return {
			rank,
			text: `completion_status "${completion}", success_status "${success}"`,
		};
	},

	startWrites: [['cmi.completion_status', 'incomplete']],

	statusWrites(outcome, reporting) {
		// A failed assessment in the `*-failed` modes ends the attempt as completed + failed: the
		// learner has worked through the module, and LMSs that decide on a new attempt from
		// completion alone offer one (Moodle checks only `cmi.completion_status`: mod/scorm/lib.php,
		// scorm_check_mode). In the other modes a fail stays `incomplete`, and the learner retries
		// the assessment inside the module.
		const reportsFail = outcome === 'failed' && reporting.endsWith('-failed');
		const writes: Write[] = [
			['cmi.completion_status', outcome === 'done' || reportsFail ? 'completed' : 'incomplete'],
		];
		if (outcome === 'done' && reporting.startsWith('passed')) {
			writes.push(['cmi.success_status', 'passed']);
			return { rank: 3, writes };
		}
		if (reportsFail) {
			writes.push(['cmi.success_status', 'failed']);
			return { rank: 2, writes };
		}
		return { rank: outcome === 'done' ? 3 : 1, writes };
	},

	scoreWrites(percent) {
		// Gradebooks read raw; scaled (real (10,7), -1…1) is what sequencing and
		// scaled_passing_score use.
		return [
			['cmi.score.raw', String(percent)],
			['cmi.score.min', '0'],
			['cmi.score.max', '100'],
			['cmi.score.scaled', String(Math.round(percent * 100) / 10000)],
		];
	},

	// Always "suspend", also once finished: after a "normal" exit Moodle 4.5 hands back a blank
	// model on relaunch but keeps writing into the same attempt, so a finished record could be
	// downgraded (issue 3, "What real LMSs do").
	exitValue: () => 'suspend',

	formatSessionTime: formatIsoDuration,

	interactionWrites(index: number, interaction: Interaction): Write[] {
		const prefix = `cmi.interactions.${index}`;
		// id and type first: other elements fail with 408 until they are set (RTE 4.2).
		const writes: Write[] = [
			[`${prefix}.id`, interaction.id],
			[`${prefix}.type`, interaction.type],
		];
		if (interaction.description) writes.push([`${prefix}.description`, interaction.description]);
		writes.push([`${prefix}.timestamp`, interaction.timestamp]);
		if (interaction.correctResponse !== undefined) {
			writes.push([`${prefix}.correct_responses.0.pattern`, interaction.correctResponse]);
		}
		if (interaction.learnerResponse !== '') {
			writes.push([`${prefix}.learner_response`, interaction.learnerResponse]);
		}
		writes.push([`${prefix}.result`, interaction.result]);
		if (interaction.latency !== undefined) writes.push([`${prefix}.latency`, interaction.latency]);
		return writes;
	},
};
