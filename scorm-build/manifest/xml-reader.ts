/**
 * A small namespace-aware XML reader, enough for manifests (xmllint has already checked that the
 * document is well-formed when the validator's SCORM rules run). Also used by the preview LMS.
 */

export interface XmlAttribute {
	name: string;
	prefix: string;
	local: string;
	ns: string;
	value: string;
}

export interface XmlElement {
	name: string;
	prefix: string;
	local: string;
	ns: string;
	attributes: XmlAttribute[];
	children: XmlElement[];
	/** Concatenated text directly inside this element (not its children's), entities decoded. */
	text: string;
	line: number;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
		if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
		if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
		return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[ref] ?? '';
	});
}

function splitName(name: string): [string, string] {
	const colon = name.indexOf(':');
	return colon === -1 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

/** Parses a well-formed XML document into a tree. Throws on what it cannot read. */
export function parseXml(xml: string): XmlElement {
	const tag =
		/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>|<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
	const attr = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
	const stack: Array<{ element: XmlElement; scope: Map<string, string> }> = [];
	let root: XmlElement | undefined;
	let last = 0;
	let line = 1;
	const appendText = (raw: string, decode: boolean) => {
		const top = stack.at(-1);
		if (top) top.element.text += decode ? decodeEntities(raw) : raw;
		else if (raw.trim() !== '') throw new Error(`Text outside the root element on line ${line}`);
	};
	for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
		appendText(xml.slice(last, match.index), true);
		line += (xml.slice(last, match.index).match(/\n/g) ?? []).length;
		const lineOfTag = line;
		line += (match[0].match(/\n/g) ?? []).length;
		last = tag.lastIndex;
		if (match[1] !== undefined) {
			appendText(match[1], false);
			continue;
		}
		const name = match[4];
		if (name === undefined) continue; // comment, processing instruction, doctype
		if (match[3] === '/') {
			const top = stack.pop();
			if (!top || top.element.name !== name)
				throw new Error(`Unexpected </${name}> on line ${lineOfTag}`);
			continue;
		}
		const parentScope = stack.at(-1)?.scope ?? new Map([['xml', XML_NS]]);
		const scope = new Map(parentScope);
		const rawAttributes: Array<[string, string]> = [];
		for (const a of (match[5] ?? '').matchAll(attr)) {
			const attrName = a[1] ?? '';
			const value = decodeEntities(a[2] ?? a[3] ?? '');
			if (attrName === 'xmlns') scope.set('', value);
			else if (attrName.startsWith('xmlns:')) scope.set(attrName.slice(6), value);
			else rawAttributes.push([attrName, value]);
		}
		const [prefix, local] = splitName(name);
		const ns = scope.get(prefix);
		if (ns === undefined && prefix !== '')
			throw new Error(`Undeclared prefix "${prefix}" on line ${lineOfTag}`);
		const element: XmlElement = {
			name,
			prefix,
			local,
			ns: ns ?? '',
			attributes: rawAttributes.map(([attrName, value]) => {
				const [attrPrefix, attrLocal] = splitName(attrName);
				const attrNs = attrPrefix === '' ? '' : scope.get(attrPrefix);
				if (attrNs === undefined) {
					throw new Error(`Undeclared prefix "${attrPrefix}" on line ${lineOfTag}`);
				}
				return { name: attrName, prefix: attrPrefix, local: attrLocal, ns: attrNs, value };
			}),
			children: [],
			text: '',
			line: lineOfTag,
		};
		const parent = stack.at(-1);
		if (parent) parent.element.children.push(element);
		else if (root) throw new Error(`Second root element on line ${lineOfTag}`);
		else root = element;
		if (match[6] !== '/') stack.push({ element, scope });
	}
	appendText(xml.slice(last), true);
	if (stack.length > 0) throw new Error(`Unclosed <${stack.at(-1)?.element.name}>`);
	if (!root) throw new Error('No root element');
	return root;
}

/** Children of `element` with this namespace and local name. */
export function childElements(element: XmlElement, ns: string, local: string): XmlElement[] {
	return element.children.filter((child) => child.ns === ns && child.local === local);
}

/** All descendants (depth first, document order) with this namespace and local name. */
export function descendants(element: XmlElement, ns: string, local: string): XmlElement[] {
	const found: XmlElement[] = [];
	const walk = (node: XmlElement) => {
		for (const child of node.children) {
			if (child.ns === ns && child.local === local) found.push(child);
			walk(child);
		}
	};
	walk(element);
	return found;
}

/** Value of the attribute with this namespace ('' for none) and local name. */
export function attribute(element: XmlElement, ns: string, local: string): string | undefined {
	return element.attributes.find((a) => a.ns === ns && a.local === local)?.value;
}
