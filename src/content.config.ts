import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { devTolerant } from './integrations/dev-tolerant-loader.ts';
import { globByAuthorId } from './integrations/glob-by-author-id.ts';
import { GlossaryEntrySchema } from './schemas/glossary.ts';
import { LawItemSchema } from './schemas/law.ts';
import { LessonSchema, ModuleSchema } from './schemas/module.ts';
import { RightSchema } from './schemas/right.ts';
import { RightsCheckNoticeSchema, RightsCheckStepSchema } from './schemas/rights-check.ts';
import { ScenarioSchema } from './schemas/scenario.ts';
import { SourceSchema } from './schemas/source.ts';
import { SupportLineSchema } from './schemas/support-line.ts';

// Entry ids come from the author-written `id` field (see `globByAuthorId`). `_`-prefixed files
// are partials, not entries.

// `devTolerant`: in `astro dev`, an entry that fails its schema does not stop the server.
export const collections = {
	modules: defineCollection({
		loader: devTolerant(globByAuthorId({ base: './modules', pattern: '[!_]*/module.yaml' })),
		schema: ModuleSchema,
	}),
	lessons: defineCollection({
		loader: devTolerant(globByAuthorId({ base: './modules', pattern: '[!_]*/[0-9]*.mdx' })),
		schema: LessonSchema,
	}),
	scenarios: defineCollection({
		loader: devTolerant(globByAuthorId({ base: './content/scenarios', pattern: '[!_]*.mdx' })),
		schema: ScenarioSchema,
	}),
	rights: defineCollection({
		loader: devTolerant(globByAuthorId({ base: './content/rights', pattern: '[!_]*.yaml' })),
		schema: RightSchema,
	}),
	glossary: defineCollection({
		loader: devTolerant(file('content/glossary.yaml')),
		schema: GlossaryEntrySchema,
	}),
	sources: defineCollection({
		loader: devTolerant(file('content/sources.yaml')),
		schema: SourceSchema,
	}),
	law: defineCollection({
		loader: devTolerant(globByAuthorId({ base: './content/law', pattern: '[!_]*.yaml' })),
		schema: LawItemSchema,
	}),
	supportLines: defineCollection({
		loader: devTolerant(file('content/support-lines.yaml')),
		schema: SupportLineSchema,
	}),
	rightsCheckSteps: defineCollection({
		loader: devTolerant(file('content/rights-check/steps.yaml')),
		schema: RightsCheckStepSchema,
	}),
	rightsCheckNotices: defineCollection({
		loader: devTolerant(file('content/rights-check/notices.yaml')),
		schema: RightsCheckNoticeSchema,
	}),
};
