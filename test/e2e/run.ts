/**
 * Runs the real-editor end-to-end tests after the unit tests (`scripts/test.mjs`), and prints
 * `editor e2e: N passed, N failed`:
 * - Neovim (Debian `neovim`) as an LSP client of `node dist/server.js --stdio`;
 * - the extension tests in VS Code's extension host, through @vscode/test-electron and the code-server shim;
 * - the packaged .vsix, and its installation in code-server as a user sees it in Chromium.
 * An editor that is not installed is skipped with a message, except under CI=true, where that is a failure.
 * Env: KUBE_NETLENS_SCREENSHOT_DIR: also copy the UI screenshot there (e.g. `images/`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runExtensionTests } from './extensionTests';
import { CHROMIUM, codeServerInstalled, isCI, REPO, SCRATCH } from './paths';
import { runUiTest } from './ui';
import { zipEntries } from './zip';

const WORK = join(SCRATCH, 'e2e');
const HOME = join(WORK, 'home');
let passed = 0;
let failed = 0;
let skipped = 0;

function report(ok: boolean, name: string, detail: string): void {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}`);
}

/** Reports a suite whose editor is missing: skipped locally, failed in CI. */
function missing(name: string, what: string): void {
  const why = `${what} is not installed (.ci/run installs it)`;
  if (isCI) report(false, name, why);
  else {
    skipped++;
    console.log(`SKIP ${name}: ${why}`);
  }
}

const onPath = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const seconds = (t0: number): string => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

function neovim(): void {
  const name = 'Neovim LSP client (seed/02-two-pods.yaml)';
  if (!onPath('nvim')) return missing(name, 'nvim');
  const t0 = Date.now();
  const r = spawnSync('nvim', ['--headless', '-i', 'NONE', '-u', join(__dirname, 'nvim-check.lua'), join(REPO, 'examples/seed/02-two-pods.yaml')], {
    encoding: 'utf8',
    timeout: 90_000,
    env: {
      ...process.env,
      LSP_CMD: `${process.execPath} ${join(REPO, 'dist/server.js')} --stdio`,
      LSP_ROOT: join(REPO, 'examples'),
      LSP_EXPECT: 'metadata-outdented@6:1,missing-document-separator@11:1,metadata-outdented@14:1',
    },
  });
  const ok = r.status === 0 && r.stdout.includes('RESULT: PASS');
  if (!ok) console.log(r.stdout, r.stderr);
  report(ok, name, `${seconds(t0)}${ok ? '' : `, exit ${r.status ?? r.signal}`}`);
}

async function extensionTests(): Promise<void> {
  const name = 'VS Code extension tests (test-electron runTests, code-server)';
  if (!codeServerInstalled()) return missing(name, 'code-server');
  if (!existsSync(CHROMIUM)) return missing(name, 'chromium');
  const t0 = Date.now();
  const counts = await runExtensionTests(join(WORK, 'extension-tests'));
  passed += counts.passed;
  failed += counts.failed;
  console.log(`${counts.failed ? 'FAIL' : 'PASS'} ${name}: ${counts.passed} passed, ${counts.failed} failed, ${seconds(t0)}`);
}

// What the .vsix must hold, and nothing else (vsce renames README, CHANGELOG and LICENSE, and adds its manifests).
const VSIX_ENTRIES = ['[Content_Types].xml', 'extension.vsixmanifest', 'extension/package.json', 'extension/readme.md', 'extension/changelog.md',
  'extension/LICENSE.txt', 'extension/images/icon.png', 'extension/syntaxes/kube-netlens.injection.tmLanguage.json', 'extension/dist/extension.js',
  'extension/dist/server.js', 'extension/dist/cli.js', 'extension/dist/map.js', 'extension/dist/map.css', 'extension/docs/rules.md', 'extension/docs/cli.md', 'extension/examples/mistakes/payments.yaml',
  ...['check', 'ci', 'hover', 'quick-fix', 'squiggle'].map((step) => `extension/walkthrough/${step}.md`)].sort();

/** Packages the extension with vsce, checks what it holds and its size, and returns its path. */
function packageVsix(): string | undefined {
  const vsix = join(WORK, 'kube-netlens.vsix');
  rmSync(vsix, { force: true });
  const t0 = Date.now();
  const r = spawnSync(join(REPO, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', vsix], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(vsix)) {
    report(false, 'vsce package', `exit ${r.status}: ${r.stderr || r.stdout}`);
    return undefined;
  }
  const size = statSync(vsix).size;
  // The budget of the network map issue: the package now carries the map's webview and Graphviz (WebAssembly, in the
  // CLI that the extension ships for `kube-netlens map --format svg`).
  report(size < 2 * 1024 * 1024, 'vsce package (< 2 MB)', `${(size / 1024).toFixed(0)} KiB, ${seconds(t0)}`);
  const entries = zipEntries(readFileSync(vsix)).sort();
  const same = JSON.stringify(entries) === JSON.stringify(VSIX_ENTRIES);
  report(same, 'the .vsix holds only the bundles, the CLI, the grammar, the icon, the docs and the walkthrough', entries.join(' '));
  return vsix;
}

async function ui(): Promise<void> {
  const vsix = packageVsix();
  const name = 'VS Code UI (the .vsix in code-server, Chromium)';
  if (!codeServerInstalled()) return missing(name, 'code-server');
  if (!existsSync(CHROMIUM)) return missing(name, 'chromium');
  if (!vsix) return report(false, name, 'no .vsix to install');
  const t0 = Date.now();
  try {
    for (const c of await runUiTest(vsix, join(WORK, 'ui'), process.env.KUBE_NETLENS_SCREENSHOT_DIR)) report(c.ok, `UI: ${c.name}`, c.detail);
  } catch (e) {
    report(false, name, e instanceof Error ? e.message : String(e));
  }
  console.log(`   UI total ${seconds(t0)}; screenshot in ${join(WORK, 'ui', 'seed-problems.png')}`);
}

async function main(): Promise<void> {
  for (const f of ['dist/extension.js', 'dist/server.js']) {
    if (!existsSync(join(REPO, f))) throw new Error(`${f} is missing: run npm run build first`);
  }
  // Editors and Chromium keep state under $HOME and the XDG folders, and sockets in $TMPDIR: keep them in scratch.
  mkdirSync(join(WORK, 'tmp'), { recursive: true });
  Object.assign(process.env, {
    HOME,
    XDG_CONFIG_HOME: join(HOME, '.config'),
    XDG_CACHE_HOME: join(HOME, '.cache'),
    XDG_DATA_HOME: join(HOME, '.local/share'),
    XDG_STATE_HOME: join(HOME, '.local/state'),
    TMPDIR: join(WORK, 'tmp'),
  });
  const t0 = Date.now();
  console.log('\n== real-editor end-to-end tests');
  // Arguments pick suites (nvim, ext, ui); none runs them all.
  const only = process.argv.slice(2);
  const wanted = (s: string): boolean => only.length === 0 || only.includes(s);
  if (wanted('nvim')) neovim();
  if (wanted('ext')) await extensionTests();
  if (wanted('ui')) await ui();
  console.log(`(e2e took ${seconds(t0)})`);
  console.log(`editor e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

main().then(
  () => process.exit(failed > 0 ? 1 : 0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    console.log(`editor e2e: ${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  },
);
