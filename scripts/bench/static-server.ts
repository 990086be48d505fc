/**
 * A plain static file server for `dist/`, so the bench measures the built files as a web server
 * would send them (no dev server transforms, no compression: byte counts are the files' sizes).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
};

async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
	const path = normalize(join(root, decodeURIComponent(urlPath)));
	if (!path.startsWith(root)) return undefined;
	try {
		const info = await stat(path);
		return info.isDirectory() ? join(path, 'index.html') : path;
	} catch {
		return undefined;
	}
}

/** Serves `root` on 127.0.0.1:`port`; resolves once listening. */
export async function serveStatic(root: string, port: number): Promise<Server> {
	const server = createServer((request, response) => {
		const urlPath = new URL(request.url ?? '/', 'http://site').pathname;
		void fileFor(root, urlPath)
			.then(async (path) => {
				if (!path) throw new Error('not found');
				const body = await readFile(path);
				response.writeHead(200, {
					'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
					'cache-control': 'no-store',
				});
				response.end(body);
			})
			.catch(() => {
				response.writeHead(404, { 'content-type': 'text/plain' });
				response.end('Not found');
			});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	return server;
}
