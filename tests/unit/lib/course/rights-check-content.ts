import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { rightsCheckContent } from '../../../../src/lib/course/rights-check.ts';
import {
	RightsCheckNoticeSchema,
	RightsCheckStepSchema,
} from '../../../../src/schemas/rights-check.ts';

const dir = new URL('../../../../content/rights-check/', import.meta.url);
const read = (name: string): unknown => parse(readFileSync(new URL(name, dir), 'utf8'));

/** The course's own Rights Check words, read from `content/rights-check/` as the build reads them. */
export const content = rightsCheckContent(
	z.array(RightsCheckStepSchema).parse(read('steps.yaml')),
	z.array(RightsCheckNoticeSchema).parse(read('notices.yaml')),
);
