// Lint: typescript-eslint's recommended rules plus GapLens's boundaries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const htmlSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Never assign HTML: page text is data. Build nodes or use Preact.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML parses HTML: build nodes instead.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'document.write parses HTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML parses HTML: render text.' },
];
const noNetwork = [
  { selector: "CallExpression[callee.name='fetch']", message: 'GapLens makes no network request of its own.' },
  { selector: "NewExpression[callee.name=/^(XMLHttpRequest|WebSocket|EventSource)$/]", message: 'GapLens makes no network request of its own.' },
  { selector: "CallExpression[callee.property.name='sendBeacon']", message: 'GapLens makes no network request of its own.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'bench/tmp/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...htmlSinks],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**'],
    rules: { 'no-restricted-syntax': ['error', ...htmlSinks, ...noNetwork] },
  },
  {
    // src/core is pure: it runs in Node (CLI, tests) and in the worker alike.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/sites/**', '**/content/**', '**/background/**', '**/popup/**', '**/options/**', '**/cli/**'], message: 'src/core imports nothing from the browser contexts.' },
          { group: ['webextension-polyfill', 'node:*', 'preact', 'preact/*'], message: 'src/core uses no browser, Node or UI API.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'navigator', 'localStorage', 'location', 'process'],
      'no-restricted-syntax': ['error', ...htmlSinks, ...noNetwork],
    },
  },
  {
    // Sites read pages; they never talk to the extension or to storage.
    files: ['src/sites/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['webextension-polyfill', '**/background/**', '**/popup/**', '**/options/**'], message: 'Adapters only read the page.' }] }],
    },
  },
  // The surfaces (badge and panel, popup, options) share their pieces through src/ui; none
  // imports another (issue 15 item 4, DESIGN.md practice 12). The popup injects the content
  // folder's generic reader as a script, by URL: that is the one exception.
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/content/**', '**/popup/**', '**/options/**', '**/background/**', '**/cli/**'], message: 'src/ui is shared by every surface: it imports none of them.' }] }] },
  },
  {
    files: ['src/options/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/content/**', '**/popup/**'], message: 'Shared UI lives in src/ui: options imports neither the badge nor the popup.' }] }] },
  },
  {
    files: ['src/popup/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/content/**', '!**/content/generic', '!**/content/generic?worker&url', '**/options/**'], message: 'Shared UI lives in src/ui: the popup imports neither the badge nor the options page.' }] }] },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { group: ['**/popup/**', '**/options/**'], message: 'Shared UI lives in src/ui: the badge imports neither the popup nor the options page.' },
      // Every board tab parses the content script: plain DOM there (its 25 KiB budget).
      { group: ['preact', 'preact/*', '**/ui/*.tsx', '**/ui/components', '**/ui/plan'], message: 'The badge is plain DOM (src/ui/dom.ts): no Preact in the content script.' },
    ] }] },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
