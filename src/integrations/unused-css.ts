import { fileURLToPath } from 'node:url';
import purgeCss from '@fullhuman/postcss-purgecss';
import type { AstroIntegration } from 'astro';
import { legacyBrowserCss } from './legacy-css.ts';

/**
 * Class names no source file spells out whole, because code builds them from a value at run time.
 * PurgeCSS only keeps what it finds written in the source, so these are kept by pattern.
 */
export const builtClassNames: (string | RegExp)[] = [
	// src/components/mdx/Callout.astro: `app-callout--${type}`
	/^app-callout--/,
	// src/islands/rights-check/NoticePanel.tsx: `app-notice--${notice.tone}`
	/^app-notice--/,
	// src/islands/TrafficLightIsland.tsx, traffic-light/StatementRating.tsx,
	// review-session/StatementPlan.tsx: `app-swatch--${rating}`
	/^app-swatch--/,
	// src/islands/ModuleStatusIsland.tsx: `app-module-status--${variant}`
	/^app-module-status--/,
	// src/islands/traffic-light/RatingChart.tsx: `app-chart__bar--${bar.key}`
	/^app-chart__bar--/,
	// src/islands/review-session/RatingsByGroup.tsx: `app-review-session__bar-part--${key}`
	/^app-review-session__bar-part--/,
	// src/islands/ProgressToolsIsland.tsx: `app-progress-tools__message--${message.kind}`
	/^app-progress-tools__message--/,
	// src/components/authors/ScenarioMapDiagram.astro: `app-map__text--${line.kind}`,
	// `app-map__arrow--${arrow.via}`, `app-map__box--${box.outcome}`
	/^app-map__(text|arrow|box)--/,
	// src/components/authors/ScenarioSteps.astro: `nhsuk-tag--${colour}`, colour 'blue' or 'red'
	'nhsuk-tag--blue',
	'nhsuk-tag--red',
	// src/islands/rights-check/Field.tsx: `nhsuk-${kind}`, `nhsuk-${kind}__input`…, kind 'radios' or
	// 'checkboxes'
	/^nhsuk-(radios|checkboxes)(__(item|input|label|hint))?$/,
];

/**
 * Drops the CSS rules no page can use: NHS.UK frontend ships every variant of every component
 * (about 250 KB), and a page would otherwise load all of it before showing anything; rules only
 * Internet Explorer and EdgeHTML read go too (`legacy-css.ts`). Runs on
 * `astro build` only: the dev server keeps every rule, so a class added while editing works at once.
 *
 * A class survives when its name appears in a source file (pages, components, islands, scripts,
 * course content) or matches `builtClassNames`.
 */
export function unusedCss(): AstroIntegration {
	return {
		name: 'rip:unused-css',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				const root = fileURLToPath(config.root);
				updateConfig({
					vite: {
						css: {
							postcss: {
								plugins: [
									purgeCss({
										content: [
											`${root}src/**/*.{astro,ts,tsx,mdx}`,
											`${root}modules/**/*.mdx`,
											`${root}content/**/*.{mdx,yaml}`,
										],
										safelist: { standard: builtClassNames, variables: [/^--app-/] },
										// NHS.UK frontend's own rules use no custom property; ours are `--app-*`,
										// defined in one file and used in others, so they are all kept.
										variables: true,
										keyframes: true,
										fontFace: true,
									}),
									legacyBrowserCss(),
								],
							},
						},
					},
				});
			},
		},
	};
}
