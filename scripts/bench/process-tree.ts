/**
 * Reading Linux `/proc` to find a process's descendants and their resident memory, so the bench
 * can report the peak memory of a build (Astro starts worker processes, `npx` wraps the command).
 * Pure parsing functions here; `timed-run.ts` polls.
 */

/** The parent pid from the text of `/proc/<pid>/stat`; undefined if the text is not one. */
export function parentPid(statText: string): number | undefined {
	// The command name (field 2) is in parentheses and may itself contain spaces or ')'.
	const fields = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
	const ppid = Number(fields[1]);
	return Number.isInteger(ppid) && fields[1] !== '' ? ppid : undefined;
}

/** Resident memory in bytes from the text of `/proc/<pid>/status` (`VmRSS:  1234 kB`). */
export function residentBytes(statusText: string): number | undefined {
	const match = /^VmRSS:\s*(\d+)\s*kB/m.exec(statusText);
	return match ? Number(match[1]) * 1024 : undefined;
}

/** `root` and every process below it, given each process's parent. */
export function processTree(parents: ReadonlyMap<number, number>, root: number): Set<number> {
	const children = new Map<number, number[]>();
	for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	const tree = new Set<number>();
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.pop()!;
		if (tree.has(pid)) continue;
		tree.add(pid);
		queue.push(...(children.get(pid) ?? []));
	}
	return tree;
}
