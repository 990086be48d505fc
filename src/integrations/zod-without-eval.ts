import type { AstroUserConfig } from 'astro';

type VitePlugin = NonNullable<NonNullable<AstroUserConfig['vite']>['plugins']>[number];

const ZOD = new Set(['zod', 'astro/zod']);
const JITLESS_ZOD = '\0rip:jitless-zod';

/**
 * In browser code, `zod` and `astro/zod` resolve to zod set to `jitless`. Otherwise the first
 * object zod parses runs a `new Function('')` probe to see whether it may compile fast parsers;
 * the error is caught, but a Content-Security-Policy without `'unsafe-eval'` still reports it as a
 * violation. The plain parsers zod then uses are the ones it falls back to anyway. Node code (the
 * build, the course check) keeps zod as it is.
 */
export function zodWithoutEval(): VitePlugin {
	return {
		name: 'rip:zod-without-eval',
		enforce: 'pre',
		resolveId(source, importer) {
			if (!ZOD.has(source) || importer === JITLESS_ZOD) return null;
			return this.environment.config.consumer === 'client' ? JITLESS_ZOD : null;
		},
		load(id) {
			if (id !== JITLESS_ZOD) return null;
			return [
				"import { z } from 'zod';",
				'z.config({ jitless: true });',
				"export * from 'zod';",
				'export default z;',
			].join('\n');
		},
	};
}
