interface ImportMetaEnv {
	/** `scorm` when building the variant that SCORM packages are made from. */
	readonly RIP_TARGET?: string;
}

declare namespace App {
	interface Locals {
		/** Module of the lesson being rendered; author components read it to tag progress events. */
		moduleId?: string;
		/** Lesson being rendered; `<LawStatus>` reads it to show a law note in full only once per module. */
		lessonId?: string;
		/** Law items whose notes are already on this page, so a second reference links to the first. */
		lawNotesShown?: Set<string>;
		/** `<Term>` elements rendered so far on this page, for unique popover ids. */
		termCount?: number;
		/** `<CrisisBox>` elements rendered so far on this page, for unique heading ids. */
		crisisBoxCount?: number;
		/** The lesson shows its own content warning, so a scenario on it does not repeat one. */
		lessonContentWarning?: boolean;
		/** Note numbers of this page's `<LegalRef listed>` citations, by source and pin. */
		sourceNotes?: ReadonlyMap<string, number>;
	}
}
