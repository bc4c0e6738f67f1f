/**
 * The extension tests' entry point, loaded by VS Code's extension host (`extensionTestsPath`): runs every
 * `*.e2e.js` file next to it (bundled from `*.e2e.ts` by `test/e2e/extensionTests.ts`) with mocha, and writes the
 * counts to `$KUBE_NETLENS_E2E_RESULTS` for the runner's summary.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 90_000, reporter: 'spec' });
  for (const f of readdirSync(__dirname).filter((f) => f.endsWith('.e2e.js')).sort()) mocha.addFile(join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      console.log(`extension tests: ${passed} passed, ${failures} failed`);
      if (process.env.KUBE_NETLENS_E2E_RESULTS) writeFileSync(process.env.KUBE_NETLENS_E2E_RESULTS, JSON.stringify({ passed, failed: failures }));
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
      else resolve();
    });
  });
}
