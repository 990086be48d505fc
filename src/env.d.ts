interface ImportMetaEnv {
	/** `scorm` when building the variant that SCORM packages are made from. */
	readonly RIP_TARGET?: string;
}

declare namespace App {
	interface Locals {
		/** Module of the lesson being rendered; author components read it to tag progress events. */
		moduleId?: string;
		/** `<Term>` elements rendered so far on this page, for unique popover ids. */
		termCount?: number;
		/** `<CrisisBox>` elements rendered so far on this page, for unique heading ids. */
		crisisBoxCount?: number;
	}
}
