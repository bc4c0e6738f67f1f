/**
 * The extension tests through @vscode/test-electron's `runTests`, exactly as where VS Code can be downloaded, except
 * for `vscodeExecutablePath`: here it is `code-shim.mjs`, which runs them in code-server. The mocha suite
 * (`suite/*.ts`) is bundled for the extension host first.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { build } from 'esbuild';
import { REPO } from './paths';

export interface Counts {
  passed: number;
  failed: number;
}

async function bundleSuite(outdir: string): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    // Every suite file, so that a new one cannot be left out by accident.
    entryPoints: readdirSync(join(__dirname, 'suite'))
      .filter((f) => f === 'index.ts' || f.endsWith('.e2e.ts'))
      .map((f) => join(__dirname, 'suite', f)),
    outdir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    // mocha must be the instance that runs the files; vscode is the extension host's API.
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}

export async function runExtensionTests(work: string): Promise<Counts> {
  const suite = join(work, 'suite');
  await bundleSuite(suite);
  const results = join(work, 'results.json');
  rmSync(results, { force: true });
  let failure: unknown;
  try {
    await runTests({
      vscodeExecutablePath: join(__dirname, 'code-shim.mjs'),
      extensionDevelopmentPath: REPO,
      extensionTestsPath: join(suite, 'index.js'),
      launchArgs: [join(REPO, 'examples'), `--extensions-dir=${join(work, 'extensions')}`, `--user-data-dir=${join(work, 'user-data')}`],
      extensionTestsEnv: { KUBE_NETLENS_E2E_RESULTS: results },
    });
  } catch (e) {
    failure = e;
  }
  if (existsSync(results)) return JSON.parse(readFileSync(results, 'utf8')) as Counts;
  // The suite never reported: the editor did not start or the tests did not load. That is one failure.
  console.error(`extension tests did not report: ${failure instanceof Error ? failure.message : String(failure)}`);
  return { passed: 0, failed: 1 };
}
