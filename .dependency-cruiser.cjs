/**
 * The import directions the code keeps (issue 9), checked by `npm run lint`:
 * - no import circles;
 * - progress never knows an LMS exists: nothing in `src/lib/progress` imports `src/lib/scorm`
 *   (the page's entry script in `src/entry/` chooses the storage);
 * - the course model is a leaf below the checks and progress: `src/lib/course` imports neither
 *   `src/lib/check` nor `src/lib/progress`;
 * - `src/lib` and `src/schemas` never import islands, pages, components or entry scripts;
 * - `src/schemas` imports only other schemas and zod.
 */
module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'An import circle makes a change in one file ripple through the others.',
			from: {},
			to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
		},
		{
			name: 'no-circular-types',
			severity: 'error',
			comment: 'Type-only circles too: they are a sign that a type lives in the wrong file.',
			from: {},
			to: { circular: true },
		},
		{
			name: 'progress-knows-no-lms',
			severity: 'error',
			from: { path: '^src/lib/progress/' },
			to: { path: '^src/lib/scorm/' },
		},
		{
			name: 'course-is-below-check-and-progress',
			severity: 'error',
			from: { path: '^src/lib/course/' },
			to: { path: '^src/lib/(check|progress)/' },
		},
		{
			name: 'lib-does-not-reach-up',
			severity: 'error',
			from: { path: '^src/(lib|schemas)/' },
			to: { path: '^src/(islands|pages|components|layouts|entry)/' },
		},
		{
			name: 'schemas-are-leaves',
			severity: 'error',
			from: { path: '^src/schemas/' },
			to: { path: '^src/', pathNot: '^src/schemas/' },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		exclude: { path: '^(dist|node_modules|\\.astro)/' },
	},
};
