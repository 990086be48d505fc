import { describe, expect, test } from 'vitest';
import {
	formatCmiTime,
	formatCmiTimespan,
	formatIsoDuration,
	formatIsoTimestamp,
	parseCmiTimespan,
	parseIsoDuration,
} from '../../../../src/lib/scorm/cmi-time.ts';
import { newLms12, newLms2004 } from './fixtures.ts';

const SPANS = [0, 7_000, 90_000, 3_723_500, 59_999_994, 36_000_000 * 100, -5, Number.NaN];

describe('formatCmiTimespan', () => {
	test('writes HHHH:MM:SS.SS with hundredths', () => {
		expect(formatCmiTimespan(0)).toBe('0000:00:00.00');
		expect(formatCmiTimespan(90_000)).toBe('0000:01:30.00');
		expect(formatCmiTimespan(3_723_456)).toBe('0001:02:03.46');
	});

	test('gives zero for negative or invalid spans and caps at 9999 hours', () => {
		expect(formatCmiTimespan(-1000)).toBe('0000:00:00.00');
		expect(formatCmiTimespan(Number.NaN)).toBe('0000:00:00.00');
		expect(formatCmiTimespan(1e12)).toBe('9999:59:59.99');
	});

	test('round-trips through parseCmiTimespan', () => {
		expect(parseCmiTimespan(formatCmiTimespan(3_723_450))).toBe(3_723_450);
		expect(parseCmiTimespan('00:00:07')).toBe(7000);
		expect(parseCmiTimespan('PT7S')).toBeUndefined();
	});

	test('is accepted by scorm-again as cmi.core.session_time', () => {
		const lms = newLms12();
		lms.LMSInitialize('');
		for (const span of SPANS) {
			const value = formatCmiTimespan(span);
			expect(lms.LMSSetValue('cmi.core.session_time', value), value).toBe('true');
		}
	});
});

describe('formatIsoDuration', () => {
	test('writes ISO 8601 durations without zero parts', () => {
		expect(formatIsoDuration(0)).toBe('PT0S');
		expect(formatIsoDuration(7_700)).toBe('PT7.7S');
		expect(formatIsoDuration(3_723_500)).toBe('PT1H2M3.5S');
		expect(formatIsoDuration(3_600_000)).toBe('PT1H');
		expect(formatIsoDuration(90_000_000)).toBe('PT25H');
		expect(formatIsoDuration(61_004)).toBe('PT1M1S');
	});

	test('round-trips through parseIsoDuration', () => {
		for (const span of [0, 7_700, 3_723_500, 90_000_000]) {
			expect(parseIsoDuration(formatIsoDuration(span))).toBe(span);
		}
		expect(parseIsoDuration('P1DT2H')).toBe(26 * 3_600_000);
		expect(parseIsoDuration('0000:00:07')).toBeUndefined();
		expect(parseIsoDuration('PT')).toBeUndefined();
	});

	test('is accepted by scorm-again as cmi.session_time and interaction latency', () => {
		const lms = newLms2004();
		lms.Initialize('');
		lms.SetValue('cmi.interactions.0.id', 'q');
		lms.SetValue('cmi.interactions.0.type', 'choice');
		for (const span of SPANS) {
			const value = formatIsoDuration(span);
			expect(lms.SetValue('cmi.session_time', value), value).toBe('true');
			expect(lms.SetValue('cmi.interactions.0.latency', value), value).toBe('true');
		}
	});

	test('is rejected by SCORM 1.2 and the 1.2 format by SCORM 2004', () => {
		const lms12 = newLms12();
		lms12.LMSInitialize('');
		expect(lms12.LMSSetValue('cmi.core.session_time', formatIsoDuration(90_000))).toBe('false');
		const lms2004 = newLms2004();
		lms2004.Initialize('');
		expect(lms2004.SetValue('cmi.session_time', formatCmiTimespan(90_000))).toBe('false');
	});
});

describe('formatCmiTime', () => {
	test('writes the local time of day as HH:MM:SS, accepted as a 1.2 interaction time', () => {
		const date = new Date(2025, 2, 1, 7, 5, 9);
		expect(formatCmiTime(date)).toBe('07:05:09');
		const lms = newLms12();
		lms.LMSInitialize('');
		lms.LMSSetValue('cmi.interactions.0.id', 'q');
		expect(lms.LMSSetValue('cmi.interactions.0.time', formatCmiTime(date))).toBe('true');
		expect(
			lms.LMSSetValue('cmi.interactions.0.time', formatCmiTime(new Date(2025, 0, 1, 23, 59, 59))),
		).toBe('true');
	});
});

describe('formatIsoTimestamp', () => {
	test('writes UTC with hundredths, accepted as a 2004 interaction timestamp', () => {
		const date = new Date(Date.UTC(2025, 2, 1, 9, 5, 7, 259));
		expect(formatIsoTimestamp(date)).toBe('2025-03-01T09:05:07.25Z');
		const lms = newLms2004();
		lms.Initialize('');
		lms.SetValue('cmi.interactions.0.id', 'q');
		lms.SetValue('cmi.interactions.0.type', 'choice');
		expect(lms.SetValue('cmi.interactions.0.timestamp', formatIsoTimestamp(date))).toBe('true');
		expect(lms.SetValue('cmi.interactions.0.timestamp', formatIsoTimestamp(new Date(0)))).toBe(
			'true',
		);
	});
});
