/** A right the learner can select, as the Astro page passes it from `content/rights/`. */
export interface Right {
	id: string;
	/** Short label, for example "Article 8". */
	label: string;
	name: string;
	category: string;
}

/** The learner's answers while the island edits them; the stored form of `lib` `Answers`. */
export type Answers = Record<string, string | string[]>;
