/** The author vocabulary: which components a lesson or scenario may use, and where. */

/** Components that carry learner data and are replaced by data at build time. */
export const TRACKED_COMPONENTS = ['Quiz', 'TrafficLight', 'Reflection', 'RightsCheck'] as const;

/** Every component an author may write in a lesson, with the attributes each accepts. */
export const LESSON_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
	Quiz: ['id', 'title', 'assessment', 'attempts'],
	TrafficLight: ['id', 'title', 'groups'],
	Reflection: ['id'],
	RightsCheck: ['id', 'title', 'rights'],
	Scenario: ['id'],
	RightCard: ['right'],
	Callout: ['type', 'title'],
	KeyPoint: [],
	LawStatus: ['law'],
	LegalRef: ['source', 'pin', 'listed'],
	Term: ['id'],
	Disclaimer: [],
	CrisisBox: ['headingLevel'],
	EasyReadRow: ['icon'],
};

/** Components that only make sense inside another one, with where they belong. */
export const CHILD_COMPONENTS: Readonly<Record<string, string>> = {
	Question: '`<Quiz>`',
	Option: '`<Question>`',
	Feedback: '`<Question>` or a scenario `<Choice>`',
	Statement: '`<TrafficLight>`',
	Amber: '`<Statement>`',
	Red: '`<Statement>`',
	Action: '`<Statement>`',
	Plain: '`<Statement>`',
	ModelAnswer: '`<RightsCheck>`',
};

export const SCENARIO_ONLY = ['Node', 'Ending', 'Choice', 'Goto', 'When'];

export const AUTHORING = 'See docs/authoring.md';
