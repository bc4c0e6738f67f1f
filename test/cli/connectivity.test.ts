// `kube-netlens connectivity` and `kube-netlens can-reach` as a user runs them: the built dist/cli.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Two Deployments from `kubectl get -o json`, a PodList without item kinds, and a policy admitting web → db on 5432. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kn-conn-'));
  const dep = (name: string, port: number) => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: 'shop' }, spec: { selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image: 'x', ports: [{ containerPort: port }] }] } } } });
  writeFileSync(join(dir, 'deployments.json'), JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [dep('web', 8080), dep('db', 5432)] }));
  writeFileSync(join(dir, 'pods.json'), JSON.stringify({ apiVersion: 'v1', kind: 'PodList', items: [{ metadata: { name: 'job-x', namespace: 'shop', labels: { app: 'job' } }, spec: { containers: [{ name: 'j', image: 'x' }] } }] }));
  writeFileSync(join(dir, 'policy.yaml'), `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: web}}}]
    ports: [{port: 5432}]
`);
  return dir;
}

test('connectivity prints the connlist of JSON dumps and List kinds, in each format', () => {
  const dir = workspace();
  const r = run(['connectivity', dir, '--focus', 'shop/db']);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, [
    'shop/db[Deployment] => 0.0.0.0-255.255.255.255[External] : All Connections',
    'shop/db[Deployment] => shop/job-x[Pod] : All Connections',
    'shop/db[Deployment] => shop/web[Deployment] : All Connections',
    'shop/web[Deployment] => shop/db[Deployment] : TCP 5432',
    '',
  ].join('\n'));
  const json = JSON.parse(run(['connectivity', dir, '--format', 'json', '--focus', 'web']).stdout);
  assert.deepEqual(json.find((e: { dst: string }) => e.dst === 'shop/db[Deployment]'), { src: 'shop/web[Deployment]', dst: 'shop/db[Deployment]', conn: 'TCP 5432' });
  assert.match(run(['connectivity', dir, '--format', 'csv']).stdout, /^src,dst,conn\n/);
  assert.match(run(['connectivity', dir, '--format', 'dot']).stdout, /"shop\/web\[Deployment\]" -> "shop\/db\[Deployment\]" \[label="TCP 5432"\]/);
  assert.match(run(['connectivity', dir, '--explain', '--focus', 'shop/db']).stdout, /ingress to shop\/db\[Deployment\]: isolated by NetworkPolicy shop\/db; rule 1 of NetworkPolicy shop\/db allows TCP 5432/);
  assert.equal(run(['connectivity', dir, '--format', 'xml']).code, 2);
});

test('can-reach answers yes (0) or no (1) with both directions explained', () => {
  const dir = workspace();
  const yes = run(['can-reach', 'shop/web', 'shop/db:5432', dir]);
  assert.equal(yes.code, 0);
  assert.match(yes.stdout, /^yes: shop\/web\[Deployment\] can reach shop\/db\[Deployment\] on TCP 5432\n/);
  assert.match(yes.stdout, /egress from shop\/web\[Deployment\]: not isolated/);
  const no = run(['can-reach', 'shop/job-x', 'shop/db:5432/TCP', dir]);
  assert.equal(no.code, 1);
  assert.match(no.stdout, /^no: shop\/job-x\[Pod\] cannot reach shop\/db\[Deployment\] on TCP 5432\n/);
  assert.match(no.stdout, /all connections denied \(no rule of the isolating policies admits them\)/);
  assert.equal(run(['can-reach', 'shop/web', '192.0.2.1:443', dir]).code, 0, 'an address is the external interval holding it');
  assert.equal(run(['can-reach', 'shop/nope', 'shop/db', dir]).code, 2);
});

test('--help lists the connectivity commands', () => {
  const out = run(['--help']).stdout;
  assert.match(out, /kube-netlens connectivity \[paths…\] \[--format txt\|json\|csv\|md\|dot\]/);
  assert.match(out, /kube-netlens can-reach SRC DST\[:PORT\[\/PROTO\]\]/);
});
