import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const server = 'apps/server/src';
const webSource = path.join(import.meta.dirname, 'apps/web/src');
const webFeatures = path.join(webSource, 'features');

/** Files that may build SQL: the db layer, query files and the sync's record writer. */
const sqlAllowed = [
  `${server}/db/**`,
  '**/*.queries.ts',
  `${server}/integrations/record-writer.ts`,
  // Tests, test support and the CLI seed talk to the database directly on purpose.
  '**/*.test.ts',
  `${server}/test/**`,
  `${server}/cli/**`,
];

// Options of one no-restricted-imports block replace another's on the same file (they are not
// merged), so each block below repeats the patterns of the blocks it narrows.
const noSql = [
  { regex: '^drizzle-orm($|/)', message: 'SQL lives in *.queries.ts or db/: call a query function instead.' },
  { regex: '(^|/)db/schema(\\.[jt]s)?$', message: 'Tables live behind *.queries.ts: import row types from db/row-types.ts.' },
];
const noHttpFramework = [
  { regex: '^(fastify|fastify-[^/]+)($|/)', message: 'Services and engines take plain data, never the HTTP framework.' },
  { regex: '^@fastify/', message: 'Services and engines take plain data, never the HTTP framework.' },
  { regex: '^(\\.\\./)+http($|/)', message: 'Services and engines take plain data, never the HTTP layer.' },
];
const noEngineDependencies = [
  {
    regex: '^(\\.\\./)+(db|http|features|integrations|jobs)($|/)',
    message: 'Engines are pure: plain data in, plain data out; the caller loads and stores.',
  },
];

/** The web feature folder a file lies in (`health` for features/health/api/x.ts), or null. */
function webFeatureOf(file) {
  const relative = path.relative(webFeatures, file);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return relative.split(path.sep)[0] ?? null;
}

/**
 * A web feature imports shared code (components/, lib/, config/) and its own files, never another
 * feature's: what two features share moves down to the shared folders. Resolves `@/` and relative
 * specifiers, so the depth of the importing file does not matter.
 */
const noCrossFeatureImports = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      crossFeature:
        'features/{{own}} may not import from features/{{other}}: move what both need to components/, lib/ or config/, or compose them in app/.',
    },
  },
  create(context) {
    const own = webFeatureOf(context.filename);
    if (!own) return {};
    function check(node) {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string') return;
      const target = specifier.startsWith('@/')
        ? path.join(webSource, specifier.slice(2))
        : specifier.startsWith('.')
          ? path.resolve(path.dirname(context.filename), specifier)
          : null;
      const other = target ? webFeatureOf(target) : null;
      if (other && other !== own) context.report({ node: node.source, messageId: 'crossFeature', data: { own, other } });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'apps/server/drizzle/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'off',
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },

  // Server layers (docs/architecture.md): SQL only in the query layer.
  {
    files: [`${server}/**/*.ts`],
    ignores: sqlAllowed,
    rules: { 'no-restricted-imports': ['error', { patterns: noSql }] },
  },
  // Services hold the rules and take plain data: no HTTP framework.
  {
    files: [`${server}/**/*.service.ts`],
    ignores: sqlAllowed,
    rules: { 'no-restricted-imports': ['error', { patterns: [...noSql, ...noHttpFramework] }] },
  },
  // Engines are pure: no database, HTTP, features, integrations or jobs.
  {
    files: [`${server}/engines/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...noSql, ...noHttpFramework, ...noEngineDependencies] }],
    },
  },
  // Features take the clock from the caller (AppContext.now, SyncDeps.now): tests can pin it.
  {
    files: [`${server}/features/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take `now` from the caller (AppContext.now or SyncDeps.now) instead of reading the clock.',
        },
      ],
    },
  },
  // Web features stay independent of each other.
  {
    files: ['apps/web/src/features/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'no-cross-feature-imports': noCrossFeatureImports } } },
    rules: { 'local/no-cross-feature-imports': 'error' },
  },
);
