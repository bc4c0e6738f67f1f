// Runs every test file with node's built-in test runner (TypeScript through tsx). Pass paths to run a subset.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['server/src', 'client/src', 'test'];
const skip = new Set(['node_modules', '.scratch', 'dist', 'fixtures']);
const files = [];
const walk = (p) => {
  const st = statSync(p);
  if (st.isDirectory()) {
    for (const e of readdirSync(p).sort()) if (!skip.has(e)) walk(join(p, e));
  } else if (/\.test\.(ts|mjs|js)$/.test(p)) files.push(p);
};
for (const r of roots) walk(r);
const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(res.status ?? 1);
