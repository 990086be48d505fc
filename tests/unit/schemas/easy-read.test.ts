import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EASY_READ_ICONS } from '../../../src/schemas/easy-read.ts';

const ICON_DIR = new URL('../../../src/assets/easy-read/', import.meta.url);

describe('EASY_READ_ICONS', () => {
	test('names exactly the pictures in src/assets/easy-read/', () => {
		const files = readdirSync(ICON_DIR)
			.filter((name) => name.endsWith('.svg'))
			.map((name) => name.slice(0, -'.svg'.length))
			.sort();
		expect([...EASY_READ_ICONS].sort()).toEqual(files);
	});
});
