/**
 * Rule family (g): the Rights Check's words in `content/rights-check/` stay in step with the code
 * that reads them. The eight steps and every notice are there once, in order; field ids are unique
 * (they key learners' saved answers); and each field the gates and warnings read (`RULE_FIELDS`)
 * is in its step, answered the same way, with the option values compared. Each entry's own shape
 * is rule family (a), and unknown anchor sources are rule family (e), in `references.ts`.
 */
import {
	AIM_WORDS,
	POSITION_KEY,
	RULE_FIELDS,
	type FieldDef,
	type StepDef,
} from '../../course/rights-check.ts';
import { formatLocation, type Problem } from '../../problems/problem.ts';
import { listCode } from '../../problems/suggest.ts';
import {
	RIGHTS_CHECK_NOTICE_IDS,
	RIGHTS_CHECK_STEP_IDS,
} from '../../../schemas/rights-check-ids.ts';
import type { Course, YamlFile } from '../load.ts';
import { fieldName } from './schema.ts';
import { placeOfPath } from '../yaml.ts';

const NEVER_RENAME = 'Learners’ saved answers are stored against these ids, so never rename one.';

/** `file:line:column` of `path` inside an entry, for naming the other end of a clash. */
function locate(entry: YamlFile<unknown>, path: readonly PropertyKey[]): string {
	const place = entry.yaml ? placeOfPath(entry.yaml, [...entry.path, ...path]) : undefined;
	return formatLocation({ file: entry.file, ...place });
}

/** A problem at `path` inside an entry of a list file. */
function at(
	entry: YamlFile<unknown>,
	path: readonly PropertyKey[],
	wording: Pick<Problem, 'message' | 'hint'>,
): Problem {
	const full = [...entry.path, ...path];
	return {
		file: entry.file,
		...(entry.yaml ? placeOfPath(entry.yaml, full) : {}),
		field: fieldName(full),
		...wording,
	};
}

/** Each of `ids` once, in order; `what` names one entry, e.g. "step". */
function checkListed(
	entries: ReadonlyArray<YamlFile<unknown>>,
	ids: readonly string[],
	what: string,
	inOrder: boolean,
): Problem[] {
	if (entries.length === 0) return [];
	const problems: Problem[] = [];
	const first = new Map<string, YamlFile<unknown>>();
	for (const entry of entries) {
		if (!entry.id) continue;
		const earlier = first.get(entry.id);
		if (earlier) {
			problems.push(
				at(entry, ['id'], {
					message: `The ${what} \`${entry.id}\` is listed twice: it is also at ${locate(earlier, ['id'])}.`,
					hint: 'Keep one of the two and delete the other.',
				}),
			);
		} else {
			first.set(entry.id, entry);
		}
	}
	// An entry without a known id is reported by its schema ("Did you mean…?"); saying that its
	// step is missing as well would report one mistake twice.
	if (entries.some((entry) => !entry.id || !ids.includes(entry.id))) return problems;
	const missing = ids.filter((id) => !first.has(id));
	for (const id of missing) {
		const index = ids.indexOf(id);
		const neighbours = [ids[index - 1], ids[index + 1]].filter((near) => near !== undefined);
		problems.push({
			file: entries[0]!.file,
			line: 1,
			column: 1,
			field: 'id',
			message: `The ${what} \`${id}\` is missing: the Rights Check needs every one of ${listCode([...ids], 'and')}.`,
			hint: `Add it back as \`- id: ${id}\`${inOrder ? `, next to ${listCode(neighbours, 'and')}` : ''}. See docs/authoring.md › Editing the Rights Check.`,
		});
	}
	if (inOrder && problems.length === 0) {
		const out = entries.findIndex((entry, index) => entry.id !== ids[index]);
		if (out >= 0) {
			problems.push(
				at(entries[out]!, ['id'], {
					message: `The ${what}s are out of order: \`${ids[out]}\` should come here, not \`${entries[out]!.id}\`.`,
					hint: `List them in the order the learner meets them: ${listCode([...ids], 'and')}. Moving them does not change that order.`,
				}),
			);
		}
	}
	return problems;
}

interface PlacedField {
	entry: YamlFile<StepDef>;
	step: StepDef;
	index: number;
	field: FieldDef;
}

function checkFields(steps: ReadonlyArray<YamlFile<StepDef>>): Problem[] {
	const problems: Problem[] = [];
	const byId = new Map<string, PlacedField>();
	for (const entry of steps) {
		const step = entry.value;
		if (!step) continue;
		for (const [index, field] of step.fields.entries()) {
			const path = ['fields', index, 'id'];
			const earlier = byId.get(field.id);
			if (field.id === POSITION_KEY) {
				problems.push(
					at(entry, path, {
						message: `No field can have the id \`${POSITION_KEY}\`: the Rights Check saves the learner’s step under it.`,
						hint: 'Choose another id for this field.',
					}),
				);
			} else if (earlier) {
				problems.push(
					at(entry, path, {
						message: `The field id \`${field.id}\` is already used in the step \`${earlier.step.id}\`, at ${locate(earlier.entry, ['fields', earlier.index, 'id'])}.`,
						hint: `Give each field its own id, and keep the one that was there first. ${NEVER_RENAME}`,
					}),
				);
			} else {
				byId.set(field.id, { entry, step, index, field });
			}
		}
	}

	// Only when every step could be read: a step with other problems may hold the field.
	if (steps.length === 0 || steps.some((entry) => !entry.value)) return problems;
	for (const [id, rule] of Object.entries(RULE_FIELDS)) {
		const found = byId.get(id);
		const home = steps.find((entry) => entry.value?.id === rule.step);
		if (!found) {
			if (home) {
				problems.push(
					at(home, ['fields'], {
						message: `The step \`${rule.step}\` has no field \`${id}\`, which the Rights Check’s warnings and gates read.`,
						hint: `Add it back as \`- id: ${id}\` with \`kind: ${rule.kind}\`. ${NEVER_RENAME}`,
					}),
				);
			}
			continue;
		}
		const { entry, step, index, field } = found;
		const path = ['fields', index];
		if (step.id !== rule.step) {
			problems.push(
				at(entry, [...path, 'id'], {
					message: `The field \`${id}\` is in the step \`${step.id}\`, but the Rights Check reads it in the step \`${rule.step}\`.`,
					hint: `Move the field back into the step \`${rule.step}\`.`,
				}),
			);
		}
		if (field.kind !== rule.kind) {
			problems.push(
				at(entry, [...path, 'kind'], {
					message: `The field \`${id}\` is \`${field.kind}\`, but the Rights Check reads its answer as \`${rule.kind}\`.`,
					hint: `Change it back to \`kind: ${rule.kind}\`: answers saved the other way would no longer be read.`,
				}),
			);
		}
		for (const value of rule.values ?? []) {
			if (field.options?.some((option) => option.value === value)) continue;
			problems.push(
				at(entry, [...path, 'options'], {
					message: `The field \`${id}\` has no option \`${value}\`, which the Rights Check’s warnings and gates look for.`,
					hint: `Add it back as \`- value: ${value}\` with its \`label\`. ${NEVER_RENAME}`,
				}),
			);
		}
		if (rule.required && field.requiredMessage === undefined) {
			problems.push(
				at(entry, [...path, 'id'], {
					message: `The field \`${id}\` has no \`requiredMessage\`, but the absolute-rights gate needs an answer to it.`,
					hint: 'Add `requiredMessage:` with what to do, for example `Select whether there is a real and immediate risk to life`.',
				}),
			);
		}
	}
	return problems;
}

/** Problems in `content/rights-check/steps.yaml` and `notices.yaml` beyond each entry's shape. */
export function checkRightsCheck(course: Course): Problem[] {
	const steps = course.rightsCheckSteps;
	const notices = course.rightsCheckNotices;
	const aim = notices.find((entry) => entry.value?.id === 'aim');
	return [
		...checkListed(steps, RIGHTS_CHECK_STEP_IDS, 'step', true),
		...checkFields(steps),
		...checkListed(notices, RIGHTS_CHECK_NOTICE_IDS, 'notice', false),
		...(aim?.value && !aim.value.body.includes(AIM_WORDS)
			? [
					at(aim, ['body'], {
						message: `The \`aim\` notice’s body has no \`${AIM_WORDS}\`, so it cannot quote the learner’s words.`,
						hint: `Put \`${AIM_WORDS}\` where the words go, for example \`Your reason mentions ${AIM_WORDS}.\``,
					}),
				]
			: []),
	];
}
