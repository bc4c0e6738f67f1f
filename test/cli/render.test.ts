// `kube-netlens render` as a user runs it: the built dist/cli.js in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const CHARTS = join(__dirname, '..', 'fixtures', 'charts');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('render prints what helm template prints, -f files included', () => {
  const r = run(['render', join(CHARTS, 'netlens-legacy'), '-f', join(CHARTS, 'netlens-legacy/values-override.yaml')]);
  assert.deepEqual([r.code, r.stderr], [0, '']);
  assert.equal(r.stdout, readFileSync(join(CHARTS, 'expected/netlens-legacy__override.yaml'), 'utf8'));
});

test('render takes the release name, the namespace and the Kubernetes version', () => {
  const r = run(['render', join(CHARTS, 'netlens-shop'), '--release', 'prod', '-n', 'shop', '--kube-version', 'v1.29.3']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^ {2}name: prod-shop$/m);
  assert.match(r.stdout, /^ {2}kube: v1\.29\.3 29$/m);
  const old = run(['render', join(CHARTS, 'netlens-shop'), '--kube-version', '1.24.0']);
  assert.equal(old.code, 1);
  assert.match(old.stderr, /^Error: chart requires kubeVersion: >=1\.25\.0-0 which is incompatible with Kubernetes v1\.24\.0/);
});

test('a chart that does not render exits 1 with the reason; usage errors exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'netlens-render-'));
  mkdirSync(join(dir, 'templates'));
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: broken\nversion: 1.0.0\n');
  writeFileSync(join(dir, 'templates/cm.yaml'), 'x: {{ required "x is required" .Values.x }}\n');
  const r = run(['render', dir]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /x is required/);
  assert.equal(run(['render']).code, 2);
  assert.equal(run(['render', dir, '--bogus']).code, 2);
  assert.equal(run(['render', join(dir, 'missing')]).code, 2);
  assert.match(run(['render', '--help']).stdout, /^Usage: kube-netlens render CHART/);
});
