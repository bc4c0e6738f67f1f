import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedent, parseFixture, workspaceOf } from '../testing/fixture';
import { codeLenses, lensLocations } from './codeLens';

const WS = `
  //- apps.yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web, namespace: shop}
  spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c}]}}}
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: cart, namespace: shop}
  spec: {template: {metadata: {labels: {app: cart}}, spec: {containers: [{name: c, ports: [{name: grpc, containerPort: 7000}]}]}}}
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: db, namespace: shop}
  spec: {template: {metadata: {labels: {app: db}}, spec: {containers: [{name: c}]}}}
  //- policy.yaml
  apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: {name: cart, namespace: shop}
  spec:
    podSelector: {matchLabels: {app: cart}}
    ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: grpc}]}]
  ---
  apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: {name: to-db, namespace: shop}
  spec:
    podSelector: {matchLabels: {app: cart}}
    policyTypes: [Egress]
    egress: [{to: [{podSelector: {matchLabels: {app: db}}}]}]
`;

test('a NetworkPolicy lens counts the workloads it isolates and the allowed connections its rules admit', () => {
  const fx = parseFixture(dedent(WS));
  const snapshot = workspaceOf(fx).snapshot();
  const opens = codeLenses(snapshot, '/ws/policy.yaml').filter((l) => l.kind === 'opens');
  // cart: web → cart on its grpc port (web's egress is open). to-db: cart → db only; cart → web is now denied.
  assert.deepEqual(opens.map((l) => l.title), ['isolates 1 workload · opens 1 connection', 'isolates 1 workload · opens 1 connection']);
  assert.deepEqual(lensLocations(snapshot, '/ws/policy.yaml', opens[1]).map((p) => p.uri), ['/ws/apps.yaml']);
});
