import { useCallback, useEffect, useState } from 'preact/hooks';

/**
 * Moves focus after the next render, when the element to focus exists: a new step's heading,
 * feedback that has just appeared. Returns `requestFocus(target)`; `find(target)` names the
 * element once the island has re-rendered. Asking twice for the same target focuses it twice.
 */
export function useFocusRequest<T = void>(
	find: (target: T) => HTMLElement | null | undefined,
): (target: T) => void {
	const [request, setRequest] = useState<{ target: T; seq: number } | undefined>(undefined);
	useEffect(() => {
		if (request) find(request.target)?.focus();
	}, [request]);
	return useCallback(
		(target: T) => setRequest((current) => ({ target, seq: (current?.seq ?? 0) + 1 })),
		[],
	);
}
