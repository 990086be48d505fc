import { afterEach, describe, expect, test } from 'vitest';
import { readZip, zipPackage, type ZipEntry } from '../../../scorm-build/package.ts';

const text = (value: string) => new TextEncoder().encode(value);

const ENTRIES: ZipEntry[] = [
	{ path: 'launch/m1/index.html', data: text('<!doctype html><title>Module 1</title>') },
	{ path: 'imsmanifest.xml', data: text('<?xml version="1.0"?><manifest/>') },
	{ path: '_astro/app.js', data: text('console.log("hi");'.repeat(50)) },
	{ path: 'm1/lesson 2/ü.html', data: text('non-ASCII name') },
	{ path: 'common/anyElement.xsd', data: text('<xs:schema/>') },
	{ path: 'empty.txt', data: new Uint8Array() },
];

/** Local file headers in archive order: name, method, DOS time and date. */
function localHeaders(zip: Uint8Array) {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	const headers: Array<{ name: string; method: number; time: number; date: number }> = [];
	let offset = 0;
	while (view.getUint32(offset, true) === 0x04034b50) {
		const method = view.getUint16(offset + 8, true);
		const time = view.getUint16(offset + 10, true);
		const date = view.getUint16(offset + 12, true);
		const compressed = view.getUint32(offset + 18, true);
		const nameLength = view.getUint16(offset + 26, true);
		const extraLength = view.getUint16(offset + 28, true);
		const name = new TextDecoder().decode(zip.subarray(offset + 30, offset + 30 + nameLength));
		headers.push({ name, method, time, date });
		offset += 30 + nameLength + extraLength + compressed;
	}
	return headers;
}

const originalTz = process.env['TZ'];
afterEach(() => {
	if (originalTz === undefined) delete process.env['TZ'];
	else process.env['TZ'] = originalTz;
});

describe('zipPackage', () => {
	test('same entries, same bytes, whatever their order', () => {
		const a = zipPackage(ENTRIES);
		const b = zipPackage([...ENTRIES].reverse());
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
		expect(Buffer.from(zipPackage(ENTRIES)).equals(Buffer.from(a))).toBe(true);
	});

	test('the same bytes in any time zone', () => {
		process.env['TZ'] = 'Pacific/Auckland';
		const auckland = zipPackage(ENTRIES);
		process.env['TZ'] = 'America/Los_Angeles';
		const losAngeles = zipPackage(ENTRIES);
		expect(Buffer.from(auckland).equals(Buffer.from(losAngeles))).toBe(true);
	});

	test('entries sorted by path, deflated, dated 1980-01-01 00:00', () => {
		const headers = localHeaders(zipPackage(ENTRIES));
		const names = ENTRIES.map((e) => e.path).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
		expect(headers.map((h) => h.name)).toEqual(names);
		for (const header of headers) {
			expect(header.method).toBe(8);
			expect(header.date).toBe((0 << 9) | (1 << 5) | 1);
			expect(header.time).toBe(0);
		}
	});

	test('readZip round trip, in archive order', () => {
		const entries = readZip(zipPackage(ENTRIES));
		const sorted = [...ENTRIES].sort((x, y) => (x.path < y.path ? -1 : 1));
		expect(entries.map((e) => e.path)).toEqual(sorted.map((e) => e.path));
		for (const [i, entry] of entries.entries()) {
			expect(Buffer.from(entry.data).equals(Buffer.from(sorted[i]!.data))).toBe(true);
		}
	});

	test.each([
		['../outside.html', /\.\./],
		['a/../../b.html', /\.\./],
		['/absolute.html', /absolute/],
		['C:/windows.html', /scheme/],
		['images\\logo.png', /backslash/],
		['a//b.html', /empty/],
		['./a.html', /"\."/],
		['dir/', /empty/],
		['', /Empty/],
	])('refuses the path %j', (path, message) => {
		expect(() => zipPackage([{ path, data: text('x') }])).toThrow(message);
	});

	test('refuses duplicate paths', () => {
		expect(() => zipPackage([ENTRIES[0]!, { ...ENTRIES[0]!, data: text('other') }])).toThrow(
			/Duplicate/,
		);
	});
});
