// `npm run lint`. ESLint checks correctness and the architecture; layout is Prettier's (checked on the files the
// lint script lists), so no style rule here fights the existing formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const FRAMEWORKS = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'bullmq',
  'ioredis',
  'express',
  'node:fs',
  'node:fs/*',
  'fs',
  'node:child_process',
  'node:net',
  'node:http',
];

// Each lib may import only the libs below it: scoring ← domain ← (event-store) ← reports ← read-models; documents
// reads domain and scoring, and intake (the reader of files, so what it renders reads back); observability (logs and metrics, no Jixiao imports) sits under the I/O libs. Specs may also use @jixiao/testing. No lib imports an app.
const LAYERS = {
  scoring: [],
  domain: ['scoring'],
  observability: [],
  'event-store': ['observability'],
  reports: ['domain', 'event-store', 'scoring', 'observability'],
  'read-models': ['domain', 'event-store', 'scoring', 'reports', 'observability'],
  intake: ['scoring'],
  documents: ['domain', 'scoring', 'intake'],
  testing: ['domain', 'event-store'],
};
const PURE = new Set(['scoring', 'domain']);

function layerRules(lib, allowed) {
  const patterns = [
    {
      group: ['@jixiao/*', ...allowed.map((name) => `!@jixiao/${name}`)],
      message: `libs/${lib} may import only ${allowed.join(', ') || 'no other lib'} (issue #11: no lib imports one above it)`,
    },
    { group: ['**/apps/**'], message: 'a lib never imports an app' },
  ];
  if (PURE.has(lib))
    patterns.push({
      group: FRAMEWORKS,
      message: `libs/${lib} is plain TypeScript: no framework, database, queue or file system (STYLE §1.2)`,
    });
  return { 'no-restricted-imports': ['error', { patterns }] };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'apps/web/dist/**',
      'apps/web/node_modules/**',
      'apps/web/src/api/generated.ts',
      'coverage/**',
      '.ci/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Import documents are JSON cells of many shapes; `any` stays where a row is read field by field.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrors: 'none',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  ...Object.entries(LAYERS).flatMap(([lib, allowed]) => [
    { files: [`libs/${lib}/src/**/*.ts`], ignores: ['**/*.spec.ts', '**/*.int-spec.ts'], rules: layerRules(lib, allowed) },
    {
      files: [`libs/${lib}/src/**/*.spec.ts`, `libs/${lib}/src/**/*.int-spec.ts`],
      rules: layerRules(lib, [...new Set([...allowed, 'testing', lib])]),
    },
  ]),
  // The web app: the two rules of hooks React documents (hooks called unconditionally, effects naming what they read).
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
