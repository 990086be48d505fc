/**
 * The browser's `localStorage`, or `undefined` outside a browser or where reading the property
 * throws (some privacy settings block storage for the site). Callers still guard each read and
 * write: a full or revoked storage throws there too.
 */
export function deviceLocalStorage(): Storage | undefined {
	try {
		return typeof window === 'undefined' ? undefined : window.localStorage;
	} catch {
		return undefined;
	}
}
