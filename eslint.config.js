// ESLint (flat config): the recommended JavaScript and typescript-eslint rules, without type information —
// `npm run typecheck` already runs the compiler, and type-aware linting would double its cost on a 2-CPU
// machine. The import boundaries are dependency-cruiser's job (.dependency-cruiser.cjs), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.data/', 'node_modules/', 'neo4j/lib/', 'neo4j/target/', 'tests/artifacts/', 'web/public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names say "unused on purpose" (an ignored tuple slot, a required callback parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Off: the drawing code joins statements with commas (`ctx.moveTo(x, y), ctx.lineTo(…)`) and uses
      // `ok && go()`, on purpose; the rule cannot tell those from a forgotten call.
      '@typescript-eslint/no-unused-expressions': 'off',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Tests poke at parsed JSON and the page's test hooks; the typed test interface (issue 16 §2) removes
    // most of these, after which this can go.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Plain-JavaScript worker modules run by Node without a TypeScript loader (server/embed/png-worker.mjs).
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
);
