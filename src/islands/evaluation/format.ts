import { t } from '../../i18n/en.ts';

const NUMBER = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 1 });

/** A count or median as a trainer reads it ("3.5"), or "None" when nobody answered. */
export function figure(value: number | undefined): string {
	return value === undefined ? t.evaluationPage.figures.none : NUMBER.format(value);
}

/** A change with its sign: "+1", "−0.5" (a true minus sign), "0". */
export function signedFigure(value: number): string {
	if (value === 0) return NUMBER.format(0);
	return `${value > 0 ? '+' : '\u2212'}${NUMBER.format(Math.abs(value))}`;
}
