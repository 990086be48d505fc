import { useEffect, useState } from 'preact/hooks';

/**
 * `false` in the server render and the first render in the browser, `true` once the island has
 * mounted: controls rendered before their handlers work stay disabled until then.
 */
export function useHydrated(): boolean {
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	return hydrated;
}
