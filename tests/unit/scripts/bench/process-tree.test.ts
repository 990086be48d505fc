import { describe, expect, test } from 'vitest';
import { parentPid, processTree, residentBytes } from '../../../../scripts/bench/process-tree.ts';

describe('parentPid', () => {
	test('reads the parent from /proc/<pid>/stat, even when the command name has spaces and brackets', () => {
		expect(parentPid('4321 (node (worker) 1) S 1234 4321 4321 0 -1 4194304')).toBe(1234);
	});

	test('is undefined for text that is not a stat line', () => {
		expect(parentPid('')).toBeUndefined();
	});
});

describe('residentBytes', () => {
	test('reads VmRSS in bytes from /proc/<pid>/status', () => {
		expect(residentBytes('Name:\tnode\nVmPeak:\t  900 kB\nVmRSS:\t  512000 kB\n')).toBe(
			512_000 * 1024,
		);
	});

	test('is undefined for a process without memory figures (a zombie)', () => {
		expect(residentBytes('Name:\tnode\nState:\tZ (zombie)\n')).toBeUndefined();
	});
});

describe('processTree', () => {
	test('holds the process, its children and their children, and nothing else', () => {
		const parents = new Map([
			[10, 1],
			[11, 10],
			[12, 11],
			[13, 10],
			[20, 1],
		]);
		expect([...processTree(parents, 10)].sort()).toEqual([10, 11, 12, 13]);
	});
});
