/** Hand-made evaluation files: learners' progress files and Moodle Interactions report exports. */
import type { CourseModule } from '../../../../src/lib/evaluation/summary.ts';

const AT = '2027-02-01T10:00:00.000Z';
export const NOW = new Date('2027-03-02T12:00:00.000Z');

/** Two modules of the course as the page knows them. */
export const COURSE: CourseModule[] = [
	{
		id: 'first-look',
		title: 'A first look',
		outcomes: [
			{ id: 'o-duty', text: 'Explain the legal duty.' },
			{ id: 'o-count', text: 'Say how many rights there are.' },
		],
	},
	{
		id: 'sixteen-rights',
		title: 'The 16 rights',
		outcomes: [{ id: 'o-name', text: 'Name all 16 rights.' }],
	},
];

/** A module's progress record with check-ins and feedback. */
export function moduleRecord(moduleId: string, parts: Record<string, unknown>) {
	return { moduleId, moduleVersion: '1.0.0', startedAt: AT, updatedAt: AT, ...parts };
}

/** A progress file as the My progress page exports it. */
export function progressFile(
	modules: Record<string, unknown>,
	{ learnerName = '', exportedAt = AT } = {},
): string {
	return JSON.stringify({
		app: 'rights-in-practice',
		format: 1,
		exportedAt,
		progress: { schema: 1, learnerName, modules },
	});
}

/**
 * Moodle 4.5's Interactions report downloaded in text format, with "Summary of question" and
 * "Summary of responses" ticked: tab-separated, PHP `fputcsv` quoting (cells with a space are
 * quoted), LF line ends. `attempts` gives, per row, the learner, attempt and interactions.
 */
export function moodleExport(
	attempts: Array<{
		name: string;
		email: string;
		attempt: number | '-';
		interactions: Array<[id: string, response: string]>;
	}>,
): string {
	const count = Math.max(...attempts.map((row) => row.interactions.length));
	const quote = (cell: string) => (/[\s"]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
	const header = ['Name', 'Email address', 'Attempt', 'Started on', 'Last accessed on', 'Score'];
	header.push('Rights in Practice');
	for (let index = 0; index < count; index++) header.push(`Question ${index}`, `Response ${index}`);
	const lines = [header];
	for (const row of attempts) {
		const cells = [row.name, row.email, String(row.attempt)];
		cells.push(
			...(row.attempt === '-'
				? ['-', '-', '-', 'Not attempted']
				: ['Monday, 1 February 2027, 10:00 AM', 'Monday, 1 February 2027, 11:00 AM', '80', '80']),
		);
		for (let index = 0; index < count; index++) {
			const [id, response] = row.interactions[index] ?? ['', ''];
			cells.push(id, response);
		}
		lines.push(cells);
	}
	return `${lines.map((cells) => cells.map(quote).join('\t')).join('\n')}\n`;
}
