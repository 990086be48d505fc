/**
 * The naming activity of the course baseline ("name as many of the 16 rights as you can"): which
 * rights a learner's own words name. Pure; only the ids found are kept, never the typed text.
 *
 * Each line is read on its own, against the rules below in order. A rule that matches records its
 * right and removes the words it matched, so a later, looser rule cannot count the same words
 * again: "right to marry and found a family" is Article 12, not also Article 8 (`family`), and
 * "private and family life" is Article 8, not also Article 2 (`life`). Article numbers alone do
 * not count: the activity is about knowing what the rights are.
 */
import { HRA_RIGHT_IDS, type HraRightId } from '../../schemas/evaluation-ids.ts';

interface Rule {
	right: HraRightId;
	words: RegExp;
}

const RULES: readonly Rule[] = [
	// Before Article 8 (`family`).
	{ right: 'art-12', words: /\bmarr(?:y|ying|iage|ied)\b|\b(?:found|start)(?:ing)? a family\b/g },
	// Before Article 2 (`life`).
	{ right: 'art-8', words: /\bpriva(?:te|cy)\b|\bfamily(?: life)?\b|\bhome\b|\bcorrespondence\b/g },
	{ right: 'art-2', words: /\blife\b|\blives\b/g },
	{ right: 'art-3', words: /\btortur\w*|\binhuman\b|\bdegrad\w*|\bill[- ]?treat\w*/g },
	{ right: 'art-4', words: /\bslave\w*|\bservitude\b|\bforced labou?r\b|\bcompulsory labou?r\b/g },
	{
		right: 'art-5',
		words: /\bliberty\b|\bsecurity\b|\bdetention\b|\bdetained\b|\barbitrary arrest\b/g,
	},
	{ right: 'art-6', words: /\bfair\b|\btrial\b|\bhearing\b|\bdue process\b/g },
	// Before Article 7 (`punishment`).
	{ right: 'p13-1', words: /\bdeath penalty\b|\bcapital punishment\b|\bexecut\w*/g },
	{
		right: 'art-7',
		words: /\bpunish\w*|\bretrospective\w*|\bretroactive\w*|\bwithout law\b/g,
	},
	{ right: 'art-9', words: /\bthought\b|\bconscience\b|\breligio\w*|\bbelief\w*|\bfaith\b/g },
	{ right: 'art-10', words: /\bexpression\b|\bspeech\b|\bopinions?\b/g },
	{ right: 'art-11', words: /\bassembl\w*|\bassociation\b|\bprotest\w*|\btrade unions?\b/g },
	{ right: 'art-14', words: /\bdiscriminat\w*|\bequal(?:ity|ly)?\b/g },
	{ right: 'p1-1', words: /\bproperty\b|\bpossessions?\b|\bbelongings\b/g },
	{ right: 'p1-2', words: /\beducation\b|\bschool\w*|\blearning\b/g },
	{ right: 'p1-3', words: /\belections?\b|\bvot(?:e|es|ing)\b/g },
];

/** The rights `text` names, each once, in Schedule 1 order. */
export function rightsNamedIn(text: string): HraRightId[] {
	const found = new Set<HraRightId>();
	for (const line of text.toLowerCase().split(/\r?\n|[;•]/)) {
		let rest = line.replaceAll('’', "'");
		for (const rule of RULES) {
			const without = rest.replace(rule.words, ' ');
			if (without !== rest) found.add(rule.right);
			rest = without;
		}
	}
	return HRA_RIGHT_IDS.filter((right) => found.has(right));
}
