// Lint keeps the layers pointing one way (see README "Architecture"); prettier formats.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const DISCORD_JS = {
  name: 'discord.js',
  message: 'discord.js runs only in src/discord/: commands return plain data and the adapter sends it.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // A timer handle declared before the closure that clears it is assigned once, later.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      'no-restricted-imports': ['error', { paths: [DISCORD_JS], patterns: [{ group: ['discord.js/*'], message: DISCORD_JS.message }] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The adapter is where discord.js lives; the Discord double's own tests drive a real client.
    files: ['src/discord/**/*.ts', 'tests/discord-double/**/*.ts', 'tests/e2e/double.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Nothing in src/ depends on a command: shared pieces live in src/ and commands import them.
    files: ['src/**/*.ts'],
    ignores: ['src/discord/**', 'src/app.ts', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [DISCORD_JS], patterns: [{ group: ['discord.js/*'], message: DISCORD_JS.message }, { group: ['**/commands/*', '**/commands/**'], message: 'src/ must not import commands/; move the shared piece into src/.' }] },
      ],
    },
  },
);
