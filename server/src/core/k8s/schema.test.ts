import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateSchema, SCHEMA_FILE } from '../../../../scripts/gen-schema';
import { childType, schemaOf } from './schema';

test('the committed field tree is what scripts/gen-schema.ts makes from kubernetes-models (npm run gen:schema)', () => {
  assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), generateSchema());
});

test('the tree places the fields of a Deployment, a Service port and a NetworkPolicy as the API does', () => {
  const deployment = schemaOf('apps/v1', 'Deployment')!;
  const template = childType(childType(deployment.fields.get('spec'))!.fields.get('template'))!;
  assert.deepEqual([...template.fields.keys()], ['metadata', 'spec']);
  assert.equal(childType(template.fields.get('metadata'))!.fields.get('labels')?.kind, 'map');
  const container = childType(childType(template.fields.get('spec'))!.fields.get('containers'))!;
  assert.equal(childType(container.fields.get('ports'))!.fields.get('containerPort')?.kind, 'scalar');
  const port = childType(childType(schemaOf('v1', 'Service')!.fields.get('spec'))!.fields.get('ports'))!;
  assert.deepEqual([...port.fields.keys()], ['appProtocol', 'name', 'nodePort', 'port', 'protocol', 'targetPort']);
  assert.equal(childType(schemaOf('networking.k8s.io/v1', 'NetworkPolicy')!.fields.get('spec'))!.fields.get('podSelector')?.kind, 'object');
  assert.equal(schemaOf('example.com/v1', 'Widget'), null);
});
