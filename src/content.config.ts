import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { GlossaryEntrySchema } from './schemas/glossary.ts';
import { LawItemSchema } from './schemas/law.ts';
import { LessonSchema, ModuleSchema } from './schemas/module.ts';
import { RightSchema } from './schemas/right.ts';
import { RightsCheckNoticeSchema, RightsCheckStepSchema } from './schemas/rights-check.ts';
import { ScenarioSchema } from './schemas/scenario.ts';
import { SourceSchema } from './schemas/source.ts';
import { SupportLineSchema } from './schemas/support-line.ts';

// Entry ids come from the author-written `id` field, never from file names, so renaming or
// reordering files keeps learners' progress. `_`-prefixed files are partials, not entries.
const byAuthorId = ({ data }: { data: Record<string, unknown> }) => String(data['id']);

export const collections = {
	modules: defineCollection({
		loader: glob({ base: './modules', pattern: '[!_]*/module.yaml', generateId: byAuthorId }),
		schema: ModuleSchema,
	}),
	lessons: defineCollection({
		loader: glob({ base: './modules', pattern: '[!_]*/[0-9]*.mdx', generateId: byAuthorId }),
		schema: LessonSchema,
	}),
	scenarios: defineCollection({
		loader: glob({ base: './content/scenarios', pattern: '[!_]*.mdx', generateId: byAuthorId }),
		schema: ScenarioSchema,
	}),
	rights: defineCollection({
		loader: glob({ base: './content/rights', pattern: '[!_]*.yaml', generateId: byAuthorId }),
		schema: RightSchema,
	}),
	glossary: defineCollection({
		loader: file('content/glossary.yaml'),
		schema: GlossaryEntrySchema,
	}),
	sources: defineCollection({
		loader: file('content/sources.yaml'),
		schema: SourceSchema,
	}),
	law: defineCollection({
		loader: glob({ base: './content/law', pattern: '[!_]*.yaml', generateId: byAuthorId }),
		schema: LawItemSchema,
	}),
	supportLines: defineCollection({
		loader: file('content/support-lines.yaml'),
		schema: SupportLineSchema,
	}),
	rightsCheckSteps: defineCollection({
		loader: file('content/rights-check/steps.yaml'),
		schema: RightsCheckStepSchema,
	}),
	rightsCheckNotices: defineCollection({
		loader: file('content/rights-check/notices.yaml'),
		schema: RightsCheckNoticeSchema,
	}),
};
