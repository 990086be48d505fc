/**
 * Prints only `target`: the `app-printing-region` class on `<html>` hides everything else in
 * print (see `islands.css`) until the print dialog closes.
 */
export function printOnly(target: HTMLElement | null): void {
	const root = document.documentElement;
	target?.classList.add('app-print-region');
	root.classList.add('app-printing-region');
	const done = () => {
		target?.classList.remove('app-print-region');
		root.classList.remove('app-printing-region');
		window.removeEventListener('afterprint', done);
	};
	window.addEventListener('afterprint', done);
	window.print();
}
