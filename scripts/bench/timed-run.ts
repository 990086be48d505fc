import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parentPid, processTree, residentBytes } from './process-tree.ts';

export interface RunFigures {
	seconds: number;
	/**
	 * Highest sum of resident memory over the process and its descendants, sampled every 100 ms;
	 * undefined where `/proc` is missing (not Linux). Shared pages count once per process, so this
	 * errs high.
	 */
	peakBytes: number | undefined;
}

const readText = (path: string) => {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
};

function treeResidentBytes(root: number): number {
	const parents = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const ppid = parentPid(readText(`/proc/${name}/stat`) ?? '');
		if (ppid !== undefined) parents.set(Number(name), ppid);
	}
	let total = 0;
	for (const pid of processTree(parents, root)) {
		total += residentBytes(readText(`/proc/${pid}/status`) ?? '') ?? 0;
	}
	return total;
}

/**
 * Runs a command to completion, timing it and sampling its memory. Rejects with the end of its
 * output when it fails, so the bench says why.
 */
export function timedRun(
	command: string,
	args: readonly string[],
	options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<RunFigures> {
	const measureMemory = existsSync('/proc/self/status');
	const started = performance.now();
	const child = spawn(command, args, {
		cwd: options.cwd,
		env: options.env ?? process.env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const keep = (chunk: Buffer) => {
		output = (output + chunk.toString()).slice(-4000);
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	let peak = 0;
	const sample = () => {
		if (child.pid !== undefined) peak = Math.max(peak, treeResidentBytes(child.pid));
	};
	const timer = measureMemory ? setInterval(sample, 100) : undefined;
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => {
			clearInterval(timer);
			const seconds = (performance.now() - started) / 1000;
			if (code !== 0) {
				reject(new Error(`\`${command} ${args.join(' ')}\` failed (exit ${code}):\n${output}`));
				return;
			}
			resolve({ seconds, peakBytes: measureMemory ? peak : undefined });
		});
	});
}
