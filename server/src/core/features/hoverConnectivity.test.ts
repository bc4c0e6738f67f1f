import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atCursor } from '../testing/cursor';
import { hover } from './hover';

function hoverAt(yaml: string): string {
  const c = atCursor(yaml);
  return hover(c.snapshot, c.uri, c.offset)?.markdown ?? '';
}

const SHOP = `
  //- apps.yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web, namespace: shop}
  spec:
    template:
      metadata: {labels: {app: web}}
      spec: {containers: [{name: web, ports: [{containerPort: 8080}]}]}
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: cart$0, namespace: shop}
  spec:
    template:
      metadata:
        labels: {app: cart}
      spec: {containers: [{name: cart, ports: [{name: grpc, containerPort: 7000}]}]}
  //- policy.yaml
  apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: {name: cart, namespace: shop}
  spec:
    podSelector: {matchLabels: {app: cart}}
    ingress:
      - from: [{podSelector: {matchLabels: {app: web}}}]
        ports: [{port: grpc}]
`;

test('hover on a workload name: the policies isolating it, who may reach it and on which ports, and its egress', () => {
  const md = hoverAt(SHOP);
  assert.match(md, /\*\*Ingress\*\* of shop\/cart\[Deployment\]: restricted by NetworkPolicy shop\/cart; allowed from shop\/web\[Deployment\] on TCP 7000\./);
  assert.match(md, /\*\*Egress\*\* of shop\/cart\[Deployment\]: not isolated\./);
});

test('hover on pod template labels shows it too; a workload nothing restricts is not isolated either way', () => {
  const md = hoverAt(SHOP.replace('name: cart$0', 'name: cart').replace('metadata: {labels: {app: web}}', 'metadata: {labels: {app: w$0eb}}'));
  assert.match(md, /\*\*Ingress\*\* of shop\/web\[Deployment\]: not isolated\./);
  assert.match(md, /\*\*Egress\*\* of shop\/web\[Deployment\]: not isolated\./);
});

test('no connectivity section elsewhere in a workload', () => {
  assert.doesNotMatch(hoverAt(SHOP.replace('name: cart$0', 'name: cart').replace('containerPort: 7000', 'containerPort: 70$000')), /\*\*Ingress\*\*/);
});
