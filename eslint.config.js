// Lint keeps the layers pointing one way (README "Architecture"): entry points and the composition
// root → src/discord/ → commands/ → domain (cards, quiz, announce, scheduling, guilds, interactions)
// → services (corpus, search, render, store) → config, time, i18n, logging. Prettier formats.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const DISCORD_JS_MESSAGE = 'discord.js runs only in src/discord/: commands return plain data and the adapter sends it.';

/** no-restricted-imports that always keeps discord.js out, plus the folders this layer must not reach up to. */
function restrict(folders, message) {
  return [
    'error',
    {
      paths: [{ name: 'discord.js', message: DISCORD_JS_MESSAGE }],
      patterns: [{ group: ['discord.js/*'], message: DISCORD_JS_MESSAGE }, ...(folders.length > 0 ? [{ group: folders, message }] : [])],
    },
  ];
}

const ENTRY = ['**/app.ts', '**/main.ts', '**/cli/*'];
const ADAPTER = ['**/discord/*'];
const COMMANDS = ['**/commands/*'];
const DOMAIN = [
  '**/cards/*',
  '**/quiz/*',
  '**/habits/*',
  '**/health/*',
  '**/announce/*',
  '**/scheduling/*',
  '**/guilds/*',
  '**/interactions/*',
  '**/stores.ts',
];

export default tseslint.config(
  // .scratch/ is git-ignored: local probes, never committed.
  { ignores: ['node_modules/', 'data/', 'coverage/', '.scratch/'] },
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
      'no-restricted-imports': restrict([], ''),
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The adapter is where discord.js lives; the Discord double's own tests drive a real client.
    files: ['src/discord/**/*.ts', 'discord-double/**/*.ts', 'tests/e2e/double.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['commands/**/*.ts'],
    ignores: ['commands/index.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...ENTRY, ...ADAPTER, './*'],
        'A command uses src/, never the adapter, the entry points or another command: move a shared piece into src/.',
      ),
    },
  },
  {
    files: ['src/cards/**', 'src/quiz/**', 'src/habits/**', 'src/health/**', 'src/announce/**', 'src/scheduling/**', 'src/guilds/**', 'src/interactions/**'],
    rules: {
      'no-restricted-imports': restrict([...ENTRY, ...ADAPTER, ...COMMANDS], 'The domain does not reach up to commands/, src/discord/ or the entry points.'),
    },
  },
  {
    files: [
      'src/corpus/**',
      'src/search/**',
      'src/render/**',
      'src/store/**',
      'src/messages/**',
      'src/config.ts',
      'src/time.ts',
      'src/i18n.ts',
      'src/logging.ts',
      'src/version.ts',
    ],
    rules: {
      'no-restricted-imports': restrict(
        [...ENTRY, ...ADAPTER, ...COMMANDS, ...DOMAIN],
        'Services and base modules know nothing of the domain, commands or Discord: move the piece down or pass it in.',
      ),
    },
  },
);
