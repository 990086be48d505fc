// @ts-check
import js from '@eslint/js';
import eslintConfigPrettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'dist-scorm/',
			'.astro/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'tests/fixtures/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
	},
	...astro.configs.recommended,
	{
		files: ['**/*.astro'],
		// Type-aware rules cannot see through Astro's generated frontmatter types reliably.
		...tseslint.configs.disableTypeChecked,
	},
	{
		files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		files: ['tests/e2e/**/*.ts'],
		ignores: ['tests/e2e/support.ts'],
		rules: {
			// Every browser test fails on a Content-Security-Policy violation through this fixture.
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: '@playwright/test',
							importNames: ['test'],
							message: "Import `test` from './support.ts', which fails a test on a CSP violation.",
						},
					],
				},
			],
		},
	},
	eslintConfigPrettier,
);
