import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFix, dedentText } from '../testing/fixes';

const rules = ['unknown-field', 'metadata-outdented'];

/** A Deployment `web` whose `spec.template:` is the given block (written at its indentation). */
const deployment = (template: string) => `
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      selector: {matchLabels: {app: web}}
      template:${template}`;

test('reports a pod template label outdented out of its metadata, a field one level too high and a typo, with where each belongs', () => {
  checkFixture(deployment(`
        metadata: {annotations: {a: b}}
        labels: {app: web}
        ^^^^^^ error unknown-field: unknown field "spec.template.labels": Deployment has no such field, and kubectl rejects the object; did you mean "spec.template.metadata.labels"?
        spec:
          containers:
            - name: web
              runAsUser: 1000
              ^^^^^^^^^ error unknown-field: did you mean "spec.template.spec.containers[0].securityContext.runAsUser"?
              ports: [{containerport: 80}]
              #        ^^^^^^^^^^^^^ error unknown-field: did you mean "spec.template.spec.containers[0].ports[0].containerPort"?
  `), { rules });
});

test('names the selector mistake, a field one level too deep, and a field no place has', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: web}
    spec:
      podSelector:
        app: web
        ^^^ error unknown-field: unknown field "spec.podSelector.app": NetworkPolicy has no such field, and kubectl rejects the object; did you mean "spec.podSelector.matchLabels.app"?
        policyTypes: [Ingress]
        ^^^^^^^^^^^ error unknown-field: did you mean "spec.policyTypes"?
    ---
    {apiVersion: v1, kind: Service, metadata: {name: web}, spec: {ipFamily: IPv6, ports: [{port: 80}]}}
    #                                                             ^^^^^^^^ error unknown-field: unknown field "spec.ipFamily": Service has no such field, and kubectl rejects the object
  `, { rules });
});

test('is quiet on valid objects, custom resources, removed versions, patch fragments, status, directives and fields metadata-outdented reports', () => {
  checkFixture(`
    {apiVersion: v1, kind: Service, metadata: {name: web, labels: {app: web}}, spec: {type: LoadBalancer, selector: {app: web}, trafficDistribution: PreferSameZone, ports: [{name: http, port: 80, targetPort: http, protocol: TCP, appProtocol: http}]}}
    ---
    {apiVersion: example.com/v1, kind: Widget, metadata: {name: w}, spec: {anything: [1, 2]}}
    ---
    {apiVersion: networking.k8s.io/v1beta1, kind: Ingress, metadata: {name: old}, spec: {rules: [{http: {paths: [{path: /, backend: {service: {name: web}}}]}}]}}
    ---
    {apiVersion: apps/v1, kind: Deployment, metadata: {name: patch}, spec: {serviceName: web}}
    ---
    {apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: dumped}, spec: {podSelector: {}}, status: {}}
    ---${deployment(`
        metadata:
        labels: {app: web}
        ^^^^^^ error metadata-outdented: 'labels'
        spec:
          $setElementOrder/containers: [{name: web}]
          containers: [{name: web, image: nginx}]`)}
  `, { rules });
});

test('the fixes move the field to where it belongs, or rename it', () => {
  const moved = (labels: string) => applyFix(deployment(`
        metadata:
          annotations: {a: b}
        ${labels}
        spec: {containers: [{name: web, image: nginx}]}`), 'unknown-field');
  assert.equal(moved('labels:\n          app: web'), dedentText(deployment(`
        metadata:
          annotations: {a: b}
          labels:
            app: web
        spec: {containers: [{name: web, image: nginx}]}`)));
  const policy = (indent: string) => `
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      spec:
        podSelector:
          matchLabels: {app: web}
      ${indent}policyTypes: [Ingress]`;
  assert.equal(applyFix(policy('    '), 'unknown-field'), dedentText(policy('  ')));
  const pod = (port: string) => `{apiVersion: v1, kind: Pod, metadata: {name: web}, spec: {containers: [{name: web, ports: [{${port}: 80}]}]}}`;
  assert.equal(applyFix(pod('containerport'), 'unknown-field'), pod('containerPort'));
});
