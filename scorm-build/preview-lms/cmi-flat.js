// @ts-check
/**
 * Data model values as the preview LMS and its profiles pass them around: `Flat` records of
 * element name → value (`{ 'cmi.interactions.0.id': 'q-1' }`), the shape in which Moodle stores
 * them. `flatten` and `unflatten` convert to and from scorm-again's JSON rendering of the CMI
 * object. Plain ES module without I/O, for the browser and the unit tests.
 */

/** @typedef {'1.2' | '2004'} ApiVersion */
/** @typedef {Record<string, string>} Flat */

/**
 * Flattens scorm-again's JSON rendering of the CMI object (`renderCMIToJSONObject().cmi`) into
 * element names: `{ core: { lesson_status: 'passed' } }` → `{ 'cmi.core.lesson_status': 'passed' }`.
 * Empty collections leave nothing.
 * @param {unknown} cmi
 * @returns {Flat}
 */
export function flatten(cmi) {
	/** @type {Flat} */
	const out = {};
	/** @param {unknown} node @param {string} path */
	const walk = (node, path) => {
		if (node === null || node === undefined) return;
		if (typeof node === 'object') {
			for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
			return;
		}
		out[path] = String(node);
	};
	walk(cmi, 'cmi');
	return out;
}

/**
 * The inverse of `flatten`: a JSON object that scorm-again's `loadFromJSON` accepts (collections
 * as objects keyed "0", "1"…).
 * @param {Flat} flat
 * @returns {Record<string, any>}
 */
export function unflatten(flat) {
	/** @type {Record<string, any>} */
	const root = {};
	for (const [element, value] of Object.entries(flat)) {
		const parts = element.split('.').slice(1);
		const last = parts.pop();
		if (last === undefined) continue;
		let node = root;
		for (const part of parts) {
			if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
			node = node[part];
		}
		node[last] = value;
	}
	return root;
}

/**
 * The interaction number and kind of a response or correct-response pattern element, or null for
 * any other element.
 * @param {string} element
 * @returns {{ n: string; kind: 'response' | 'pattern' } | null}
 */
export function responseElement(element) {
	const m =
		/^cmi\.interactions\.(\d+)\.(learner_response|student_response|correct_responses\.\d+\.pattern)$/.exec(
			element,
		);
	if (!m || m[1] === undefined || m[2] === undefined) return null;
	return { n: m[1], kind: m[2].startsWith('correct_responses') ? 'pattern' : 'response' };
}
