// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layers of ARCHITECTURE.md, held by the linter rather than by goodwill: dependencies point down.
// Each zone says: files in `target` may not import from `from`.
const layerZones = [
  { target: './src/engine', from: ['./src/protocol', './src/app', './src/components', './src/stores', './src/features', './src/widgets', './src/envelope', './src/cli', './src/services', './src/flows', './src/content', './src/snapshot'], message: 'engine/ is the bottom layer: it imports nothing above it.' },
  { target: './src/protocol', from: ['./src/app', './src/components', './src/stores', './src/features', './src/widgets', './src/envelope', './src/cli', './src/services', './src/flows', './src/content', './src/snapshot'], message: 'protocol/ sits on engine/ only.' },
  { target: './src/components', from: ['./src/features', './src/app', './src/widgets'], message: 'components/ are presentational: they import no feature.' },
  { target: './src/stores', from: ['./src/features', './src/app', './src/widgets', './src/components'], message: 'stores/ hold state, not views.' },
  // The clients of KMS (envelope, cli, services, flows, content) are plain TypeScript below the views,
  // and reach the engine and the protocol only through their public faces.
  ...['envelope', 'cli', 'services', 'flows', 'content', 'snapshot'].flatMap((client) => [
    { target: `./src/${client}`, from: ['./src/app', './src/components', './src/stores', './src/features', './src/widgets'], message: `${client}/ is a client of KMS: no views or stores.` },
    { target: `./src/${client}`, from: './src/engine', except: ['./index.ts'], message: `${client}/ uses the engine through src/engine/index.ts only.` },
    { target: `./src/${client}`, from: './src/protocol', except: ['./index.ts'], message: `${client}/ uses the protocol through src/protocol/index.ts only.` },
  ]),
];

// Engine and protocol must run in plain Node and inside a Worker: no UI libraries, no DOM globals.
// Engine and protocol must run in plain Node and inside a Worker: relative imports only (plus `idb`,
// the IndexedDB wrapper behind the browser storage adapter), no UI libraries, no DOM globals.
const PURE_LAYER_PACKAGES = ['idb'];
const pureLayerRestrictions = {
  'no-restricted-imports': ['error', {
    patterns: [{
      regex: `^(?!\\.|(${PURE_LAYER_PACKAGES.join('|')})$)`,
      message: 'engine/ and protocol/ import only relative files (and idb): no React, zustand, @xyflow, node: or bundler-only modules.',
    }],
  }],
  'no-restricted-globals': ['error',
    ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'alert', 'HTMLElement', 'Worker', 'indexedDB'].map((name) => ({
      name,
      message: 'engine/ and protocol/ must not touch DOM globals: take what you need through a port (ports.ts).',
    })),
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'playwright-report/**', 'test-results/**', 'bench/results.json', 'bench/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'no-restricted-syntax': ['error', {
        selector: 'ExportAllDeclaration',
        message: 'No `export *`: name what a layer exports.',
      }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    ignores: ['src/engine/**', 'src/protocol/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/{envelope,cli,services,flows,content,snapshot}/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@xyflow/*'], message: 'Clients of KMS are plain TypeScript: views live in features/.' }],
      }],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/protocol/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: pureLayerRestrictions,
  },
  {
    files: ['**/*.mjs', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  // The cross-origin host page's scripts are served to a browser as they are, untyped: lint them as
  // plain JavaScript.
  { files: ['e2e/host/**/*.js'], ...tseslint.configs.disableTypeChecked },
);
