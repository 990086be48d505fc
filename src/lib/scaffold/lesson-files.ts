/**
 * Where a new lesson goes in its module and what its file is called. Lessons are shown in the
 * order of their file names (`01-…`, `02-…`, as `src/data/course.ts` sorts them), so placing a
 * lesson between two others may mean renumbering the files after it. Only file names change:
 * lesson ids live in the frontmatter, so learners' progress is kept.
 */

/** A lesson file of one module, as the course check read it. */
export interface LessonFileInfo {
	/** File name without folder, such as `03-proportionality.mdx`. */
	name: string;
	/** The `id` in its frontmatter, if it could be read. */
	id?: string;
	/** Whether it holds the module's assessment quiz (`<Quiz … assessment>`). */
	assessment: boolean;
}

export interface Rename {
	from: string;
	to: string;
}

export interface LessonPlan {
	/** File name for the new lesson. */
	name: string;
	/** Files to rename first, in this order, so that no rename lands on an existing name. */
	renames: Rename[];
}

/** Lesson file names in the order learners see them. */
export function lessonOrder<T extends { name: string }>(lessons: readonly T[]): T[] {
	return lessons.toSorted((a, b) => a.name.localeCompare(b.name));
}

/**
 * Where a lesson goes when the author does not say: just before the module's assessment lesson,
 * so the assessment stays last, or at the end when there is none. Returns the index the new
 * lesson will have in `lessons` (in display order).
 */
export function defaultInsertIndex(lessons: readonly LessonFileInfo[]): number {
	const assessment = lessons.findIndex((lesson) => lesson.assessment);
	return assessment === -1 ? lessons.length : assessment;
}

/**
 * The lesson `ref` names: its id, its file name, or its file name without `.mdx`. Returns its
 * index in `lessons`, or -1.
 */
export function findLesson(lessons: readonly LessonFileInfo[], ref: string): number {
	const wanted = ref.trim().replace(/^.*\//, '');
	return lessons.findIndex(
		(lesson) => lesson.id === wanted || lesson.name === wanted || lesson.name === `${wanted}.mdx`,
	);
}

const NUMBERED = /^(\d+)(.*)$/;

function numberOf(name: string): { number: number; rest: string } {
	const match = NUMBERED.exec(name);
	return match ? { number: Number(match[1]), rest: match[2]! } : { number: 0, rest: name };
}

function numbered(number: number, rest: string): string {
	return `${String(number).padStart(2, '0')}${rest}`;
}

/**
 * The file name for a new lesson with slug `slug` placed at `index` among `names` (in display
 * order), and the renames that keep every later lesson after it. The new lesson takes the number
 * after the one before it; later files move up by as little as needed, and a gap in the numbering
 * absorbs the move, so most insertions rename nothing or only a few files.
 */
export function planLessonFile(names: readonly string[], index: number, slug: string): LessonPlan {
	const before = index > 0 ? numberOf(names[index - 1]!).number : 0;
	const number = before + 1;
	const shifted: Rename[] = [];
	let next = number + 1;
	for (const name of names.slice(index)) {
		const current = numberOf(name);
		if (current.number >= next) break;
		shifted.push({ from: name, to: numbered(next, current.rest) });
		next += 1;
	}
	// The last file moves first, into a number no file holds yet.
	return { name: numbered(number, `-${slug}.mdx`), renames: shifted.toReversed() };
}

/**
 * The folder for a new module: the number after the highest one in use, two digits, then the
 * slug (`08-commissioning` → `09-<slug>`); folders without a number are left out.
 */
export function nextModuleFolder(folders: readonly string[], slug: string): string {
	const numbers = folders.flatMap((folder) => {
		const match = NUMBERED.exec(folder);
		return match ? [Number(match[1])] : [];
	});
	const highest = Math.max(-1, ...numbers);
	return numbered(highest + 1, `-${slug}`);
}
