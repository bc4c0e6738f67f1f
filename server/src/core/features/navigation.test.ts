import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedent } from '../testing/fixture';
import { atCursor } from '../testing/cursor';
import type { Snapshot } from '../model/snapshot';
import type { Place } from '../model/graph/types';
import { definition, references } from './navigation';
import { LITERAL_PORTS, webChart, webDeployment, webService } from '../testing/helmChart';

/** Runs a feature at the fixture's `$0` and returns each result place as `file: text`. */
function at(yaml: string, run: (s: Snapshot, uri: string, offset: number) => Place[]): string[] {
  const c = atCursor(yaml);
  return run(c.snapshot, c.uri, c.offset).map(c.show);
}

const DEPLOY = `
  //- deploy.yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    selector: {matchLabels: {app: web}}
    template:
      metadata:
        labels:
          app: web
          tier: front
      spec:
        containers:
          - name: web
            ports:
              - name: http
                containerPort: 8080
  //- other/deploy.yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web-copy}
  spec:
    template:
      metadata:
        labels: {app: web}
      spec:
        containers:
          - name: web
            ports: [{name: http, containerPort: 8081}]
`;

test('definition: a selector value leads to the label line of every selected template, nearest first', () => {
  assert.deepEqual(at(dedent(`
    //- svc.yaml
    kind: Service
    apiVersion: v1
    metadata: {name: web}
    spec:
      selector:
        app: w$0eb
  `) + dedent(DEPLOY), definition), ['deploy.yaml: app: web', 'other/deploy.yaml: app: web']);
});

test('definition: the selector key works too, and a targetPort name leads to the container port names', () => {
  const svc = dedent(`
    //- svc.yaml
    kind: Service
    apiVersion: v1
    metadata: {name: web}
    spec:
      selector:
        $0app: web
      ports:
        - port: 80
          targetPort: http
  `) + dedent(DEPLOY);
  assert.deepEqual(at(svc, definition), ['deploy.yaml: app: web', 'other/deploy.yaml: app: web']);
  assert.deepEqual(at(svc.replace('$0', '').replace('targetPort: http', 'targetPort: ht$0tp'), definition), ['deploy.yaml: http', 'other/deploy.yaml: http']);
});

test('definition: nothing outside a link, and nothing for a broken link', () => {
  assert.deepEqual(at(`
    kind: Service
    apiVersion: v1
    metadata: {name: w$0eb}
    spec: {selector: {app: web}}
  `, definition), []);
  assert.deepEqual(at(`
    kind: Service
    apiVersion: v1
    metadata: {name: web}
    spec: {selector: {app: nothing$0}}
  `, definition), []);
});

test('references: a template label is referred to by the selectors that select its template', () => {
  const refs = at(`
    //- svc.yaml
    kind: Service
    apiVersion: v1
    metadata: {name: web}
    spec:
      selector: {app: web}
      ports: [{port: 80, targetPort: http}]
    //- svc2.yaml
    kind: Service
    apiVersion: v1
    metadata: {name: web-front}
    spec:
      selector: {app: web, tier: front}
    //- deploy.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      template:
        metadata:
          labels:
            a$0pp: web
            tier: front
        spec:
          containers: [{name: web, ports: [{name: http, containerPort: 8080}]}]
  `, (s, u, o) => references(s, u, o));
  assert.deepEqual(refs, ['svc.yaml: app: web', 'svc2.yaml: app: web']);
});

test('references: a container port name is referred to by the targetPorts using it; the declaration comes first when asked', () => {
  const yaml = `
    //- svc.yaml
    kind: Service
    apiVersion: v1
    metadata: {name: web}
    spec:
      selector: {app: web}
      ports: [{port: 80, targetPort: http}, {port: 81, targetPort: 8080}]
    //- deploy.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      template:
        metadata: {labels: {app: web}}
        spec:
          containers: [{name: web, ports: [{name: h$0ttp, containerPort: 8080}]}]
  `;
  assert.deepEqual(at(yaml, (s, u, o) => references(s, u, o)), ['svc.yaml: http']);
  assert.deepEqual(at(yaml, (s, u, o) => references(s, u, o, true)), ['deploy.yaml: http', 'svc.yaml: http']);
  assert.deepEqual(at(yaml.replace('h$0ttp', 'http').replace('8080}]}]', '80$080}]}]'), (s, u, o) => references(s, u, o)), ['svc.yaml: 8080']);
});

test('definition: in a Helm chart, a selector include leads to the same include in the pod template labels', () => {
  assert.deepEqual(at(dedent(`
    //- web/Chart.yaml
    apiVersion: v2
    name: web
    version: 0.1.0
    //- web/templates/service.yaml
    apiVersion: v1
    kind: Service
    metadata:
      name: {{ include "web.fullname" . }}
    spec:
      selector:
        {{- include "web.selec$0torLabels" . | nindent 4 }}
    //- web/templates/deployment.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{ include "web.fullname" . }}
    spec:
      template:
        metadata:
          labels:
            {{- include "web.labels" . | nindent 8 }}
            {{- include "web.selectorLabels" . | nindent 8 }}
    //- other/templates/deployment.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: other
    spec:
      template:
        metadata:
          labels:
            {{- include "web.selectorLabels" . | nindent 8 }}
  `), definition), ['web/templates/deployment.yaml: "web.selectorLabels"']);
});

test('definition: a selector include leads to the pod labels include that renders it through a named template', () => {
  const chart = webChart(`${webService('http', '{{- include "web.selec$0torLabels" . | nindent 4 }}')}
    ${webDeployment(LITERAL_PORTS)}`);
  assert.deepEqual(at(dedent(chart), definition), ['web/templates/deployment.yaml: "web.labels"']);
});

const POLICY = `
  //- policy.yaml
  apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: {name: web}
  spec:
    podSelector: {matchLabels: {tier: front}}
    ingress: [{ports: [{port: ht$INtp}, {port: http, protocol: UDP}]}]
    egress: [{to: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: ht$OUTtp}]}]
`;

test('a NetworkPolicy named port leads to the container ports of that name on the pods the traffic goes to, and back', () => {
  const policy = (where: string) => dedent(DEPLOY) + dedent(POLICY.replace(`$${where}`, '$0').replace(/\$(IN|OUT)/, ''));
  assert.deepEqual(at(policy('IN'), definition), ['deploy.yaml: http']);
  assert.deepEqual(at(policy('OUT'), definition), ['deploy.yaml: http', 'other/deploy.yaml: http']);
  const back = dedent(DEPLOY.replace('- name: http', '- name: ht$0tp')) + dedent(POLICY.replace(/\$(IN|OUT)/g, ''));
  assert.deepEqual(at(back, references), ['policy.yaml: http', 'policy.yaml: http']);
});
