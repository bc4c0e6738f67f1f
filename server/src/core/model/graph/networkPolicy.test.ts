import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedent, parseFixture, workspaceOf } from '../../testing/fixture';
import { linkGraph } from './ofSnapshot';

const fixture = parseFixture(dedent(`
  //- policy.yaml
  apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: {name: api, namespace: shop}
  spec:
    podSelector:
      matchLabels:
        app: api
    ingress:
      - from:
          - podSelector:
              matchLabels:
                app: web
          - namespaceSelector:
              matchLabels:
                team: ops
            podSelector:
              matchExpressions:
                - {key: app, operator: In, values: [prom]}
  //- shop.yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: api, namespace: shop}
  spec:
    template:
      metadata:
        labels:
          app: api
      spec: {containers: [{name: api, image: api}]}
  ---
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
    namespace: shop
    labels:
      app: web
  spec: {containers: [{name: web, image: web}]}
  //- ops.yaml
  apiVersion: v1
  kind: Namespace
  metadata:
    name: ops
    labels:
      team: ops
  ---
  apiVersion: v1
  kind: Pod
  metadata:
    name: prom
    namespace: ops
    labels:
      app: prom
  spec: {containers: [{name: prom, image: prom}]}
  ---
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
    namespace: ops
    labels:
      app: web
  spec: {containers: [{name: web, image: web}]}
`));

const snapshot = workspaceOf(fixture).snapshot();
const policy = fixture.files.get('/ws/policy.yaml')!;
const text = (uri: string, p: { start: number; end: number }) => fixture.files.get(uri)!.slice(p.start, p.end);
const targets = (offset: number) => linkGraph(snapshot).linksAt('/ws/policy.yaml', offset).map((l) => [l.kind, l.to.map((t) => `${t.uri.slice(4)} ${text(t.uri, t)}`)]);

test('the policy podSelector links to the pod template labels it isolates', () => {
  assert.deepEqual(targets(policy.indexOf('app: api')), [['network-policy-selector', ['shop.yaml app: api']]]);
});

test('a podSelector-only peer selects in the policy namespace only', () => {
  assert.deepEqual(targets(policy.indexOf('app: web')), [['network-policy-peer', ['shop.yaml app: web']]]);
});

test('a namespaceSelector AND podSelector peer selects in the matched namespaces; the namespaceSelector links to the Namespace', () => {
  assert.deepEqual(targets(policy.indexOf('{key: app')), [['network-policy-peer', ['ops.yaml app: prom']]]);
  assert.deepEqual(targets(policy.indexOf('team: ops')), [['network-policy-namespace', ['ops.yaml team: ops']]]);
});

test('references run back from a pod label to the policies that select it', () => {
  const ops = fixture.files.get('/ws/ops.yaml')!;
  const refs = linkGraph(snapshot).referencesAt('/ws/ops.yaml', ops.indexOf('app: prom'));
  assert.deepEqual(refs.map((r) => r.link.kind), ['network-policy-peer']);
  assert.deepEqual(linkGraph(snapshot).referencesAt('/ws/ops.yaml', ops.indexOf('app: web')), []);
});

test('an absent or empty podSelector selects every pod in the namespace', () => {
  const f = parseFixture(dedent(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: deny}
    spec:
      podSelector: {}
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: a, labels: {app: a}}
    spec: {containers: [{name: a, image: a}]}
  `));
  const s = workspaceOf(f).snapshot();
  const main = f.files.get('/ws/main.yaml')!;
  const links = linkGraph(s).linksAt('/ws/main.yaml', main.indexOf('podSelector'));
  assert.deepEqual(links.map((l) => l.to.map((t) => t.resource.name)), [['a']]);
});

test('a policy that selects pods only through the labels a kustomization adds says so in Link.via', () => {
  const f = parseFixture(dedent(`
    //- k/kustomization.yaml
    resources: [policy.yaml, pod.yaml]
    commonLabels: {app: web}
    //- k/policy.yaml
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: web}
    spec:
      podSelector: {matchLabels: {app: web}}
    //- k/pod.yaml
    apiVersion: v1
    kind: Pod
    metadata: {name: web}
    spec: {containers: [{name: a, image: a}]}
  `));
  const s = workspaceOf(f).snapshot();
  const text = f.files.get('/ws/k/policy.yaml')!;
  const links = linkGraph(s).linksAt('/ws/k/policy.yaml', text.indexOf('app: web'));
  assert.deepEqual(links.map((l) => [l.via, l.to.map((t) => t.resource.name)]), [['through kustomization /ws/k/kustomization.yaml', ['web']]]);
});
