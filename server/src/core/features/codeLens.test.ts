import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedent, parseFixture, workspaceOf } from '../testing/fixture';
import { codeLenses, lensLocations } from './codeLens';
import { LineIndex } from '../text';

function lenses(yaml: string, file: string) {
  const fx = parseFixture(dedent(yaml));
  const snapshot = workspaceOf(fx).snapshot();
  const uri = `/ws/${file}`;
  const text = fx.files.get(uri)!;
  return codeLenses(snapshot, uri).map((l) => ({
    line: new LineIndex(text).positionAt(l.start).line,
    title: l.title,
    locations: lensLocations(snapshot, uri, l).map((p) => `${p.uri.replace('/ws/', '')}: ${fx.files.get(p.uri)!.slice(p.start, p.end).split('\n')[0]}`),
  }));
}

const WS = `
  //- svc.yaml
  apiVersion: v1
  kind: Service
  metadata: {name: web}
  spec:
    selector: {app: web}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: web-headless}
  spec:
    clusterIP: None
    selector: {app: web}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: nothing}
  spec:
    selector: {app: nothing}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: external}
  spec: {type: ExternalName, externalName: example.com, selector: {app: web}}
  //- deploy.yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    selector: {matchLabels: {app: web}}
    template:
      metadata:
        labels: {app: web}
  ---
  apiVersion: apps/v1
  kind: StatefulSet
  metadata: {name: web-db}
  spec:
    template:
      metadata:
        labels: {app: web, role: db}
  ---
  apiVersion: batch/v1
  kind: Job
  metadata: {name: migrate}
  spec:
    template:
      metadata: {labels: {app: migrate}}
  //- policy.yaml
  apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: {name: db}
  spec:
    podSelector: {matchLabels: {role: db}}
  ---
  apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: {name: all}
  spec:
    policyTypes: [Ingress]
`;

test('above each Service: the pod templates it selects; ExternalName and no-selector Services get none', () => {
  assert.deepEqual(lenses(WS, 'svc.yaml'), [
    { line: 0, title: 'selects 2 pod templates: deployment/web, statefulset/web-db', locations: ['deploy.yaml: app: web', 'deploy.yaml: app: web, role: db'] },
    { line: 6, title: 'selects 2 pod templates: deployment/web, statefulset/web-db', locations: ['deploy.yaml: app: web', 'deploy.yaml: app: web, role: db'] },
    { line: 13, title: 'selects no pods', locations: [] },
  ]);
});

test('above each pod template: the Services exposing it; unexposed templates get none', () => {
  assert.deepEqual(lenses(WS, 'deploy.yaml'), [
    { line: 5, title: 'exposed by 2 Services: web, web-headless', locations: ['svc.yaml: web', 'svc.yaml: web-headless'] },
    { line: 13, title: 'exposed by 2 Services: web, web-headless', locations: ['svc.yaml: web', 'svc.yaml: web-headless'] },
  ]);
});

test('above each NetworkPolicy: the pod templates it applies to (an absent podSelector selects all), and what it isolates and opens', () => {
  assert.deepEqual(lenses(WS, 'policy.yaml').map((l) => l.title), [
    'applies to 1 pod template: statefulset/web-db',
    'isolates 1 workload · opens 0 connections',
    'applies to 3 pod templates: deployment/web, statefulset/web-db, job/migrate',
    'isolates 3 workloads · opens 0 connections',
  ]);
});
