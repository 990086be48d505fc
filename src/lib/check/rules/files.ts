/**
 * Rule family: every file under `modules/` and `content/` is part of the course or reported.
 * A lesson saved as `.md`, or without the number that sets its order, used to drop out of the
 * course silently: the check and the build passed and the lesson was gone.
 */
import type { Problem } from '../../problems/problem.ts';

const LESSON_NUMBER = /^(\d+)/;

const extensionOf = (name: string) => /\.[^.]+$/.exec(name)?.[0] ?? '';
const stemOf = (name: string) => name.slice(0, name.length - extensionOf(name).length);

/** `05-`: one more than the highest number a lesson in the folder starts with. */
function nextLessonNumber(lessonNames: readonly string[]): string {
	const numbers = lessonNames.map((name) => Number(LESSON_NUMBER.exec(name)?.[1] ?? 0));
	return `${String(Math.max(0, ...numbers) + 1).padStart(2, '0')}-`;
}

/** The name a stray file probably should have had, when there is one. */
function likelyName(path: string, lessonNames: readonly string[]): string | undefined {
	const parts = path.split('/');
	const name = parts.at(-1) ?? '';
	const extension = extensionOf(name).toLowerCase();
	const stem = stemOf(name);
	if (parts[0] === 'modules' && parts.length === 3) {
		if (stem === 'module' && (extension === '.yml' || extension === '.yaml')) return 'module.yaml';
		if (['.md', '.mdx', '.markdown'].includes(extension))
			return `${LESSON_NUMBER.test(stem) ? '' : nextLessonNumber(lessonNames)}${stem}.mdx`;
		return undefined;
	}
	if (parts[0] === 'content' && parts.length === 3) {
		if (parts[1] === 'scenarios' && ['.md', '.markdown'].includes(extension)) return `${stem}.mdx`;
		if (['rights', 'law'].includes(parts[1] ?? '') && extension === '.yml') return `${stem}.yaml`;
	}
	if (parts[0] === 'content' && parts.length === 2 && extension === '.yml') return `${stem}.yaml`;
	return undefined;
}

function strayProblem(path: string, lessonNames: readonly string[]): Problem {
	const name = path.split('/').at(-1) ?? path;
	const rename = likelyName(path, lessonNames);
	const inModule = path.startsWith('modules/') && path.split('/').length === 3;
	const isLesson = inModule && rename?.endsWith('.mdx');
	const message = isLesson
		? `\`${name}\` is not in the course: a lesson file is MDX and starts with the number that sets its order, like \`${rename}\`.`
		: `\`${name}\` is not part of the course, so the build leaves it out.`;
	const keep = 'or start its name with `_` to keep it here as a draft the build ignores.';
	const numbered = isLesson && !LESSON_NUMBER.test(name);
	const hint = rename
		? `Rename it to \`${rename}\`${numbered ? ' (numbered for where it goes among the lessons)' : ''}, ${keep}`
		: `Move it out of \`modules/\` and \`content/\`, ${keep}`;
	return { file: path, field: 'file name', message, hint };
}

/**
 * One problem per file the course does not read, with the name it probably should have.
 * `lessonsByFolder` lists each module folder's lesson file names, for the next free number.
 */
export function checkStrayFiles(
	strays: readonly string[],
	lessonsByFolder: ReadonlyMap<string, readonly string[]>,
): Problem[] {
	return strays.map((path) =>
		strayProblem(path, lessonsByFolder.get(path.split('/')[1] ?? '') ?? []),
	);
}

/**
 * `problems` without the ones a stray file explains: a module folder "with no `module.yaml`"
 * beside a `module.yml`, or "with no lessons" beside a lesson saved under the wrong name. The
 * author sees the root cause once, not a second problem about the same mistake.
 */
export function withoutStrayKnockOns(
	problems: readonly Problem[],
	strays: readonly string[],
): Problem[] {
	const renames = strays.flatMap((path) => {
		const rename = likelyName(path, []);
		return rename && path.startsWith('modules/') ? [{ folder: path.split('/')[1], rename }] : [];
	});
	return problems.filter((problem) => {
		const [top, folder, name] = problem.file.split('/');
		if (top !== 'modules' || name !== 'module.yaml') return true;
		const here = renames.filter((stray) => stray.folder === folder);
		if (problem.field === 'module.yaml')
			return !here.some((stray) => stray.rename === 'module.yaml');
		if (problem.field === 'lessons') return !here.some((stray) => stray.rename.endsWith('.mdx'));
		return true;
	});
}
