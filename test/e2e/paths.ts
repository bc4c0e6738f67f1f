/**
 * Where the end-to-end tests find their editors. code-server is installed by `test/e2e/install-code-server.sh` into
 * the gitignored scratch folder; Neovim and Chromium come from Debian (`.ci/run` installs all three).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '../..');
export const SCRATCH = process.env.KUBE_NETLENS_SCRATCH ? resolve(process.env.KUBE_NETLENS_SCRATCH) : join(REPO, '.scratch');
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = join(SCRATCH, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server');
export const CODE_SERVER_BIN = join(CODE_SERVER_DIR, 'out', 'node', 'entry.js');
/** The YAML grammars of the VS Code that code-server bundles (1.100.3). */
export const VSCODE_YAML_SYNTAXES = join(CODE_SERVER_DIR, 'lib', 'vscode', 'extensions', 'yaml', 'syntaxes');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export const isCI = process.env.CI === 'true';
export const codeServerInstalled = (): boolean => existsSync(CODE_SERVER_BIN);
