import { describe, expect, test } from 'vitest';
import {
	afterSave,
	NO_REFUSALS,
	REFUSALS_BEFORE_NOTICE,
	type LmsSaveTally,
} from '../../../../src/lib/scorm/session/save-trouble.ts';

function run(saves: boolean[]): LmsSaveTally {
	return saves.reduce(afterSave, NO_REFUSALS);
}

describe('afterSave', () => {
	test('a refusal or two is not yet worth telling the learner', () => {
		expect(run([false]).told).toBe(false);
		expect(run([false, false]).told).toBe(false);
	});

	test('tells the learner after three refusals in a row and keeps telling them', () => {
		expect(REFUSALS_BEFORE_NOTICE).toBe(3);
		expect(run([false, false, false])).toEqual({ refusals: 3, told: true });
		expect(run([false, false, false, false]).told).toBe(true);
	});

	test('a save the LMS accepts clears the notice and starts the count again', () => {
		expect(run([false, false, false, true])).toEqual(NO_REFUSALS);
		expect(run([false, false, true, false, false]).told).toBe(false);
	});
});
