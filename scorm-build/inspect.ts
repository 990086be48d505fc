/**
 * Prints what a learner's `cmi.suspend_data` holds, in plain words, for support staff:
 *
 *     npm run scorm:inspect -- '<suspend_data>'
 *     npm run scorm:inspect -- '<suspend_data>' --module first-look
 *     npm run scorm:inspect -- '<suspend_data>' --info path/to/module-info.json
 *     pbpaste | npm run scorm:inspect -- -
 *
 * Without module info, ids show as their hashes (`#AbC`). `--module <id>` reads the module info
 * the package build leaves in `dist/scorm/info/<id>.json`; `--info` reads any such file. A value
 * of the one-SCO course (`C1|…`) is shown module by module, each named from `dist/scorm/info/`
 * when the build is there. Exits with 1 when the value cannot be read at all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { COURSE_DATA_FORMAT } from '../src/lib/scorm/course-data.ts';
import {
	describeSuspendData,
	idHash,
	parseSuspendData,
} from '../src/lib/scorm/suspend-data/index.ts';
import { ScormModuleInfoSchema, type ScormModuleInfo } from '../src/schemas/scorm-contract.ts';
import { describeIssue } from './modules-file.ts';

const INFO_DIR = join('dist', 'scorm', 'info');

const USAGE = `Usage: npm run scorm:inspect -- '<suspend_data>' [--module <id> | --info <file>]
Give - instead of the value to read it from standard input.`;

function readInfo(file: string): ScormModuleInfo | undefined {
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		console.error(`Could not read module info from ${file}: ${String(error)}`);
		return undefined;
	}
	const result = ScormModuleInfoSchema.safeParse(raw);
	if (result.success) return result.data;
	console.error(
		`${file} is not module info from this version of the packager (${describeIssue(result.error.issues)}): run \`npm run build\` and use the file it leaves in ${INFO_DIR}. Showing hashes.`,
	);
	return undefined;
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

	if (value.startsWith(`${COURSE_DATA_FORMAT}|`)) return describeCourse(value);
	console.log(describeSuspendData(value, info));
	return parseSuspendData(value).raw ? 0 : 1;
}

/** A one-SCO course value: its attempt id, then each module's value in plain words. */
function describeCourse(value: string): number {
	const [, attempt = '', ...modules] = value.split('|');
	const infos = existsSync(INFO_DIR)
		? readdirSync(INFO_DIR).flatMap((file) => readInfo(join(INFO_DIR, file)) ?? [])
		: [];
	console.log(
		`Rights in Practice one-SCO course, ${value.length} characters, LMS attempt id ${attempt || 'none'}, ${modules.length} module${modules.length === 1 ? '' : 's'} started.`,
	);
	let readable = true;
	for (const moduleValue of modules) {
		const hash = parseSuspendData(moduleValue).raw?.moduleHash;
		const info = infos.find((candidate) => idHash(candidate.summary.id) === hash);
		readable &&= hash !== undefined;
		console.log(`\n${describeSuspendData(moduleValue, info)}`);
	}
	return readable ? 0 : 1;
}

process.exitCode = main();
