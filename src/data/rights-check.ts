import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { Right } from '../islands/rights-check/types.ts';
import { rightsCheckContent, type RightsCheckContent } from '../lib/course/rights-check.ts';
import { loadRights } from './course.ts';

async function readContent(): Promise<RightsCheckContent> {
	const [steps, notices] = await Promise.all([
		getCollection('rightsCheckSteps'),
		getCollection('rightsCheckNotices'),
	]);
	try {
		return rightsCheckContent(
			steps.map((entry) => entry.data),
			notices.map((entry) => entry.data),
		);
	} catch (error) {
		throw new AstroError(
			error instanceof Error ? error.message : String(error),
			'Run `npm run check:course` to see what is missing, and where. See docs/authoring.md › Editing the Rights Check.',
		);
	}
}

let content: Promise<RightsCheckContent> | undefined;

/** The Rights Check's words from `content/rights-check/`, read once per build for every page. */
export function loadRightsCheckContent(): Promise<RightsCheckContent> {
	content ??= readContent();
	return content;
}

/** The 16 rights as the Rights Check lists them for the learner to select. */
export async function loadRightsCheckRights(): Promise<Right[]> {
	return (await loadRights()).map(({ data }) => ({
		id: data.id,
		label: data.article,
		name: data.name,
		category: data.category,
	}));
}
