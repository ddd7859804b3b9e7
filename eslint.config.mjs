// Lint: typescript-eslint's type-aware recommended rules over the whole monorepo; layout is prettier's alone.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // What .gitignore leaves out (eslint does not read it), and plain JavaScript.
  {
    ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'test-output/**', '**/*.js', '**/*.mjs', '**/*.cjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Unused names are the compiler's to report (noUnusedLocals, noUnusedParameters); `_` marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The web desk: React's rules of hooks; an event handler may be async (React ignores what it returns).
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // The extraction looks words of the text up in tables: an object literal answers "constructor" or "toString" with
    // Object's own functions, so its tables are made by wordTable (lexicon/word-set.ts), or are a Map or a Set.
    files: ['libs/extraction/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "VariableDeclarator[id.typeAnnotation.typeAnnotation.typeName.name='Record'][init.type='ObjectExpression']",
          message:
            'A table looked up with words of the text is made by wordTable (lexicon/word-set.ts), or is a Map or a Set.',
        },
      ],
    },
  },
  {
    // Tests and scripts read JSON answers (supertest's `body`, a report's lines) whose shape the test asserts: `any`
    // there is the data under test, not a hole in the types.
    files: ['test/**/*.ts', '**/*.spec.ts', '**/*.int-spec.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);
