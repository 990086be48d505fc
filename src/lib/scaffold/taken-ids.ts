import type { Course } from '../check/load.ts';

/**
 * Every id the course already uses, whatever its kind: modules, learning outcomes, lessons, every
 * component in lessons and scenarios, scenarios (and their file names), rights, glossary terms,
 * sources, support lines and law items. A new id avoids all of them, which is stricter than the
 * course check (most kinds only need to be unique among themselves) and keeps ids unambiguous
 * in progress files and SCORM data.
 */
export function takenIds(course: Course): Set<string> {
	const taken = new Set<string>();
	const add = (id: string | undefined) => {
		if (id) taken.add(id);
	};
	for (const module of course.modules) {
		add(module.id);
		module.outcomes.forEach(add);
		for (const lesson of module.lessons) {
			add(lesson.id);
			for (const component of lesson.components) add(component.id);
		}
	}
	for (const scenario of course.scenarios) {
		add(scenario.id);
		add(scenario.file.replace(/^.*\//, '').replace(/\.mdx$/, ''));
		for (const component of scenario.components) add(component.id);
	}
	for (const entries of [
		course.rights,
		course.glossary,
		course.sources,
		course.supportLines,
		course.law,
	]) {
		for (const entry of entries) add(entry.id);
	}
	return taken;
}
