/**
 * `node scorm-build/cli.ts` (run by `npm run build` after the site build): builds the SCORM site
 * variant, then writes for every module a SCORM 1.2 and a SCORM 2004 zip, plus one whole-course
 * package of each, into `dist/scorm/`. The whole-course package is one SCO for the course by
 * default, or one SCO per module. Fails with a clear message when the site build's module list
 * (`dist-scorm/scorm-modules.json`) is missing or from an older build, a manifest is not valid
 * against the official schemas, a package would make a root-absolute request, a page's inline
 * script or style would not match its Content-Security-Policy, a module's (or the
 * one-SCO course's) suspend_data could exceed the SCORM 1.2 limit, or two ids could not be told
 * apart in suspend_data or in 2004 interaction responses.
 *
 * Options: `--no-build` reuses `dist-scorm/`; `--reporting <mode>`, `--edition <3rd|4th>` and
 * `--course <single-sco|sco-per-module>` override `scorm.config.json`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { courseDataCollisions } from '../src/lib/scorm/course-data.ts';
import { responseTokenCollisions } from '../src/lib/scorm/interactions.ts';
import { suspendDataCollisions } from '../src/lib/scorm/suspend-data/index.ts';
import { COURSE_SCO } from '../src/lib/scorm/module-info.ts';
import {
	ReportingModeSchema,
	SCORM_MODULES_FILE,
	type ScormLaunchConfig,
	type ScormModuleEntry,
} from '../src/schemas/scorm-contract.ts';
import {
	SCORM12_SUSPEND_LIMIT,
	type ReportingMode,
	type ScormVersion,
} from '../src/schemas/scorm.ts';
import { readPackageConfig } from './config.ts';
import { policyProblems, rehashRewrittenBlocks } from './csp-hashes.ts';
import { buildManifest } from './manifest.ts';
import { SCHEMA_DIRS, SCHEMA_FILES } from './manifest/names.ts';
import { readModulesFile } from './modules-file.ts';
import { zipPackage } from './package.ts';
import { packageSizeWarnings } from './size-budget.ts';
import { suspendBudget } from './suspend-budget.ts';
import { findRootAbsoluteUrls, findRuntimeRootUrls, relativiseUrls } from './relative-urls.ts';
import { validateManifest } from './validate.ts';

const ROOT = join(import.meta.dirname, '..');
const SITE = join(ROOT, 'dist-scorm');
const OUT = join(ROOT, 'dist', 'scorm');
/** Our own budget per module, well inside the 1.2 limit. */
const SUSPEND_TARGET = 1024;

const FILE_SUFFIX: Record<ScormVersion, string> = {
	'1.2': 'scorm12',
	'2004-3': 'scorm2004-3rd',
	'2004-4': 'scorm2004-4th',
};
const TEXT_FILE = /\.(html|css|js|json|svg|txt|xml)$/;

interface PackageReport {
	file: string;
	bytes: number;
	modules: string[];
	version: ScormVersion;
	reporting: ReportingMode;
}

const { values: args } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		reporting: { type: 'string' },
		edition: { type: 'string' },
		course: { type: 'string' },
	},
});

function fail(message: string): never {
	console.error(`\n${message}\n`);
	process.exit(1);
}

function listFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory()
			? listFiles(path)
			: [relative(SITE, path).split('\\').join('/')];
	});
}

/**
 * Files of the site variant that belong in a package for `moduleIds`: the modules' pages and
 * launch files, the reference pages they link to, and only the `_astro/` assets those pages reach
 * (scripts import one another, so the walk follows references until nothing new turns up).
 */
function packageFiles(
	all: readonly string[],
	moduleIds: readonly string[],
	scoIds: readonly string[],
): string[] {
	// Certificates are the website's; in a package the LMS keeps the record of completion. The
	// one-SCO course also has the course contents page (`index.html`).
	const own = (file: string) =>
		((moduleIds.some((id) => file.startsWith(`modules/${id}/`)) ||
			scoIds.some((id) => file.startsWith(`launch/${id}/`))) &&
			!file.includes('/certificate/')) ||
		(scoIds.includes(COURSE_SCO) && file === 'index.html');
	const reference = (file: string) =>
		/^(rights|glossary|sources|law)\//.test(file) || file === 'favicon.svg';
	const pages = all.filter((file) => own(file) || reference(file));
	const assets = all.filter((file) => file.startsWith('_astro/'));
	const reached = new Set<string>();
	const queue = [...pages];
	for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
		if (!TEXT_FILE.test(file)) continue;
		const text = readFileSync(join(SITE, file), 'utf8');
		for (const asset of assets) {
			if (!reached.has(asset) && text.includes(asset.slice('_astro/'.length))) {
				reached.add(asset);
				queue.push(asset);
			}
		}
	}
	return [...pages, ...assets.filter((asset) => reached.has(asset))];
}

const CONFIG_PATTERN = /(<script type="application\/json" id="rip-scorm-config">)[^<]*(<\/script>)/;

function packageText(
	text: string,
	file: string,
	roots: readonly string[],
	launchConfig: string,
): string {
	let out = relativiseUrls(text, file, roots);
	if (file.startsWith('launch/')) out = out.replace(CONFIG_PATTERN, `$1${launchConfig}$2`);
	const left = findRootAbsoluteUrls(out, roots);
	if (left.length > 0)
		fail(`${file} still refers to ${left.slice(0, 3).join(', ')} from the site root.`);
	if (file.endsWith('.html')) {
		out = rehashRewrittenBlocks(text, out);
		const problems = policyProblems(out);
		if (problems.length > 0)
			fail(
				`${file} would break its Content-Security-Policy in the package: ${problems.slice(0, 3).join('; ')}.`,
			);
	}
	const built = file.endsWith('.js') ? findRuntimeRootUrls(out) : [];
	if (built.length > 0)
		fail(
			`${file} builds URLs from the site root while it runs (${built.slice(0, 3).join(', ')}); in an LMS they would miss the package. Check \`renderBuiltUrl\` for the SCORM target in astro.config.mjs.`,
		);
	return out;
}

async function writePackage(options: {
	name: string;
	identifier: string;
	title: string;
	description: string;
	contentVersion: string;
	modules: ScormModuleEntry[];
	/** One SCO for all `modules` (the course), or one per module. */
	oneSco: boolean;
	version: ScormVersion;
	reporting: (scoId: string) => ReportingMode;
	allFiles: readonly string[];
	roots: readonly string[];
}): Promise<PackageReport> {
	const { version, modules } = options;
	const scos: Array<
		Pick<ScormModuleEntry, 'id' | 'title' | 'estimatedMinutes'> & {
			description: string;
			passMark: number | null;
		}
	> = options.oneSco
		? [
				{
					id: COURSE_SCO,
					title: options.title,
					description: options.description,
					// The course SCO decides its own status from every module's rule and pass mark.
					passMark: null,
					estimatedMinutes: modules.reduce((sum, m) => sum + m.estimatedMinutes, 0),
				},
			]
		: modules.map((m) => ({ ...m, description: m.summary }));
	const files = packageFiles(
		options.allFiles,
		modules.map((m) => m.id),
		scos.map((sco) => sco.id),
	);
	const entries: Array<{ path: string; data: Uint8Array }> = [];
	for (const file of files) {
		const bytes = readFileSync(join(SITE, file));
		if (!TEXT_FILE.test(file)) {
			entries.push({ path: file, data: bytes });
			continue;
		}
		const scoId = file.split('/')[1] ?? '';
		const launchConfig = JSON.stringify({
			version,
			reporting: options.reporting(scoId),
		} satisfies ScormLaunchConfig);
		entries.push({
			path: file,
			data: new TextEncoder().encode(
				packageText(bytes.toString('utf8'), file, options.roots, launchConfig),
			),
		});
	}
	// Schema files ride along at the root (SCORM 2004 expects them) but are not course content,
	// so the manifest does not list them.
	const contentFiles = entries.map((e) => e.path);
	const schemaDir = join(import.meta.dirname, 'schemas', SCHEMA_DIRS[version]);
	for (const schemaFile of SCHEMA_FILES[version]) {
		entries.push({ path: schemaFile, data: readFileSync(join(schemaDir, schemaFile)) });
	}

	const manifest = buildManifest({
		version,
		identifier: options.identifier,
		title: options.title,
		description: options.description,
		contentVersion: options.contentVersion,
		language: 'en-GB',
		organizationTitle: options.title,
		scos: scos.map((sco) => ({
			id: sco.id,
			title: sco.title,
			description: sco.description,
			href: `launch/${sco.id}/index.html`,
			// A mastery score makes the LMS decide passed/failed (Moodle rewrites 1.2 status from it),
			// so completed/incomplete reporting leaves it out.
			masteryScore:
				sco.passMark !== null && options.reporting(sco.id).startsWith('passed')
					? sco.passMark
					: null,
			typicalMinutes: sco.estimatedMinutes,
		})),
		files: contentFiles,
	});
	const validation = await validateManifest(manifest, version, { files: contentFiles });
	if (!validation.valid) {
		fail(
			`The manifest for ${options.name} is not valid against the SCORM ${version} schemas:\n  ${validation.errors.join('\n  ')}`,
		);
	}
	entries.push({ path: 'imsmanifest.xml', data: new TextEncoder().encode(manifest) });

	const zip = zipPackage(entries);
	writeFileSync(join(OUT, options.name), zip);
	return {
		file: options.name,
		bytes: zip.byteLength,
		modules: modules.map((m) => m.id),
		version,
		reporting: options.reporting(scos[0]?.id ?? ''),
	};
}

const config = readPackageConfig(ROOT);
if (args.reporting !== undefined) {
	const parsed = ReportingModeSchema.safeParse(args.reporting);
	if (!parsed.success)
		fail(`--reporting must be one of ${ReportingModeSchema.options.join(', ')}.`);
	config.reporting = parsed.data;
}
if (args.edition !== undefined) {
	if (args.edition !== '3rd' && args.edition !== '4th') fail('--edition must be 3rd or 4th.');
	config.edition2004 = args.edition;
}
if (args.course !== undefined) {
	if (args.course !== 'single-sco' && args.course !== 'sco-per-module')
		fail('--course must be single-sco or sco-per-module.');
	config.course = args.course;
}

if (!args['no-build']) {
	console.log('Building the SCORM variant of the site…');
	const result = spawnSync('npx', ['astro', 'build', '--silent'], {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, RIP_TARGET: 'scorm' },
	});
	if (result.status !== 0) fail('The SCORM build of the site failed (see above).');
}

const modulesFile = readModulesFile(
	join(SITE, SCORM_MODULES_FILE),
	`${relative(ROOT, SITE)}/${SCORM_MODULES_FILE}`,
);
if (!modulesFile.ok) fail(modulesFile.message);
const { modules } = modulesFile;
const allFiles = listFiles(SITE).filter((file) => file !== SCORM_MODULES_FILE);
const roots = [...new Set(allFiles.map((file) => file.split('/')[0] ?? ''))];

// The suspend_data budget: fail before packaging if a module, or the one-SCO course, could
// overflow SCORM 1.2.
const budget = suspendBudget(
	modules.map((m) => m.info),
	config.course,
);
if (budget.problems.length > 0) fail(budget.problems.join('\n'));
const suspend = budget.modules;
const courseWorstCase = budget.course;

// suspend_data stores ids as short hashes, and 2004 responses write option ids with `_` for `-`:
// two ids that come out alike would be mixed up.
const collisions = [
	...courseDataCollisions(modules.map((m) => m.info)),
	...modules.flatMap((m) =>
		[...suspendDataCollisions(m.info), ...responseTokenCollisions(m.info)].map(
			(c) => `Module \`${m.id}\`: ${c}`,
		),
	),
];
if (collisions.length > 0) fail(collisions.join('\n'));

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'info'), { recursive: true });
// For support staff: `npm run scorm:inspect -- '<suspend_data>' --module <id>` reads these.
for (const m of modules)
	writeFileSync(join(OUT, 'info', `${m.id}.json`), `${JSON.stringify(m.info, null, '\t')}\n`);
const versions: ScormVersion[] = ['1.2', config.edition2004 === '3rd' ? '2004-3' : '2004-4'];
const reportingFor = (moduleId: string) => config.modules[moduleId]?.reporting ?? config.reporting;
const courseVersion = (
	JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
const reports: PackageReport[] = [];

for (const version of versions) {
	for (const module of modules) {
		reports.push(
			await writePackage({
				name: `${module.id}-${module.version}-${FILE_SUFFIX[version]}.zip`,
				identifier: `rights-in-practice.${module.id}.${module.version}`,
				title: module.title,
				description: module.summary,
				contentVersion: module.version,
				modules: [module],
				oneSco: false,
				version,
				reporting: reportingFor,
				allFiles,
				roots,
			}),
		);
	}
	reports.push(
		await writePackage({
			name: `rights-in-practice-course-${courseVersion}-${FILE_SUFFIX[version]}.zip`,
			identifier: `rights-in-practice.course.${courseVersion}`,
			title: 'Rights in Practice: the whole course',
			description:
				config.course === 'single-sco'
					? 'Every module of Rights in Practice in one SCO, complete when every module is complete.'
					: 'Every module of Rights in Practice, one SCO per module.',
			contentVersion: courseVersion,
			modules,
			oneSco: config.course === 'single-sco',
			version,
			reporting: reportingFor,
			allFiles,
			roots,
		}),
	);
}

writeFileSync(
	join(OUT, 'report.json'),
	`${JSON.stringify({ packages: reports, suspend, course: { layout: config.course, worstCase: courseWorstCase } }, null, '\t')}\n`,
);
console.log(`\nSCORM packages in dist/scorm/:`);
for (const report of reports)
	console.log(`  ${report.file.padEnd(60)} ${(report.bytes / 1024).toFixed(0).padStart(5)} KB`);
console.log(
	`\nWorst-case suspend_data per module (SCORM 1.2 limit ${SCORM12_SUSPEND_LIMIT}, our target ${SUSPEND_TARGET}):`,
);
for (const s of suspend)
	console.log(`  ${s.id.padEnd(40)} ${String(s.worstCase).padStart(5)} characters`);
console.log(
	`  ${'the one-SCO course'.padEnd(40)} ${String(courseWorstCase).padStart(5)} characters${config.course === 'single-sco' ? '' : ' (not packaged: sco-per-module)'}`,
);
const oversized = packageSizeWarnings(reports, { moduleCount: modules.length });
if (oversized.length > 0) {
	console.warn(
		`\nWarning: ${oversized.length === 1 ? 'a package is' : `${oversized.length} packages are`} over the size budget (README › Performance):`,
	);
	for (const warning of oversized) console.warn(`  ${warning}`);
}
