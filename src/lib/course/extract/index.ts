/**
 * Pure functions from the MDX syntax tree of a lesson or scenario to the plain data the islands
 * receive (`src/schemas/quiz.ts`, `review.ts`, `scenario.ts`). Extraction never throws on author
 * input: every mistake in a component becomes a `Problem` with the element's line, and the data
 * is still returned as far as it could be read (it may not match the schema when there are
 * problems).
 */
export { LESSON_COMPONENTS, TRACKED_COMPONENTS } from './components.ts';
export type { ExtractOptions, Extracted } from './context.ts';
export { CALLOUT_TYPES, extractLesson, type LessonData, type ListedSource } from './lesson.ts';
export { extractQuiz, QUESTION_TYPES } from './quiz.ts';
export {
	collectReferences,
	type ComponentId,
	type ComponentKind,
	type Reference,
	type ReferenceKind,
} from './references.ts';
export { extractReflection } from './reflection.ts';
export { extractRightsCheck } from './rights-check.ts';
export { extractScenario, type ScenarioFrontmatter } from './scenario.ts';
export { ENDING_OUTCOMES } from './scenario-steps.ts';
export { extractTrafficLight } from './traffic-light.ts';
