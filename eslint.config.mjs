import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.scratch/**', '**/.scratch/**', 'out/**', '*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'readonly', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setImmediate: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The core is pure analysis: it must never reach the editor protocol, the file system or the process.
    files: ['server/src/core/**/*.ts'],
    ignores: ['server/src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode', 'vscode-*', 'fs', 'node:fs', 'fs/*', 'node:fs/*', 'child_process', 'node:child_process', 'net', 'node:net', 'http', 'https', 'node:http', 'node:https', 'process', 'node:process'], message: 'server/src/core is pure: no editor protocol, no file system, no process.' },
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'require'],
    },
  },
);
