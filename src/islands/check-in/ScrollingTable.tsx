import type { ComponentChildren } from 'preact';

interface Props {
	caption: string;
	/** Classes beside `nhsuk-table`. */
	class?: string;
	/** The table's head and body. */
	children: ComponentChildren;
}

/**
 * An NHS.UK table with its caption, in a region that scrolls sideways on a narrow screen: a data
 * table may scroll at 320 px (WCAG 1.4.10 exempts two-dimensional layouts), and the region is
 * focusable so keyboard users can scroll it.
 */
export function ScrollingTable({ caption, class: extra, children }: Props) {
	return (
		<div class="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
			<table class={extra ? `nhsuk-table ${extra}` : 'nhsuk-table'}>
				<caption class="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
				{children}
			</table>
		</div>
	);
}
