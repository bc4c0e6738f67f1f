import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, dedent } from '../testing/fixture';
import { applyFix, fixesFor } from '../testing/fixes';

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
  const fixed = applyFix(`
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
  const far = applyFix(`
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

test("one level down: labels beside a pod template's empty metadata, in a Deployment and a CronJob", () => {
  checkFixture(`
    kind: Deployment
    apiVersion: apps/v1
    metadata: {name: checkout}
    spec:
      replicas: 2
      selector: {matchLabels: {app: checkout}}
      template:
        metadata:
        labels:
        ^^^^^^ error metadata-outdented: 'labels' is at the same level as 'metadata:', which is left empty; indent it under 'metadata:'
          app: checkout
        spec:
          containers: [{name: a, image: nginx}]
    ---
    apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: nightly
    spec:
      schedule: "0 3 * * *"
      jobTemplate:
        spec:
          template:
            metadata:
            annotations:
            ^^^^^^^^^^^ error metadata-outdented: 'annotations'
              team: data
            spec:
              restartPolicy: Never
              containers: [{name: a, image: busybox}]
  `, { rules });
});

test("a pod template's metadata holding its labels, and a template path from additionalWorkloadKinds", () => {
  const config = { additionalWorkloadKinds: [{ kind: 'Runner', group: 'example.com', podTemplatePath: 'spec.pod' }] };
  checkFixture(`
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: ok}
    spec:
      template:
        metadata:
          labels: {app: ok}
        spec:
          containers: [{name: a, image: nginx}]
    ---
    apiVersion: example.com/v1
    kind: Runner
    metadata: {name: r}
    spec:
      pod:
        metadata:
        labels:
        ^^^^^^ error metadata-outdented: 'labels'
          app: r
        spec:
          containers: [{name: a, image: nginx}]
    ---
    apiVersion: other.example.com/v1
    kind: Runner
    metadata: {name: not-a-workload}
    spec:
      pod:
        metadata:
        labels: {app: r}
  `, { rules, config });
});

test("the fix moves a pod template's stray labels under its metadata", () => {
  const text = `
    kind: Deployment
    apiVersion: apps/v1
    metadata: {name: web}
    spec:
      template:
        metadata:
        labels:
          app: web
        spec:
          containers: []
  `;
  const fixed = applyFix(text, 'metadata-outdented');
  assert.equal(fixed, dedent(text).replace('    metadata:\n    labels:\n      app: web\n', '    metadata:\n      labels:\n        app: web\n'));
  assert.notEqual(fixed, dedent(text));
});

test("top-level labels or annotations beside a filled metadata of a built-in kind; kustomize transformers and custom resources are quiet", () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata:
      name: cart
    labels:
    ^^^^^^ error metadata-outdented: 'labels' sits beside 'metadata:' at the top level, where Kubernetes has no such field (kubectl: unknown field "labels"); indent it under 'metadata:'
      app: cart
    spec:
      ports: [{port: 8080}]
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: deny}
    annotations: {owner: sec}
    ^^^^^^^^^^^ error metadata-outdented: 'annotations'
    spec: {podSelector: {}}
    ---
    apiVersion: builtin
    kind: LabelTransformer
    metadata:
      name: add-team
    labels: {team: pay}
    ---
    kind: Widget
    apiVersion: example.com/v1
    labels: [a, b]
    metadata: {name: w}
  `, { rules });
});

test("the fix moves a top-level labels block to the end of metadata, at its fields' indentation", () => {
  const text = `
    kind: ConfigMap
    labels:
      app: cart
    metadata:
        name: cart-config
    data: {k: v}
    apiVersion: v1
  `;
  assert.equal(applyFix(text, 'metadata-outdented'), dedent(text).replace('labels:\n  app: cart\n', '').replace('    name: cart-config\n', '    name: cart-config\n    labels:\n      app: cart\n'));
});

test('no move is offered into a flow metadata, or into one that already has the key', () => {
  const MOVE = "Move the metadata fields under 'metadata:'";
  const cases: [string, string[]][] = [
    ['metadata:\n  name: deny', [MOVE]],
    ['metadata: {name: deny}', []],
    ['metadata:\n  name: deny\n  labels: {app: a}', []],
  ];
  for (const [meta, titles] of cases) {
    const { fixes } = fixesFor(`apiVersion: v1\nkind: Service\n${meta}\nlabels: {app: b}\n`, 'metadata-outdented');
    assert.deepEqual(fixes.map((f) => f.title), titles, meta);
  }
});
