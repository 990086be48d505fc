const WIDTH = 320;
const HEIGHT = 180;
const TOP = 24;
const BASELINE = 144;
const LABEL_Y = 168;

interface Props {
	/** What each group of bars counts ("1" … "5", or bands of rights). */
	bins: readonly string[];
	before: readonly number[];
	/** Absent for a question asked once (feedback): one bar per group. */
	after?: readonly number[] | undefined;
}

/**
 * Learners by answer as bars drawn in SVG: for each answer, the "before" bar (plain) and the
 * "after" bar (striped), each with its count written above it, so neither colour nor pattern is
 * the only cue. Hidden from assistive technology: the table beside it gives the same figures.
 * The stripes are the page's one pattern (`ChartPattern`).
 */
export function Chart({ bins, before, after }: Props) {
	const series = after ? [before, after] : [before];
	const highest = Math.max(1, ...series.flat());
	const group = WIDTH / bins.length;
	const barWidth = Math.min(after ? 26 : 40, (group - 12) / series.length);
	const bars = series.flatMap((counts, index) =>
		counts.map((count, bin) => {
			const height = (count / highest) * (BASELINE - TOP);
			const x = bin * group + (group - barWidth * series.length) / 2 + index * barWidth;
			return { key: `${index}-${bin}`, index, count, x, height };
		}),
	);
	return (
		<svg
			class="app-evaluation__chart"
			viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
			width="100%"
			preserveAspectRatio="xMinYMin meet"
			aria-hidden="true"
			focusable="false"
		>
			{bars.map(({ key, index, count, x, height }) => (
				<g key={key}>
					<rect
						class={
							index === 0 && after
								? 'app-evaluation__bar app-evaluation__bar--before'
								: after
									? 'app-evaluation__bar app-evaluation__bar--after'
									: 'app-evaluation__bar app-evaluation__bar--once'
						}
						x={x}
						y={BASELINE - height}
						width={barWidth}
						height={height}
					/>
					<text
						class="app-evaluation__value"
						x={x + barWidth / 2}
						y={BASELINE - height - 6}
						text-anchor="middle"
					>
						{count}
					</text>
				</g>
			))}
			<line class="app-evaluation__axis" x1="0" y1={BASELINE} x2={WIDTH} y2={BASELINE} />
			{bins.map((bin, index) => (
				<text
					class="app-evaluation__label"
					key={bin}
					x={index * group + group / 2}
					y={LABEL_Y}
					text-anchor="middle"
				>
					{bin}
				</text>
			))}
		</svg>
	);
}

/** The stripes of the "after" bars, drawn once for every chart on the page. */
export function ChartPattern() {
	return (
		<svg class="app-evaluation__pattern" width="0" height="0" aria-hidden="true" focusable="false">
			<defs>
				<pattern
					id="app-evaluation-stripes"
					width="8"
					height="8"
					patternUnits="userSpaceOnUse"
					patternTransform="rotate(45)"
				>
					<rect class="app-evaluation__stripe-ground" width="8" height="8" />
					<rect class="app-evaluation__stripe" width="4" height="8" />
				</pattern>
			</defs>
		</svg>
	);
}
