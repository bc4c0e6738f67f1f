import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from './workspace';
import { linkSignature } from './signature';
import { RULE_READS } from '../rules/registry';

const crd = (description: string) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: things.example.com}
spec:
  versions:
    - name: v1
      schema: {openAPIV3Schema: {type: object, description: "${description}"}}
`;
const deployment = (label: string) => `---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    metadata: {labels: {app: ${label}}}
    spec: {containers: [{name: web, image: nginx}]}
`;

function signature(text: string): string {
  const ws = new Workspace();
  ws.setFile('/f.yaml', text);
  return linkSignature(ws.snapshot(), '/f.yaml', RULE_READS);
}

test('typing inside an object no cross-file rule reads leaves the signature alone', () => {
  assert.equal(signature(crd('a') + deployment('web')), signature(crd('a changed description') + deployment('web')));
});

test('a label of a pod template, a syntax error and a renamed object change it', () => {
  const base = signature(crd('a') + deployment('web'));
  assert.notEqual(base, signature(crd('a') + deployment('api')));
  assert.notEqual(base, signature(crd('a') + deployment('web') + 'broken: [\n'));
  assert.notEqual(base, signature(crd('a').replace('things.example.com', 'others.example.com') + deployment('web')));
});

test('what the rules declare they read decides: a Namespace label changes the signature, an Ingress backend does not', () => {
  const namespace = (team: string) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {team: ${team}}}\n`;
  const ingress = (backend: string) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web}\nspec:\n  defaultBackend: {service: {name: ${backend}, port: {number: 80}}}\n`;
  assert.notEqual(signature(namespace('a')), signature(namespace('b')));
  // No rule reads an Ingress across files: only the Ingress's own file is checked again when its backend changes.
  assert.equal(signature(ingress('web')), signature(ingress('api')));
  assert.notEqual(signature(ingress('web')), signature(ingress('web').replace('name: web}', 'name: front}')));
});
