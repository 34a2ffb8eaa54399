// Lint: typescript-eslint's recommended rules plus the dependency directions of docs/ARCHITECTURE.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const rule = (group, message) => ({ group, message });

export default tseslint.config(
  // lint-fixtures/ is a miniature tree that breaks the import rules on purpose (see test-support/lint-rules.test.ts).
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'test-support/lint-fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Migrations are frozen in time and see the database untyped, as Kysely recommends.
    files: ['src/server/db/migrations/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/contracts/**'],
    rules: restrict([
      rule(
        ['**/domain/**', '**/server/**', '**/web/**', '**/cli/**', 'kysely', 'fastify*', '@fastify/*', 'react*', 'antd*'],
        'contracts import nothing but zod.',
      ),
    ]),
  },
  {
    files: ['src/domain/**'],
    rules: restrict([
      rule(
        ['**/server/**', '**/web/**', '**/cli/**', 'kysely', 'fastify*', '@fastify/*', 'node:*', 'react*', 'antd*'],
        'domain is pure: contracts and itself only, no I/O.',
      ),
    ]),
  },
  // Flat config: a later block's rule replaces an earlier one's, so the narrower block repeats the wider patterns.
  {
    files: ['src/server/**'],
    rules: restrict([rule(['**/web/**', '**/cli/**', 'react*', 'antd*'], 'the server does not import the web client or the CLI.')]),
  },
  {
    files: ['src/server/features/**/*.service.ts'],
    rules: restrict([
      rule(['**/web/**', '**/cli/**', 'react*', 'antd*'], 'the server does not import the web client or the CLI.'),
      rule(
        ['kysely', 'fastify*', '@fastify/*', '**/http/**', '**/db/**', '**/*.repository.js'],
        'services hold rules: no Kysely, Fastify, http/ or db/; declare a store interface instead.',
      ),
    ]),
  },
  {
    files: ['src/web/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        rule(
          ['**/server/**', '**/cli/**', 'kysely', 'fastify*', '@fastify/*', 'node:*', 'pg', 'better-sqlite3'],
          'the web imports contracts (and pure domain), never the server.',
        ),
      ]),
    },
  },
  {
    files: ['src/cli/**'],
    rules: restrict([rule(['**/web/**', 'react*', 'antd*', '**/*.repository.js', '**/db/migrations/**'], 'the CLI goes through container.ts and services.')]),
  },
);
