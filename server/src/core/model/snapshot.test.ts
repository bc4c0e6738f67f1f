import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedent, parseFixture, workspaceOf } from '../testing/fixture';
import { DEFAULT_CONFIG } from '../config';
import { Workspace } from './workspace';
import type { Snapshot } from './snapshot';

const snapshotOf = (text: string, config = DEFAULT_CONFIG) => workspaceOf(parseFixture(dedent(text)), config).snapshot();

test('List items are objects of their own; non-Kubernetes YAML has none', () => {
  const s = snapshotOf(`
    //- list.yaml
    apiVersion: v1
    kind: List
    items:
      - apiVersion: v1
        kind: Service
        metadata: {name: a}
      - apiVersion: v1
        kind: ConfigMap
        metadata: {name: b}
    //- compose.yaml
    services:
      web: {image: nginx}
    //- workflow.yml
    on: push
    jobs: {build: {runs-on: ubuntu-latest}}
  `);
  assert.deepEqual(s.resources.map((r) => `${r.kind}/${r.name}`), ['Service/a', 'ConfigMap/b']);
  assert.deepEqual(s.resources.map((r) => r.listIndex), [0, 1]);
});

test('namespaces: declared, the default setting, and a kustomization (transitively, outermost wins)', () => {
  const s = snapshotOf(`
    //- app/svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: plain}
    //- app/explicit.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: explicit, namespace: other}
    //- base/kustomization.yaml
    namespace: base-ns
    resources: [svc.yaml]
    //- base/svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: based}
    //- overlay/kustomization.yaml
    apiVersion: kustomize.config.k8s.io/v1beta1
    kind: Kustomization
    namespace: prod
    resources: [../base, https://github.com/example/remote//base]
  `, { ...DEFAULT_CONFIG, defaultNamespace: 'team' });
  const ns = Object.fromEntries(s.resources.map((r) => [r.name, r.namespaces]));
  assert.deepEqual(ns.plain, ['team']);
  assert.deepEqual(ns.explicit, ['other']);
  assert.deepEqual(ns.based?.sort(), ['base-ns', 'prod', 'team'].sort());
});

test('lookup ranks same-name objects by proximity: same file, same folder, then nearest ancestor', () => {
  const s = snapshotOf(`
    //- a/b/one.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    //- z/far.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    //- a/near.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    //- a/b/two.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
  `);
  assert.deepEqual(s.lookup('Service', 'default', 'web', '/ws/a/b/one.yaml').map((r) => r.uri), ['/ws/a/b/one.yaml', '/ws/a/b/two.yaml', '/ws/a/near.yaml', '/ws/z/far.yaml']);
});

test('pod templates come from every pod source kind and additional configured kinds, never a workload metadata.labels', () => {
  const s = snapshotOf(`
    apiVersion: example.com/v1
    kind: Worker
    metadata: {name: w, labels: {own: yes}}
    spec:
      podTemplate:
        metadata: {labels: {app: worker}}
        spec: {containers: [{name: w, image: w}]}
  `, { ...DEFAULT_CONFIG, additionalWorkloadKinds: [{ kind: 'Worker', group: 'example.com', podTemplatePath: 'spec.podTemplate' }] });
  assert.deepEqual(s.templates.map((t) => t.labels.map((l) => `${l.key}=${l.value}`)), [['app=worker']]);
});

test('snapshots are immutable: a newer kustomize namespace does not reach the objects an older snapshot holds', () => {
  const ws = new Workspace();
  const svc = 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n';
  ws.setFile('/ws/k/kustomization.yaml', 'namespace: shop\nresources: [svc.yaml]\n');
  ws.setFile('/ws/k/svc.yaml', svc);
  ws.setFile('/ws/other.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
  const first = ws.snapshot();
  const namespaces = (s: Snapshot) => s.ofKind('Service').map((r) => r.namespaces.join(','));
  assert.deepEqual(namespaces(first), ['shop,default']);
  ws.setFile('/ws/k/kustomization.yaml', 'namespace: store\nresources: [svc.yaml]\n');
  const second = ws.snapshot();
  assert.deepEqual(namespaces(second), ['store,default']);
  assert.deepEqual(namespaces(first), ['shop,default']);
  assert.deepEqual(first.documents('/ws/k/svc.yaml')[0].resources.map((r) => r.namespaces), [['shop', 'default']]);
  // A snapshot derived after an edit elsewhere keeps the objects, and the namespaces, of the one before.
  ws.setFile('/ws/other.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: d}\n');
  const third = ws.snapshot();
  assert.equal(third.ofKind('Service')[0], second.ofKind('Service')[0]);
  assert.deepEqual([namespaces(first), namespaces(second), namespaces(third)], [['shop,default'], ['store,default'], ['store,default']]);
});
