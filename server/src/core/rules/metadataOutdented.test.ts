import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, dedent } from '../testing/fixture';
import { applyFirstFix } from '../testing/applyFix';

const rules = ['metadata-outdented'];

test('reports name, namespace and labels that sit beside an empty metadata', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata:
    name: my-pod
    ^^^^ error metadata-outdented: 'name' is at the same level as 'metadata:', which is left empty; indent it under 'metadata:'
    namespace: shop
    ^^^^^^^^^ error metadata-outdented: 'namespace'
    labels:
    ^^^^^^ error metadata-outdented: 'labels'
      app: web
    spec:
      containers: [{name: a, image: nginx}]
  `, { rules });
});

test('is quiet when metadata holds the fields, when metadata is absent, and for kustomize configuration', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata:
      name: ok
    spec: {containers: [{name: a, image: nginx}]}
    ---
    apiVersion: kustomize.config.k8s.io/v1beta1
    kind: Kustomization
    metadata:
    namespace: shop
    labels:
      - pairs: {app: web}
    ---
    name: not-kubernetes
    metadata:
  `, { rules });
});

test('the fix moves the fields under metadata, nested values included', () => {
  const fixed = applyFirstFix(`
    apiVersion: v1
    kind: Pod
    metadata:
    name: my-pod
    labels:
      app: web
    spec:
      containers: []
  `, 'metadata-outdented');
  assert.equal(fixed, dedent(`
    apiVersion: v1
    kind: Pod
    metadata:
      name: my-pod
      labels:
        app: web
    spec:
      containers: []
  `));
});

test('the fix works when the stray field is far from metadata, and inside an indented List item', () => {
  const far = applyFirstFix(`
    apiVersion: v1
    kind: Service
    metadata:
    spec:
      ports: [{port: 80}]
    name: web
  `, 'metadata-outdented');
  assert.equal(far, dedent(`
    apiVersion: v1
    kind: Service
    metadata:
      name: web
    spec:
      ports: [{port: 80}]
  `));
});

test('the seed example: both objects of a merged document have their name outdented', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata:
    name: pod-1
    ^^^^ error metadata-outdented: 'name'
    apiVersion: v1
    kind: Service
    metadata:
    name: my-service
    ^^^^ error metadata-outdented: 'name'
    spec:
      selector:
        app: nginx
  `, { rules });
});
