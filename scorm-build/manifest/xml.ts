/**
 * Writing XML for manifests: escaping, a one-element-per-line writer, and the value formats a
 * manifest's attributes need (xs:ID identifiers, package paths as hrefs, plain decimals).
 */

/** Characters XML 1.0 cannot carry at all (not even as references). */
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;

/** Escapes text for element content or a double-quoted attribute; everything else stays literal. */
export function escapeXml(text: string): string {
	if (INVALID_XML_CHARS.test(text)) {
		throw new Error(`Text contains a character XML cannot carry: ${JSON.stringify(text)}`);
	}
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;');
}

/**
 * A valid xs:ID (NCName, ASCII only): letters, digits, `_`, `-`, `.`, not starting with a digit,
 * `-` or `.`. Other characters become `_`; a bad first character gets a `_` prefix.
 */
export function toXsId(value: string): string {
	const cleaned = value.replace(/[^A-Za-z0-9_.-]/g, '_');
	return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/**
 * Checks a package-relative path: non-empty, forward slashes, no empty, `.` or `..` segment,
 * not absolute, no scheme, no control characters. Returns it unchanged.
 */
export function checkRelativePath(path: string): string {
	if (path === '') throw new Error('Empty path in package');
	if (path.includes('\\')) throw new Error(`Path uses a backslash: ${path}`);
	if (path.startsWith('/')) throw new Error(`Path is absolute: ${path}`);
	if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path)) throw new Error(`Path has a scheme: ${path}`);
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001F\u007F]/.test(path)) throw new Error(`Path has a control character: ${path}`);
	for (const segment of path.split('/')) {
		if (segment === '' || segment === '.' || segment === '..') {
			throw new Error(`Path has an empty, "." or ".." segment: ${path}`);
		}
	}
	return path;
}

/**
 * A package path as a manifest href: each segment percent-encoded where a URI needs it
 * (spaces, `#`, `?`, `%`, `:`, non-ASCII …), `/` kept.
 */
export function encodeHref(path: string): string {
	return checkRelativePath(path)
		.split('/')
		.map((segment) =>
			encodeURI(segment).replace(/[#?:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
		)
		.join('/');
}

/** A finite number as a plain decimal (no exponent), at most `digits` decimals, no float noise. */
export function decimal(value: number, digits: number): string {
	const fixed = value.toFixed(digits);
	return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

export type XmlAttributes = Array<[string, string | undefined]>;

/** A tiny writer: one element per line, text kept on the element's own line. */
export class XmlWriter {
	private readonly lines: string[] = [];
	private depth = 0;

	private indent() {
		return '  '.repeat(this.depth);
	}

	private static attrs(attributes: XmlAttributes) {
		return attributes
			.filter((pair): pair is [string, string] => pair[1] !== undefined)
			.map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
			.join('');
	}

	open(name: string, attributes: XmlAttributes = []) {
		this.lines.push(`${this.indent()}<${name}${XmlWriter.attrs(attributes)}>`);
		this.depth++;
	}

	close(name: string) {
		this.depth--;
		this.lines.push(`${this.indent()}</${name}>`);
	}

	empty(name: string, attributes: XmlAttributes = []) {
		this.lines.push(`${this.indent()}<${name}${XmlWriter.attrs(attributes)}/>`);
	}

	text(name: string, text: string, attributes: XmlAttributes = []) {
		this.lines.push(
			`${this.indent()}<${name}${XmlWriter.attrs(attributes)}>${escapeXml(text)}</${name}>`,
		);
	}

	toString() {
		return `<?xml version="1.0" encoding="UTF-8"?>\n${this.lines.join('\n')}\n`;
	}
}
