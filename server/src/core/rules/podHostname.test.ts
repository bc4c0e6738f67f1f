import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from '../testing/fixes';
import { checkFixture } from '../testing/fixture';

const rules = ['pod-hostname'];
const label63 = 'a'.repeat(63);

test('hostname and subdomain are DNS-1123 labels: 63 characters and digits pass, 64, dots and upper case fail', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      hostname: ${label63}
      subdomain: "0"
      containers: [{name: web, image: nginx}]
    ---
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: s}
    spec:
      template:
        spec:
          hostname: ${label63}a
          #         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error pod-hostname: must be at most 63 characters; it has 64 (DNS-1123 label)
          subdomain: web.svc
          #          ^^^^^^^ error pod-hostname: spec.subdomain 'web.svc' must be a single DNS label, without dots
          containers: [{name: web, image: nginx}]
    ---
    apiVersion: batch/v1
    kind: Job
    metadata: {name: j}
    spec:
      template:
        spec:
          hostname: Web-1
          #         ^^^^^ error pod-hostname: spec.hostname 'Web-1' must consist of lower-case letters
          subdomain: ""
          containers: [{name: web, image: nginx}]
  `, { rules });
});

test('the fix lower-cases a hostname', () => {
  const fixed = applyFix(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      hostname: DB-0
      containers: [{name: db, image: postgres}]
  `, 'pod-hostname');
  assert.equal(fixed, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostname: db-0\n  containers: [{name: db, image: postgres}]\n');
});
