// What the two packages hold. The .vsix as vsce lists it, and `npm install -g kube-netlens` as a user of Neovim, Helix
// or Emacs runs it: the packed tarball installed into a scratch prefix, offline (the bundles need no dependency), and
// both commands on its PATH.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClient, UNLABELLED_POD } from '../lsp/client';
import { REPO } from '../e2e/paths';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const npm = (args: string[], cwd: string) => spawnSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });

test('the package has no runtime dependencies (the bundles hold them) and is not private', () => {
  assert.equal(pkg.private, undefined);
  assert.equal(pkg.dependencies, undefined);
  assert.deepEqual(pkg.bin, { 'kube-netlens': './dist/cli.js', 'kube-netlens-language-server': './dist/server.js' });
  for (const bin of Object.values(pkg.bin) as string[]) assert.match(readFileSync(join(REPO, bin), 'utf8'), /^#!\/usr\/bin\/env node\n/, bin);
});

test('the .vsix ships the CLI and the rule documentation beside the bundles (package.json files, which vsce reads too)', () => {
  const r = spawnSync(join(REPO, 'node_modules/.bin/vsce'), ['ls', '--no-dependencies'], { cwd: REPO, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const listed = r.stdout.trim().split('\n').sort();
  for (const f of ['dist/cli.js', 'dist/server.js', 'dist/extension.js', 'docs/rules.md', 'images/icon.png', 'syntaxes/kube-netlens.injection.tmLanguage.json']) assert.ok(listed.includes(f), f);
  assert.deepEqual(listed.filter((f) => !pkg.files.some((p: string) => f === p || f.startsWith(p)) && f !== 'package.json'), []);
});

test('npm pack, then npm install -g from the tarball: kube-netlens checks and kube-netlens-language-server serves', async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'kn-npm-'));
  const packed = npm(['pack', '--pack-destination', scratch, '--json'], REPO);
  assert.equal(packed.status, 0, packed.stderr);
  const [{ filename, files }] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  const paths = files.map((f) => f.path).sort();
  for (const f of ['dist/cli.js', 'dist/server.js', 'docs/rules.md', 'docs/cli.md', 'README.md', 'LICENSE']) assert.ok(paths.includes(f), f);
  assert.deepEqual(paths.filter((f) => /^(server|client|test|scripts)\//.test(f)), [], 'no sources or tests');

  const prefix = join(scratch, 'prefix');
  const installed = npm(['install', '-g', '--prefix', prefix, join(scratch, filename)], scratch);
  assert.equal(installed.status, 0, installed.stderr);
  const bin = join(prefix, 'bin');

  const version = spawnSync(join(bin, 'kube-netlens'), ['--version'], { encoding: 'utf8' });
  assert.deepEqual([version.status, version.stdout], [0, `${pkg.version}\n`]);
  const check = spawnSync(join(bin, 'kube-netlens'), ['check', join(REPO, 'examples/mistakes/checkout.yaml'), '--format', 'json'], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
  assert.ok(JSON.parse(check.stdout).diagnostics.some((d: { rule: string }) => d.rule === 'target-port-name-unresolved'));

  const client = await TestClient.start({
    command: [join(bin, 'kube-netlens-language-server')],
    files: { 'svc.yaml': `apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: nobody}\n  ports: [{port: 80}]\n${UNLABELLED_POD}` },
  });
  try {
    assert.deepEqual(client.initializeResult.serverInfo, { name: 'kube-netlens', version: pkg.version });
    const published = await client.waitForDiagnostics('svc.yaml', 0, (d) => d.length > 0);
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['service-selector-no-match']);
  } finally {
    await client.stop();
  }
});
