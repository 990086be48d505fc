import { z } from 'zod';
import { idList, IdSchema, RightIdSchema } from './ids.ts';

/** Frontmatter of a branching scenario, `content/scenarios/<id>.mdx`. */
export const ScenarioSchema = z.object({
	/** Stable id used by `<Scenario id="…">` in lessons and in learners' progress. */
	id: IdSchema,
	/** Scenario title. */
	title: z.string().min(1),
	/** One-sentence summary shown before the learner starts. */
	summary: z.string().min(1),
	/** Id of the first `<Node>`. */
	start: IdSchema,
	/** Rights the scenario is mainly about, for its introduction. */
	rights: idList(RightIdSchema).default([]),
	/** Ids from `content/sources.yaml` listed under the scenario. */
	sources: idList(IdSchema).default([]),
	/** Shown before the scenario starts, for restraint, self-harm or similar content. */
	contentWarning: z.string().optional(),
});

export type ScenarioMeta = z.output<typeof ScenarioSchema>;

/** A test on a scenario variable: `name=value` in MDX, e.g. `leastRestrictive=false`. */
const ConditionSchema = z.object({ name: z.string(), value: z.string() });
export type Condition = z.output<typeof ConditionSchema>;

/** A variable assignment made by a choice: `set="leastRestrictive=false"`. */
const AssignmentSchema = ConditionSchema;

/** A block of node text, shown only when its condition holds. */
const ScenarioBlockSchema = z.object({ html: z.string(), when: ConditionSchema.optional() });

const ScenarioChoiceSchema = z.object({
	id: IdSchema,
	/** Target node or ending id. */
	to: IdSchema,
	labelHtml: z.string(),
	feedbackHtml: z.string(),
	rights: z.array(RightIdSchema),
	set: z.array(AssignmentSchema),
	when: ConditionSchema.optional(),
	/** Marks the best of the options offered, for review. */
	best: z.boolean(),
});

/** An automatic route: the first `<Goto>` whose condition holds is followed (after any text). */
const ScenarioGotoSchema = z.object({ to: IdSchema, when: ConditionSchema.optional() });

const ScenarioNodeSchema = z.object({
	kind: z.literal('node'),
	id: IdSchema,
	blocks: z.array(ScenarioBlockSchema),
	/** The author's question just before the choices (inline HTML), asked instead of the default. */
	question: z.string().optional(),
	choices: z.array(ScenarioChoiceSchema),
	gotos: z.array(ScenarioGotoSchema),
});

const EndingOutcomeSchema = z.enum(['positive', 'mixed', 'negative']);
export type EndingOutcome = z.output<typeof EndingOutcomeSchema>;

const ScenarioEndingSchema = z.object({
	kind: z.literal('ending'),
	id: IdSchema,
	title: z.string().min(1),
	outcome: EndingOutcomeSchema,
	score: z.number().int().min(0).max(100),
	blocks: z.array(ScenarioBlockSchema),
});

/** Everything an island needs to play a scenario. */
export const ScenarioDataSchema = z.object({
	id: IdSchema,
	title: z.string(),
	summary: z.string(),
	start: IdSchema,
	introHtml: z.string(),
	contentWarning: z.string().optional(),
	/** Where `Scenario.astro` shows the crisis box the author wrote outside the nodes, if any. */
	crisisBox: z.enum(['before', 'after']).optional(),
	nodes: z.array(ScenarioNodeSchema),
	endings: z.array(ScenarioEndingSchema),
});

export type ScenarioChoice = z.output<typeof ScenarioChoiceSchema>;
export type ScenarioNode = z.output<typeof ScenarioNodeSchema>;
export type ScenarioEnding = z.output<typeof ScenarioEndingSchema>;
export type ScenarioData = z.output<typeof ScenarioDataSchema>;
