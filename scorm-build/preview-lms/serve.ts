/**
 * `npm run preview:lms [-- zip…]`: a small local LMS for trainers and browser tests.
 *
 * Serves, on http://127.0.0.1:$PORT (default 4330):
 * - `/` (also `/lms.html`): the LMS page (lms.html, lms.js and the modules it imports), which runs
 *   scorm-again as the LMS side with the rules of an LMS profile (`scorm-again`, `moodle-4.5`,
 *   `strict-spec`) on top, launches a SCO, shows the live CMI data, the API call log and the
 *   package result, and can relaunch or start a new attempt;
 * - `/vendor/scorm-again.js`: scorm-again's browser build, from node_modules (LMS side only;
 *   it never goes into a package);
 * - each package's files, from memory, under a deep random sub-path shaped like Moodle's
 *   (`/pluginfile.php/<random>/mod_scorm/content/<n>/…`). Root-absolute URLs therefore 404
 *   here as in an LMS, `.mjs` is sent as text/plain and `.wasm` without its MIME type (as some
 *   LMSs do), and directory URLs are not mapped to `index.html`;
 * - `GET /api/packages`: the packages, their sub-paths and what their manifests declare;
 * - `GET /api/state`: the LMS page's `window.lmsState` as last posted (calls, cmi, launches,
 *   stored records) plus `notFound`: every request that got a 404 (catches non-relative URLs).
 *
 * Packages: the zips given on the command line, or every `*.zip` in `dist/scorm/` (re-scanned on
 * each `/api/packages` request, so a rebuild shows up without a restart).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readZip } from '../package.ts';
import {
	contentBase,
	contentType,
	describeManifest,
	lookupContent,
	requestPathOf,
	type ManifestDescription,
} from './routes.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(HERE, '../..');
const DEFAULT_DIR = join(ROOT, 'dist', 'scorm');
const PORT = Number(process.env['PORT'] ?? 4330);
const HOST = '127.0.0.1';
const SCORM_AGAIN = createRequire(import.meta.url).resolve('scorm-again');

interface LoadedPackage {
	key: string;
	file: string;
	base: string;
	mtimeMs: number;
	size: number;
	files: Map<string, Uint8Array>;
	manifest: ManifestDescription | null;
	error: string | null;
}

const explicit = process.argv.slice(2).map((arg) => resolve(arg));
const packages = new Map<string, LoadedPackage>();
const bases = new Map<string, string>();
const notFound: string[] = [];
let clientState: unknown = { calls: [], cmi: {}, launches: 0 };

function zipPaths(): string[] {
	if (explicit.length > 0) return explicit;
	try {
		return readdirSync(DEFAULT_DIR)
			.filter((name) => name.endsWith('.zip'))
			.sort()
			.map((name) => join(DEFAULT_DIR, name));
	} catch {
		return [];
	}
}

function load(file: string): LoadedPackage {
	const key = basename(file);
	const stat = statSync(file);
	const known = packages.get(key);
	if (known && known.file === file && known.mtimeMs === stat.mtimeMs && known.size === stat.size) {
		return known;
	}
	let base = bases.get(key);
	if (!base) {
		base = contentBase(String(randomBytes(4).readUInt32BE()), bases.size + 1);
		bases.set(key, base);
	}
	const loaded: LoadedPackage = {
		key,
		file,
		base,
		mtimeMs: stat.mtimeMs,
		size: stat.size,
		files: new Map(),
		manifest: null,
		error: null,
	};
	try {
		for (const entry of readZip(new Uint8Array(readFileSync(file)))) {
			loaded.files.set(entry.path, entry.data);
		}
		const manifest = loaded.files.get('imsmanifest.xml');
		if (!manifest) throw new Error('No imsmanifest.xml at the zip root');
		loaded.manifest = describeManifest(new TextDecoder().decode(manifest));
	} catch (error) {
		loaded.error = error instanceof Error ? error.message : String(error);
	}
	packages.set(key, loaded);
	return loaded;
}

function refresh(): LoadedPackage[] {
	const list: LoadedPackage[] = [];
	for (const file of zipPaths()) {
		try {
			list.push(load(file));
		} catch (error) {
			console.error(`Cannot read ${file}: ${(error as Error).message}`);
		}
	}
	return list;
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array) {
	res.writeHead(status, {
		'Content-Type': type,
		'Cache-Control': 'no-store',
		'X-Content-Type-Options': 'nosniff',
	});
	res.end(body);
}

function sendJson(res: ServerResponse, value: unknown) {
	send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

function miss(res: ServerResponse, url: string, why: string) {
	notFound.push(url);
	if (notFound.length > 1000) notFound.shift();
	console.warn(`404 ${url} (${why})`);
	send(res, 404, 'text/plain; charset=utf-8', `Not found: ${url}\n${why}\n`);
}

function readBody(req: IncomingMessage): Promise<string> {
	return new Promise((done, fail) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
		req.on('error', fail);
	});
}

const STATIC: Record<string, [string, string]> = {
	'/': [join(HERE, 'lms.html'), 'text/html; charset=utf-8'],
	'/lms.html': [join(HERE, 'lms.html'), 'text/html; charset=utf-8'],
	'/vendor/scorm-again.js': [SCORM_AGAIN, 'text/javascript; charset=utf-8'],
	'/vendor/scorm-again.js.map': [`${SCORM_AGAIN}.map`, 'application/json; charset=utf-8'],
};
// The page's own ES modules: every `.js` file here (lms.js and what it imports).
for (const name of readdirSync(HERE).filter((file) => file.endsWith('.js'))) {
	STATIC[`/${name}`] = [join(HERE, name), 'text/javascript; charset=utf-8'];
}

async function handle(req: IncomingMessage, res: ServerResponse) {
	const url = req.url ?? '/';
	const path = requestPathOf(url);
	if (req.method === 'POST' && path === '/api/state') {
		clientState = JSON.parse(await readBody(req)) as unknown;
		send(res, 204, 'text/plain', '');
		return;
	}
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n');
		return;
	}
	const fixed = STATIC[path];
	if (fixed) {
		send(res, 200, fixed[1], readFileSync(fixed[0]));
		return;
	}
	if (path === '/api/packages') {
		sendJson(
			res,
			refresh().map(({ key, file, base, size, files, manifest, error }) => ({
				key,
				file,
				base,
				size,
				fileCount: files.size,
				manifest,
				error,
			})),
		);
		return;
	}
	if (path === '/api/state') {
		sendJson(res, { ...(clientState as object), notFound });
		return;
	}
	if (path === '/favicon.ico') {
		send(res, 204, 'image/x-icon', '');
		return;
	}
	for (const pkg of packages.values()) {
		const found = lookupContent(path, pkg.base);
		if (!found) continue;
		if (found.kind === 'invalid') return miss(res, url, found.reason);
		if (found.kind === 'directory') {
			return miss(res, url, 'directory URL: LMSs do not serve index.html for it; link to the file');
		}
		const data = pkg.files.get(found.path);
		if (!data) return miss(res, url, `not in ${pkg.key}`);
		send(res, 200, contentType(found.path), data);
		return;
	}
	miss(res, url, 'outside every package (a root-absolute URL in a package would land here)');
}

const server = createServer((req, res) => {
	handle(req, res).catch((error: unknown) => {
		console.error(error);
		if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Server error\n');
	});
});

server.listen(PORT, HOST, () => {
	const list = refresh();
	console.log(`Preview LMS: http://${HOST}:${PORT}/`);
	if (list.length === 0) {
		console.log(`No packages yet: build them into ${DEFAULT_DIR} or pass zip paths.`);
	}
	for (const pkg of list) {
		console.log(`  ${pkg.key} → ${pkg.base}${pkg.error ? `  (error: ${pkg.error})` : ''}`);
	}
});
