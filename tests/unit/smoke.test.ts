import { expect, test } from 'vitest';
import { IdSchema } from '../../src/schemas/ids.ts';
test('rejects an id with spaces', () => {
	expect(IdSchema.safeParse('not an id').success).toBe(false);
});
