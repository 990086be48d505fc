/**
 * Every figure of the evaluation page in one CSV for a spreadsheet, one figure per row:
 * Section, Module ID, Module, Item ID, Item, Measure, Value. A pivot table can rebuild any chart
 * from it. Text is made safe against formula injection and quoted as RFC 4180 says (`csvField`);
 * numbers are written plainly, with a full stop for the decimal point, so a spreadsheet reads a
 * change of -0.5 as a number.
 */
import type { EverydayStatementId, FeedbackRating } from '../../schemas/evaluation-ids.ts';
import { csvField } from '../course/traffic-light.ts';
import type { BeforeAfter, Distribution } from './stats.ts';
import { RATING_SCALE, RIGHTS_SCALE, type Scale } from './stats.ts';
import type { EvaluationSummary } from './summary.ts';

/** The words the page shows for items the course does not name itself. */
export interface CsvLabels {
	statements: Record<EverydayStatementId, string>;
	feedback: Record<FeedbackRating, string>;
	change: string;
	rightsGuess: string;
	rightsNamed: string;
}

const HEADER = ['Section', 'Module ID', 'Module', 'Item ID', 'Item', 'Measure', 'Value'];

type Cell = string | number | undefined;
type Row = [section: string, moduleId: string, module: string, itemId: string, item: string];

function cell(value: Cell): string {
	if (value === undefined) return '';
	return typeof value === 'number' ? String(value) : csvField(value);
}

function beforeAfterRows(row: Row, figures: BeforeAfter, scale: Scale): Cell[][] {
	return [
		...scale.bins.map((bin, index) => [...row, `Before: ${bin}`, figures.before.counts[index]]),
		...scale.bins.map((bin, index) => [...row, `After: ${bin}`, figures.after.counts[index]]),
		[...row, 'Learners who answered before', figures.before.learners],
		[...row, 'Learners who answered after', figures.after.learners],
		[...row, 'Learners who answered both', figures.both],
		[...row, 'Median before', figures.before.median],
		[...row, 'Median after', figures.after.median],
		[
			...row,
			'Median change (after minus before, learners who answered both)',
			figures.medianChange,
		],
	];
}

function distributionRows(row: Row, figures: Distribution): Cell[][] {
	return [
		...RATING_SCALE.bins.map((bin, index) => [...row, `Rated ${bin}`, figures.counts[index]]),
		[...row, 'Learners who answered', figures.learners],
		[...row, 'Median', figures.median],
	];
}

export function summaryCsv(summary: EvaluationSummary, labels: CsvLabels): string {
	const baseline = summary.baseline;
	const course = (itemId: string, item: string): Row => ['Course baseline', '', '', itemId, item];
	const rows: Cell[][] = [
		['All files', '', '', '', '', 'Learners with any answer', summary.learners],
		[...course('', ''), 'Learners with any answer', baseline.learners],
		...beforeAfterRows(
			course('rights-guess', labels.rightsGuess),
			baseline.rightsGuess,
			RIGHTS_SCALE,
		),
		...beforeAfterRows(
			course('rights-named', labels.rightsNamed),
			baseline.rightsNamed,
			RIGHTS_SCALE,
		),
		...baseline.statements.flatMap(({ id, figures }) =>
			beforeAfterRows(course(id, labels.statements[id]), figures, RATING_SCALE),
		),
	];
	for (const module of summary.modules) {
		const row = (section: string, itemId: string, item: string): Row => [
			section,
			module.id,
			module.title,
			itemId,
			item,
		];
		rows.push([...row('Module', '', ''), 'Learners with any answer', module.learners]);
		for (const outcome of module.outcomes)
			rows.push(
				...beforeAfterRows(
					row(
						'Confidence',
						outcome.id,
						outcome.current ? outcome.text : `${outcome.id} (no longer in the module)`,
					),
					outcome.figures,
					RATING_SCALE,
				),
			);
		for (const [rating, figures] of Object.entries(module.feedback) as Array<
			[FeedbackRating, Distribution]
		>)
			rows.push(...distributionRows(row('Feedback', rating, labels.feedback[rating]), figures));
		module.comments.forEach((comment, index) =>
			rows.push([...row('Feedback', 'change', labels.change), `Answer ${index + 1}`, comment]),
		);
	}
	const body = [HEADER, ...rows].map((fields) => fields.map(cell).join(',')).join('\r\n');
	// The byte order mark makes Excel on Windows read the file as UTF-8 (as `planCsv` does).
	return `\uFEFF${body}\r\n`;
}

/** `rights-in-practice-evaluation-2027-03-02.csv` */
export function summaryCsvFileName(now: Date): string {
	return `rights-in-practice-evaluation-${now.toISOString().slice(0, 10)}.csv`;
}
