/**
 * Keeps `astro dev` running while the course has problems. Astro's content loaders throw at the
 * first entry whose data does not match its schema, and at start that stops the dev server. In
 * dev, the wrapped loader keeps such an entry with its data unchecked instead: the course check
 * (`live-course-check.ts`) already names every problem with its file, line and fix, in the
 * terminal and on every page. In a build the loader is unchanged, and the course check has
 * stopped the build before any loader runs.
 */
import type { Loader } from 'astro/loaders';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `loader`, tolerant of entries that fail the schema when `dev` (by default: in `astro dev`). */
export function devTolerant(loader: Loader, dev: boolean = import.meta.env.DEV): Loader {
	if (!dev) return loader;
	return {
		...loader,
		load: (context) =>
			loader.load({
				...context,
				parseData: async (props) => {
					try {
						return await context.parseData(props);
					} catch {
						const where = props.filePath
							? relative(fileURLToPath(context.config.root), props.filePath)
							: props.id;
						context.logger.warn(`${where} is kept unchecked until the course check passes.`);
						return props.data;
					}
				},
			}),
	};
}
