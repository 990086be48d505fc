import { describe, expect, test } from 'vitest';
import { findApi, MAX_FRAME_DEPTH } from '../../../../src/lib/scorm/find-api.ts';

const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };

/** A chain of frames, `depth` levels below a top window holding `top`'s properties. */
function frames(depth: number, top: Record<string, unknown>): Window {
	const root: Record<string, unknown> = { ...top };
	root['parent'] = root;
	let win = root;
	for (let level = 0; level < depth; level++) win = { parent: win };
	return win as unknown as Window;
}

/** A window whose properties throw, as a frame of another origin does. */
function crossOrigin(parent?: unknown): unknown {
	return new Proxy(
		{},
		{
			get(_target, key) {
				if (key === 'parent' && parent) return parent;
				throw new DOMException('Blocked a frame with origin', 'SecurityError');
			},
		},
	);
}

describe('findApi', () => {
	test('finds the API in the window itself and in a parent frame', () => {
		expect(findApi({ API: api12 } as unknown as Window, '1.2')).toBe(api12);
		expect(findApi(frames(3, { API_1484_11: api2004 }), '2004')).toBe(api2004);
	});

	test('looks only for the requested version', () => {
		expect(findApi(frames(2, { API: api12 }), '2004')).toBeUndefined();
		expect(findApi(frames(2, { API_1484_11: api2004 }), '1.2')).toBeUndefined();
	});

	test('ignores objects that are not an API', () => {
		expect(findApi({ API: { LMSInitialize: 'no' } } as unknown as Window, '1.2')).toBeUndefined();
	});

	test('stops after a bounded number of frames', () => {
		expect(findApi(frames(MAX_FRAME_DEPTH, { API: api12 }), '1.2')).toBe(api12);
		expect(findApi(frames(MAX_FRAME_DEPTH + 1, { API: api12 }), '1.2')).toBeUndefined();
	});

	test('searches the opener and its parents after the frames', () => {
		const opener = frames(2, { API: api12 });
		const win = { parent: undefined, opener } as unknown as Window;
		expect(findApi(win, '1.2')).toBe(api12);
	});

	test('skips frames of another origin without throwing', () => {
		const win = { parent: crossOrigin() } as unknown as Window;
		expect(() => findApi(win, '1.2')).not.toThrow();
		expect(findApi(win, '1.2')).toBeUndefined();
		const top: Record<string, unknown> = { API_1484_11: api2004 };
		top['parent'] = top;
		expect(findApi({ parent: crossOrigin(top) } as unknown as Window, '2004')).toBe(api2004);
		expect(findApi(crossOrigin() as Window, '2004')).toBeUndefined();
	});
});
