/**
 * Deterministic zips for SCORM packages (fflate): the same entries always give the same bytes.
 *
 * - entries sorted by path (code-unit order, independent of locale);
 * - every timestamp fixed at 1980-01-01 00:00 (the ZIP/DOS epoch), written from local date
 *   fields so the build machine's time zone cannot change the bytes;
 * - forward slashes only; absolute paths, `..`, `.`, empty segments, backslashes and duplicate
 *   paths throw (Java/.NET LMS unzippers reject or mangle them);
 * - every file deflated at level 9, no directory entries, no extra fields, no comments.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { checkRelativePath } from './manifest/xml.ts';

export interface ZipEntry {
	/** Path inside the zip: relative, forward slashes. */
	path: string;
	data: Uint8Array;
}

/**
 * The fixed modification time of every entry. fflate writes a Date's local fields, so the Date is
 * made from local fields at zip time: every time zone writes 1980-01-01 00:00.
 */
export const zipEntryDate = () => new Date(1980, 0, 1, 0, 0, 0);

/** An array index ("0", "42") would be reordered by JavaScript's own object key order. */
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

const byCodeUnit = (a: ZipEntry, b: ZipEntry) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export function zipPackage(entries: ReadonlyArray<ZipEntry>): Uint8Array {
	const sorted = [...entries].sort(byCodeUnit);
	const files: Zippable = {};
	const mtime = zipEntryDate();
	let previous: string | undefined;
	for (const entry of sorted) {
		checkRelativePath(entry.path);
		if (entry.path === previous) throw new Error(`Duplicate path in zip: ${entry.path}`);
		if (ARRAY_INDEX.test(entry.path)) {
			throw new Error(`A file at the zip root cannot have a purely numeric name: ${entry.path}`);
		}
		previous = entry.path;
		files[entry.path] = [entry.data, { level: 9, mtime }];
	}
	return zipSync(files, { level: 9, mtime });
}

/** The files in a zip, in archive order (directory entries skipped). */
export function readZip(bytes: Uint8Array): ZipEntry[] {
	const order: string[] = [];
	const files = unzipSync(bytes, {
		filter: (file) => {
			order.push(file.name);
			return true;
		},
	});
	return order
		.filter((path) => !path.endsWith('/'))
		.map((path) => {
			const data = files[path];
			if (!data) throw new Error(`Cannot read ${path} from the zip`);
			return { path, data };
		});
}
