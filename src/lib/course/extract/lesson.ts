/** A whole lesson: its tracked components, and checks of every other component in it. */
import type { Root, RootContent } from 'mdast';
import { closestMatch, listCode } from '../../problems/suggest.ts';
import { EASY_READ_ICONS } from '../../../schemas/easy-read.ts';
import type { QuizData } from '../../../schemas/quiz.ts';
import type { ReflectionData, RightsCheckData, TrafficLightData } from '../../../schemas/review.ts';
import { isJsxElement } from '../mdx.ts';
import { Attributes } from './attributes.ts';
import { childElements, isContent } from './children.ts';
import { AUTHORING, CHILD_COMPONENTS, LESSON_COMPONENTS, SCENARIO_ONLY } from './components.ts';
import { Context, type ExtractOptions, type Extracted } from './context.ts';
import { readCrisisBox } from './crisis-box.ts';
import { readQuiz } from './quiz.ts';
import { readReflection } from './reflection.ts';
import { readRightsCheck } from './rights-check.ts';
import { readTrafficLight } from './traffic-light.ts';

export const CALLOUT_TYPES = ['info', 'warning', 'key'] as const;

export interface LessonData {
	quizzes: QuizData[];
	trafficLights: TrafficLightData[];
	reflections: ReflectionData[];
	rightsChecks: RightsCheckData[];
	/** `<Scenario id="…" />` elements, in order. */
	scenarios: Array<{ id: string; line?: number; column?: number }>;
	/** `<LawStatus law="…" />` elements, in order. */
	laws: Array<{ id: string; line?: number; column?: number }>;
	/**
	 * `<LegalRef … listed />` in the lesson's prose, in order: the page shows each as a numbered
	 * note and lists them under "Sources for this page".
	 */
	listedSources: ListedSource[];
}

/** A source cited by a note number in the text and listed in full at the end of the page. */
export interface ListedSource {
	source: string;
	pin?: string;
}

/**
 * Reads every tracked component of a lesson, and reports components used in the wrong place
 * (`<Option>` outside `<Question>`, `<Node>` in a lesson), unknown components and bad props of the
 * static components (`<Callout type>`, `<RightCard right>`…).
 */
export function extractLesson(tree: Root, options?: ExtractOptions): Extracted<LessonData> {
	const ctx = new Context(options);
	const data: LessonData = {
		quizzes: [],
		trafficLights: [],
		reflections: [],
		rightsChecks: [],
		scenarios: [],
		laws: [],
		listedSources: [],
	};
	const known = Object.keys(LESSON_COMPONENTS);
	const walk = (nodes: readonly RootContent[]) => {
		for (const node of nodes) {
			if (!isJsxElement(node)) {
				if ('children' in node) walk(node.children);
				continue;
			}
			const name = node.name;
			if (name === null || !/^[A-Z]/.test(name)) {
				walk(node.children);
				continue;
			}
			switch (name) {
				case 'Quiz':
					data.quizzes.push(readQuiz(ctx, node));
					continue;
				case 'TrafficLight':
					data.trafficLights.push(readTrafficLight(ctx, node));
					continue;
				case 'Reflection':
					data.reflections.push(readReflection(ctx, node));
					continue;
				case 'RightsCheck':
					data.rightsChecks.push(readRightsCheck(ctx, node));
					continue;
				case 'Scenario': {
					const attrs = new Attributes(ctx, node, LESSON_COMPONENTS['Scenario']!);
					const start = node.position?.start;
					data.scenarios.push({
						id: attrs.id('id'),
						...(start ? { line: start.line, column: start.column } : {}),
					});
					continue;
				}
				case 'RightCard':
					new Attributes(ctx, node, LESSON_COMPONENTS['RightCard']!).string('right', {
						required: true,
					});
					continue;
				case 'Term':
					new Attributes(ctx, node, LESSON_COMPONENTS['Term']!).id('id');
					continue;
				case 'LegalRef': {
					const attrs = new Attributes(ctx, node, LESSON_COMPONENTS['LegalRef']!);
					const source = attrs.string('source', { required: true });
					const pin = attrs.string('pin');
					if (attrs.boolean('listed') && source) {
						data.listedSources.push(pin === undefined ? { source } : { source, pin });
					}
					continue;
				}
				case 'Callout': {
					const attrs = new Attributes(ctx, node, LESSON_COMPONENTS['Callout']!);
					attrs.choice('type', CALLOUT_TYPES);
					break;
				}
				case 'LawStatus': {
					const attrs = new Attributes(ctx, node, LESSON_COMPONENTS['LawStatus']!);
					const law = attrs.id('law');
					const start = node.position?.start;
					if (law) {
						data.laws.push({
							id: law,
							...(start ? { line: start.line, column: start.column } : {}),
						});
					}
					// The words of a notice live in `content/law/`, so a notice cannot drift out of
					// date in one lesson while it is updated in another (issue 8).
					if (childElements(node).some(isContent)) {
						const label = law ? `<LawStatus law="${law}">` : '<LawStatus>';
						ctx.report(
							node,
							label,
							`\`${label}\` has text inside it, but a law notice shows only the item it names.`,
							law
								? `Move the text into \`says\` in \`content/law/${law}.yaml\` (or a new item there) and write \`<LawStatus law="${law}" />\`. See README › Authoring › The law in one place.`
								: 'Write the text as an item in `content/law/<id>.yaml` and show it with `<LawStatus law="<id>" />`. See README › Authoring › The law in one place.',
						);
					}
					continue;
				}
				case 'KeyPoint':
				case 'Disclaimer':
					new Attributes(ctx, node, []);
					break;
				case 'CrisisBox':
					readCrisisBox(ctx, node);
					continue;
				case 'EasyReadRow': {
					const attrs = new Attributes(ctx, node, LESSON_COMPONENTS['EasyReadRow']!);
					if (attrs.has('icon')) attrs.choice('icon', EASY_READ_ICONS);
					else
						ctx.report(
							node,
							'<EasyReadRow> icon',
							'`<EasyReadRow>` has no `icon`.',
							`Add one of ${listCode(EASY_READ_ICONS)}, for example \`<EasyReadRow icon="question">\`.`,
						);
					break;
				}
				default:
					if (CHILD_COMPONENTS[name]) {
						ctx.report(
							node,
							`<${name}>`,
							`\`<${name}>\` must be inside ${CHILD_COMPONENTS[name]}.`,
							`Move it into ${CHILD_COMPONENTS[name]}. ${AUTHORING}.`,
						);
					} else if (SCENARIO_ONLY.includes(name)) {
						ctx.report(
							node,
							`<${name}>`,
							`\`<${name}>\` belongs in a scenario file in \`content/scenarios/\`, not in a lesson.`,
							'Write the scenario in its own file and show it here with `<Scenario id="…" />`.',
						);
					} else {
						const close = closestMatch(name, known);
						ctx.report(
							node,
							`<${name}>`,
							`\`<${name}>\` is not one of the course components.`,
							close
								? `Did you mean \`<${close}>\`?`
								: `Use one of ${listCode(known)}. ${AUTHORING}.`,
						);
					}
					continue;
			}
			walk(node.children);
		}
	};
	walk(tree.children);
	return { data, problems: ctx.problems };
}
