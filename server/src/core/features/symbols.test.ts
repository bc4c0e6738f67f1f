import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedent, parseFixture, workspaceOf } from '../testing/fixture';
import { documentSymbols, workspaceSymbols } from './symbols';
import type { DocumentSymbol } from './symbols';

const fx = parseFixture(dedent(`
  //- app.yaml
  apiVersion: v1
  kind: Service
  metadata: {name: web, namespace: shop}
  spec:
    ports: [{name: http, port: 80, targetPort: http}, {port: 53, protocol: UDP}]
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web-frontend}
  spec:
    template:
      spec:
        initContainers: [{name: init}]
        containers:
          - name: web
            ports: [{name: http, containerPort: 8080}]
  ---
  apiVersion: v1
  kind: List
  items:
    - {apiVersion: v1, kind: ConfigMap, metadata: {name: settings}}
  //- other.yaml
  apiVersion: networking.k8s.io/v1
  kind: Ingress
  metadata: {name: webshop}
`));
const snapshot = workspaceOf(fx).snapshot();

function outline(s: DocumentSymbol[]): unknown[] {
  return s.map((x) => (x.children.length ? [`${x.name}${x.detail ? ` (${x.detail})` : ''}`, outline(x.children)] : `${x.name}${x.detail ? ` (${x.detail})` : ''}`));
}

test('the outline: Kind namespace/name per object, List items included, with ports and containers', () => {
  assert.deepEqual(outline(documentSymbols(snapshot, '/ws/app.yaml')), [
    ['Service shop/web (v1)', ['80/TCP http (→ http)', '53/UDP']],
    ['Deployment default/web-frontend (apps/v1)', [['web (container)', ['8080/TCP http']], 'init (init container)']],
    'ConfigMap default/settings (v1)',
  ]);
  const svc = documentSymbols(snapshot, '/ws/app.yaml')[0];
  assert.equal(fx.files.get('/ws/app.yaml')!.slice(svc.selection.start, svc.selection.end), 'web');
});

test('workspace symbols: exact, then prefix, then substring, then scattered matches', () => {
  assert.deepEqual(workspaceSymbols(snapshot, 'web').map((s) => `${s.name} [${s.container}]`), ['web [Service shop]', 'web-frontend [Deployment default]', 'webshop [Ingress default]']);
  assert.deepEqual(workspaceSymbols(snapshot, 'SHOP').map((s) => s.name), ['webshop']);
  assert.deepEqual(workspaceSymbols(snapshot, 'wfr').map((s) => s.name), ['web-frontend']);
  assert.deepEqual(workspaceSymbols(snapshot, 'zzz'), []);
  const first = workspaceSymbols(snapshot, 'settings')[0];
  assert.equal(fx.files.get(first.uri)!.slice(first.start, first.end), 'settings');
});
