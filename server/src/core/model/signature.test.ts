import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from './workspace';
import { linkSignature } from './signature';

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
  return linkSignature(ws.snapshot(), '/f.yaml');
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
