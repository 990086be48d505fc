import { describe, expect, test } from 'vitest';
import { answeredBeforeRestart } from '../../../../src/lib/progress/restart.ts';

const T1 = '2025-01-01T10:00:00.000Z';
const T2 = '2025-01-01T10:05:00.000Z';
const T3 = '2025-01-01T10:10:00.000Z';

describe('answeredBeforeRestart', () => {
	test('is true only for answers given before the latest restart', () => {
		const module = { assessmentRestartedAt: T2 };
		expect(answeredBeforeRestart(module, { answeredAt: T1 })).toBe(true);
		expect(answeredBeforeRestart(module, { answeredAt: T2 })).toBe(false);
		expect(answeredBeforeRestart(module, { answeredAt: T3 })).toBe(false);
		expect(answeredBeforeRestart({}, { answeredAt: T1 })).toBe(false);
		expect(answeredBeforeRestart(undefined, { answeredAt: T1 })).toBe(false);
	});

	test('compares times, not text, so precision and offsets do not matter', () => {
		const module = { assessmentRestartedAt: '2025-01-01T10:05:00Z' };
		expect(answeredBeforeRestart(module, { answeredAt: '2025-01-01T11:04:59.999+01:00' })).toBe(
			true,
		);
		expect(answeredBeforeRestart(module, { answeredAt: '2025-01-01T10:05:00.000Z' })).toBe(false);
	});
});
