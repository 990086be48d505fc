/**
 * Finds the LMS API the way both RTE books describe: the launching window and its `parent`
 * chain first, since LMSs put the SCO in nested frames, then the `opener` and its parents, for
 * an LMS that launches the SCO in a pop-up window. Frames from another origin throw on access;
 * they are skipped, and the search stops after a few levels so a deep or looping frame tree
 * cannot hang the page.
 */
import type { ApiVersion, RawScorm12Api, RawScorm2004Api } from './api.ts';

/** How many frames up the search goes from the window and from the opener. */
export const MAX_FRAME_DEPTH = 10;

type Found<V extends ApiVersion> = V extends '1.2' ? RawScorm12Api : RawScorm2004Api;

/** Reads a property of a window that may belong to another origin; `undefined` if it throws. */
function read(win: unknown, key: string): unknown {
	try {
		return win === null || win === undefined ? undefined : (win as Record<string, unknown>)[key];
	} catch {
		return undefined;
	}
}

function apiIn(win: unknown, version: ApiVersion): unknown {
	const api = read(win, version === '1.2' ? 'API' : 'API_1484_11');
	const method = read(api, version === '1.2' ? 'LMSInitialize' : 'Initialize');
	return typeof method === 'function' ? api : undefined;
}

/** Searches `start` and up to `MAX_FRAME_DEPTH` parents above it. */
function searchUp(start: unknown, version: ApiVersion): unknown {
	let win = start;
	for (let depth = 0; win && depth <= MAX_FRAME_DEPTH; depth++) {
		const api = apiIn(win, version);
		if (api) return api;
		const parent = read(win, 'parent');
		if (!parent || parent === win) return undefined;
		win = parent;
	}
	return undefined;
}

/** The LMS API object for `version`, or `undefined` when no frame offers one. Never throws. */
export function findApi<V extends ApiVersion>(win: Window, version: V): Found<V> | undefined {
	const api = searchUp(win, version) ?? searchUp(read(win, 'opener'), version);
	return api as Found<V> | undefined;
}
