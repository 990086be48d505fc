/**
 * Astro's `glob()` loader with entry ids taken from the author-written `id` field, never from file
 * names, so renaming or reordering files keeps learners' progress.
 *
 * Astro 7 reuses a cached entry when its text is unchanged without comparing the file path, so a
 * lesson renamed from `05-…` to `06-…` kept pointing at the old file and the next build failed to
 * resolve it until the cache was deleted (withastro/astro#17707, closed without a fix). Here an
 * entry whose file no longer exists is dropped from the cache when the loader asks for it, so it
 * is read again from its new path.
 */
import { existsSync } from 'node:fs';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';

const byAuthorId = ({ data }: { data: Record<string, unknown> }) => String(data['id']);

/** `context.store`, except that an entry whose file has gone is dropped rather than reused. */
function storeWithoutMovedEntries(context: LoaderContext): LoaderContext['store'] {
	const { store, config } = context;
	return {
		...store,
		get: <TData extends Record<string, unknown>>(key: string) => {
			const entry = store.get<TData>(key);
			if (!entry?.filePath || existsSync(new URL(entry.filePath, config.root))) return entry;
			// The store's own `set` also skips unchanged text, so the stale entry must go first.
			store.delete(key);
			return undefined;
		},
	};
}

export function globByAuthorId(options: { base: string; pattern: string }): Loader {
	const loader = glob({ ...options, generateId: byAuthorId });
	return {
		...loader,
		load: (context) => loader.load({ ...context, store: storeWithoutMovedEntries(context) }),
	};
}
