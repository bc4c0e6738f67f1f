import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, dedent } from '../testing/fixture';
import { applyFirstFix } from '../testing/applyFix';

const rules = ['missing-document-separator', 'yaml-syntax'];

test('reports the second apiVersion of two objects run together, and no duplicate-key noise', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata:
      name: pod-1
    spec:
      containers: [{name: a, image: nginx}]
    apiVersion: v1
    ^^^^^^^^^^ error missing-document-separator: a second 'apiVersion' starts a new object here, but there is no '---' before it
    kind: Pod
    metadata:
      name: pod-2
    spec:
      containers: [{name: b, image: nginx}]
  `, { rules });
});

test('reports every boundary of three objects, starting at kind when kind comes first', () => {
  checkFixture(`
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: a}
    kind: ConfigMap
    ^^^^ error missing-document-separator: a second 'kind'
    apiVersion: v1
    metadata: {name: b}
    apiVersion: v1
    ^^^^^^^^^^ error missing-document-separator: a second 'apiVersion'
    kind: ConfigMap
    metadata: {name: c}
  `, { rules });
});

test('is quiet for separated documents and for a repeated key that is not apiVersion or kind', () => {
  checkFixture(`
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: a}
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: b}
    data:
      x: "1"
      x: "2"
    # ^ error yaml-syntax: duplicate key 'x'
    ...
  `, { rules });
});

test('the fix inserts --- on its own line before the second object, keeping CRLF line endings', () => {
  const fixed = applyFirstFix(`
    apiVersion: v1
    kind: Pod
    metadata: {name: a}
    apiVersion: v1
    kind: Pod
    metadata: {name: b}
  `, 'missing-document-separator');
  assert.equal(fixed, dedent(`
    apiVersion: v1
    kind: Pod
    metadata: {name: a}
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: b}
  `));
  const crlf = applyFirstFix('apiVersion: v1\r\nkind: Pod\r\napiVersion: v1\r\nkind: Pod\r\n', 'missing-document-separator');
  assert.equal(crlf, 'apiVersion: v1\r\nkind: Pod\r\n---\r\napiVersion: v1\r\nkind: Pod\r\n');
});
