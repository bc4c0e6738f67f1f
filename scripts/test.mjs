// Runs every test file with node's built-in test runner (TypeScript through tsx), all in one process. Pass paths to
// run a subset.
// A full run (no paths) then runs the real-editor end-to-end tests (test/e2e/run.ts: Neovim, VS Code in
// code-server), which need `npm run build` first; `--no-e2e` leaves them out.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const paths = args.filter((a) => a !== '--no-e2e');
const e2e = paths.length === 0 && !args.includes('--no-e2e');
const roots = paths.length ? paths : ['server/src', 'client/src', 'test'];
const skip = new Set(['node_modules', '.scratch', 'dist', 'fixtures']);
const files = [];
const walk = (p) => {
  const st = statSync(p);
  if (st.isDirectory()) {
    for (const e of readdirSync(p).sort()) if (!skip.has(e)) walk(join(p, e));
  } else if (/\.test\.(ts|mjs|js)$/.test(p)) files.push(p);
};
for (const r of roots) walk(r);
// One process for all of them (scripts/unit-entry.mjs imports each file), so the TypeScript loader starts once.
const unit = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', 'scripts/unit-entry.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, KUBE_NETLENS_TEST_FILES: JSON.stringify(files) },
});
const e2eStatus = e2e ? spawnSync(process.execPath, ['--import', 'tsx', 'test/e2e/run.ts'], { stdio: 'inherit' }).status : 0;
process.exit(unit.status === 0 && e2eStatus === 0 ? 0 : 1);
