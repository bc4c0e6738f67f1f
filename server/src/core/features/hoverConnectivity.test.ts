import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atCursor } from '../testing/cursor';
import { hover } from './hover';

// web → cart on cart's named port grpc, which the policy isolating cart admits from app=web only.
const SHOP = [
  '//- apps.yaml',
  '{apiVersion: apps/v1, kind: Deployment, metadata: {name: web, namespace: shop}, spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web}]}}}}',
  '---',
  '{apiVersion: apps/v1, kind: Deployment, metadata: {name: cart, namespace: shop}, spec: {template: {metadata: {labels: {app: cart}}, spec: {containers: [{name: cart, ports: [{name: grpc, containerPort: 7000}]}]}}}}',
  '//- policy.yaml',
  '{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: cart, namespace: shop}, spec: {podSelector: {matchLabels: {app: cart}}, ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: grpc}]}]}}',
].join('\n');

/** The hover markdown with the cursor put just after the first `after` in SHOP. */
function hoverAfter(after: string): string {
  const c = atCursor(SHOP.replace(after, `${after}$0`));
  return hover(c.snapshot, c.uri, c.offset)?.markdown ?? '';
}

test('hover on a workload name: the policies isolating it, who may reach it and on which ports, and its egress', () => {
  const md = hoverAfter('name: ca');
  assert.match(md, /\*\*Ingress\*\* of shop\/cart\[Deployment\]: restricted by NetworkPolicy shop\/cart; allowed from shop\/web\[Deployment\] on TCP 7000\./);
  assert.match(md, /\*\*Egress\*\* of shop\/cart\[Deployment\]: not isolated\./);
});

test('hover on pod template labels shows it too; a workload nothing restricts is not isolated either way', () => {
  const md = hoverAfter('labels: {app: w');
  assert.match(md, /\*\*Ingress\*\* of shop\/web\[Deployment\]: not isolated\./);
  assert.match(md, /\*\*Egress\*\* of shop\/web\[Deployment\]: not isolated\./);
});

test('no connectivity section elsewhere in a workload', () => {
  assert.doesNotMatch(hoverAfter('containerPort: 70'), /\*\*Ingress\*\*/);
});
