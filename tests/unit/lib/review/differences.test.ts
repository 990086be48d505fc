import { describe, expect, test } from 'vitest';
import { agreement, differences } from '../../../../src/lib/review/differences.ts';
import { addViews, newSession } from '../../../../src/lib/review/session.ts';
import { REVIEW, view } from './fixtures.ts';

const session = addViews(
	newSession(REVIEW, ['young-people', 'staff', 'advocates'], '2027-03-02T09:00:00.000Z'),
	[
		view('yp-1', 'young-people', 'grr', { 'tl-restraint': 'Nobody explained why.' }),
		view('yp-2', 'young-people', 'gr-'),
		view('staff-1', 'staff', 'ggr', { 'tl-restraint': 'Debriefs happen.' }),
		view('adv-1', 'advocates', 'gar'),
	],
).session;

describe('differences', () => {
	const rows = differences(REVIEW, session);

	test('puts the statements groups disagree on most first, then the rest in authored order', () => {
		// restraint: young people Red, staff Green (spread 2); visits: all Red (0); names: all Green (0).
		expect(rows.map((row) => [row.number, row.spread])).toEqual([
			[2, 2],
			[1, 0],
			[3, 0],
		]);
	});

	test('counts each group’s ratings side by side, unrated views included', () => {
		expect(rows[0]!.byGroup).toEqual([
			{ group: 'young-people', red: 2, amber: 0, green: 0, unrated: 0 },
			{ group: 'staff', red: 0, amber: 0, green: 1, unrated: 0 },
			{ group: 'advocates', red: 0, amber: 1, green: 0, unrated: 0 },
		]);
		expect(rows.find((row) => row.number === 3)!.byGroup[0]).toMatchObject({ red: 1, unrated: 1 });
	});

	test('keeps each evidence note with the group that wrote it', () => {
		expect(rows[0]!.notes).toEqual([
			{ group: 'young-people', text: 'Nobody explained why.' },
			{ group: 'staff', text: 'Debriefs happen.' },
		]);
	});
});

describe('agreement', () => {
	const level = (groups: Array<[number, number, number]>) =>
		agreement(
			differences(REVIEW, {
				...session,
				groups: groups.map((_, index) => (['young-people', 'staff', 'advocates'] as const)[index]!),
				views: groups.flatMap(([red, amber, green], index) => {
					const group = (['young-people', 'staff', 'advocates'] as const)[index]!;
					return [
						...Array.from({ length: red }, (_, n) => view(`${group}-r${n}`, group, 'r')),
						...Array.from({ length: amber }, (_, n) => view(`${group}-a${n}`, group, 'a')),
						...Array.from({ length: green }, (_, n) => view(`${group}-g${n}`, group, 'g')),
					];
				}),
			}).find((row) => row.number === 1)!,
		);

	test('says in words how far apart the groups that rated a statement are', () => {
		expect(level([[0, 0, 0]])).toBe('unrated');
		expect(
			level([
				[1, 0, 0],
				[0, 0, 0],
			]),
		).toBe('one-group');
		expect(
			level([
				[1, 0, 0],
				[1, 0, 0],
			]),
		).toBe('agree');
		expect(
			level([
				[1, 1, 0],
				[1, 0, 0],
			]),
		).toBe('differ-a-little');
		expect(
			level([
				[1, 0, 0],
				[0, 1, 0],
			]),
		).toBe('differ');
		expect(
			level([
				[1, 0, 0],
				[0, 0, 1],
			]),
		).toBe('differ-widely');
	});
});
