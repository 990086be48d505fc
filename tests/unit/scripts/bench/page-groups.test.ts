import { describe, expect, test } from 'vitest';
import { pageGroup, worstByGroup } from '../../../../scripts/bench/page-groups.ts';

describe('pageGroup', () => {
	test.each([
		['/', 'Course home'],
		['/modules/first-look/', 'Module overviews'],
		['/modules/first-look/certificate/', 'Certificates'],
		['/modules/first-look/l-team-tools/', 'Lessons'],
		['/progress/', 'My progress'],
		['/tools/traffic-light/session/tl-first-look/', 'Tools'],
		['/rights/', 'Rights'],
		['/rights/art-8/', 'Rights'],
		['/authors/scenarios/s-bedroom-search/', 'Author pages'],
		['/glossary/', 'Reference pages'],
		['/law/', 'Reference pages'],
	])('puts %s in %s', (path, group) => {
		expect(pageGroup(path)).toBe(group);
	});
});

describe('worstByGroup', () => {
	test('names the heaviest page of each group, groups in the order they first appear', () => {
		const pages = [
			{ path: '/modules/m/a/', js: 100 },
			{ path: '/', js: 120 },
			{ path: '/modules/m/b/', js: 180 },
			{ path: '/modules/m/c/', js: 180 },
		];
		const summaries = worstByGroup(pages, (page) => page.js);
		expect(summaries.map(({ group, pages, worst }) => [group, pages.length, worst.path])).toEqual([
			['Lessons', 3, '/modules/m/b/'],
			['Course home', 1, '/'],
		]);
	});
});
