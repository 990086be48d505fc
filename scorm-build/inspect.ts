/**
 * Prints what a learner's `cmi.suspend_data` holds, in plain words, for support staff:
 *
 *     npm run scorm:inspect -- '<suspend_data>'
 *     npm run scorm:inspect -- '<suspend_data>' --module first-look
 *     npm run scorm:inspect -- '<suspend_data>' --info path/to/module-info.json
 *     pbpaste | npm run scorm:inspect -- -
 *
 * Without module info, ids show as their hashes (`#AbC`). `--module <id>` reads the module info
 * the package build leaves in `dist/scorm/info/<id>.json`; `--info` reads any such file. Exits
 * with 1 when the value cannot be read at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ScormModuleInfo } from '../src/lib/scorm/module-info.ts';
import { describeSuspendData, parseSuspendData } from '../src/lib/scorm/suspend-data.ts';

const USAGE = `Usage: npm run scorm:inspect -- '<suspend_data>' [--module <id> | --info <file>]
Give - instead of the value to read it from standard input.`;

function readInfo(file: string): ScormModuleInfo | undefined {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as ScormModuleInfo;
	} catch (error) {
		console.error(`Could not read module info from ${file}: ${String(error)}`);
		return undefined;
	}
}

function main(): number {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			module: { type: 'string' },
			info: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	if (values.help || positionals.length !== 1) {
		console.log(USAGE);
		return values.help ? 0 : 1;
	}
	const [argument = ''] = positionals;
	const value = (argument === '-' ? readFileSync(0, 'utf8') : argument).trim();

	let info: ScormModuleInfo | undefined;
	if (values.info !== undefined) info = readInfo(values.info);
	else if (values.module !== undefined) {
		const file = join('dist', 'scorm', 'info', `${values.module}.json`);
		if (existsSync(file)) info = readInfo(file);
		else console.error(`No module info at ${file}; build the packages first. Showing hashes.`);
	}

	console.log(describeSuspendData(value, info));
	return parseSuspendData(value).raw ? 0 : 1;
}

process.exitCode = main();
