import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFix, dedentText } from '../testing/fixes';

const rules = ['service-name-invalid'];

test('Service names are DNS-1035 labels: a letter first, at most 63 characters', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: ${'a'.repeat(63)}}
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: ${'a'.repeat(64)}}
    #                ${'^'.repeat(64)} error service-name-invalid: it has 64 characters
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: 1web}
    #                ^^^^ error service-name-invalid: it must start with a letter
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: web.internal}
    #                ^^^^^^^^^^^^ error service-name-invalid: is not a DNS-1035 label
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: "\${SERVICE_NAME}"}
  `, { rules });
});

test('the quick fix lower-cases the name', () => {
  const yaml = `
    apiVersion: v1
    kind: Service
    metadata:
      name: MyService
  `;
  assert.equal(applyFix(yaml, 'service-name-invalid'), dedentText(yaml.replace('MyService', 'myservice')));
});
