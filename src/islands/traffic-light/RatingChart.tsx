import {
	describeCounts,
	RATING_LABELS,
	UNRATED_LABEL,
	type RatingCounts,
} from '../../lib/course/traffic-light.ts';
import { t } from '../../i18n/en-islands.ts';

/** One row per count, in the order of the chart and the table beside it. */
export const BARS: ReadonlyArray<{ key: keyof Omit<RatingCounts, 'total'>; label: string }> = [
	{ key: 'red', label: RATING_LABELS.red },
	{ key: 'amber', label: RATING_LABELS.amber },
	{ key: 'green', label: RATING_LABELS.green },
	{ key: 'unrated', label: UNRATED_LABEL },
];

const ROW_HEIGHT = 36;
const LABEL_WIDTH = 96;
const CHART_WIDTH = 320;
const BAR_SPACE = CHART_WIDTH - LABEL_WIDTH - 40;

/** Horizontal bars with the label and count written beside each, so colour is never the only cue. */
export function RatingChart({ counts }: { counts: RatingCounts }) {
	const height = BARS.length * ROW_HEIGHT;
	const scale = counts.total === 0 ? 0 : BAR_SPACE / counts.total;
	return (
		<svg
			class="app-chart"
			role="img"
			aria-label={t.trafficLight.chart(describeCounts(counts))}
			viewBox={`0 0 ${CHART_WIDTH} ${height}`}
			width="100%"
			preserveAspectRatio="xMinYMin meet"
		>
			{BARS.map((bar, index) => {
				const y = index * ROW_HEIGHT;
				const width = counts[bar.key] * scale;
				return (
					<g key={bar.key}>
						<text class="app-chart__label" x="0" y={y + ROW_HEIGHT / 2} dominant-baseline="middle">
							{bar.label}
						</text>
						<rect
							class={`app-chart__bar app-chart__bar--${bar.key}`}
							x={LABEL_WIDTH}
							y={y + 6}
							width={width}
							height={ROW_HEIGHT - 12}
						/>
						<text
							class="app-chart__value"
							x={LABEL_WIDTH + width + 6}
							y={y + ROW_HEIGHT / 2}
							dominant-baseline="middle"
						>
							{counts[bar.key]}
						</text>
					</g>
				);
			})}
		</svg>
	);
}
