import { AstroError } from 'astro/errors';
import type { z } from 'zod';

/**
 * Reads the `data` attribute that `remark-course` puts on an author component, or fails the
 * build with a message naming the component. Authors normally see the pre-build check's message
 * first; this guards against a component used outside the MDX pipeline.
 */
export function parseComponentData<T extends z.ZodType>(
	schema: T,
	data: unknown,
	component: string,
): z.output<T> {
	let value: unknown = data;
	if (typeof data === 'string') {
		try {
			value = JSON.parse(data);
		} catch {
			value = undefined;
		}
	}
	const result = schema.safeParse(value);
	if (!result.success) {
		throw new AstroError(
			`${component} could not be read: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
			`Use ${component} inside a lesson's .mdx file as described in docs/authoring.md, then run \`npm run check:course\`.`,
		);
	}
	return result.data;
}

/** The module whose lesson is being rendered, set by the lesson page. */
export function requireModuleId(locals: App.Locals, component: string): string {
	if (!locals.moduleId) {
		throw new AstroError(
			`${component} can only be used in a module's lesson.`,
			'Move it into a lesson file under `modules/<module>/`.',
		);
	}
	return locals.moduleId;
}
