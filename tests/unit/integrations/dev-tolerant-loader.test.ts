import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { devTolerant } from '../../../src/integrations/dev-tolerant-loader.ts';

/** A loader that parses one entry and keeps what `parseData` returns. */
function oneEntryLoader(stored: unknown[]): Loader {
	return {
		name: 'one-entry',
		load: async (context) => {
			stored.push(
				await context.parseData({
					id: 'first-look',
					data: { id: 'first-look', passMark: '80%' },
					filePath: '/course/modules/00-first-look/module.yaml',
				}),
			);
		},
	};
}

/** A loader context whose schema rejects every entry, as Astro's does for `passMark: "80%"`. */
function rejectingContext(warnings: string[]): LoaderContext {
	return {
		config: { root: new URL('file:///course/') },
		logger: { warn: (text: string) => warnings.push(text) },
		parseData: () => Promise.reject(new Error('passMark: Expected number, received string')),
	} as unknown as LoaderContext;
}

describe('devTolerant', () => {
	test('in dev, keeps an entry that fails its schema, unchecked, and says so', async () => {
		const stored: unknown[] = [];
		const warnings: string[] = [];
		await devTolerant(oneEntryLoader(stored), true).load(rejectingContext(warnings));
		expect(stored).toEqual([{ id: 'first-look', passMark: '80%' }]);
		expect(warnings).toEqual([
			'modules/00-first-look/module.yaml is kept unchecked until the course check passes.',
		]);
	});

	test('outside dev, fails on such an entry as Astro does', async () => {
		const stored: unknown[] = [];
		await expect(
			devTolerant(oneEntryLoader(stored), false).load(rejectingContext([])),
		).rejects.toThrow('passMark');
		expect(stored).toEqual([]);
	});
});
