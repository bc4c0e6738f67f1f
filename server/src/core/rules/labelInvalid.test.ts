import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFix, dedentText } from '../testing/fixes';

const rules = ['label-invalid'];
const L100 = 'a'.repeat(100);

test('metadata labels, template labels and workload selectors are validated like the API server does', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
      labels:
        long: ${L100}
        #     ${'^'.repeat(100)} error label-invalid: label value '${L100}' must be at most 63 characters
        bad key!: x
      # ^^^^^^^^ error label-invalid: 'bad key!' is not a valid label key
        canary: yes
        #       ^^^ error label-invalid: label values are strings, but YAML reads yes as a boolean: quote it
        quoted: "yes"
    spec:
      selector:
        matchLabels: {app: web, on: on}
        #                           ^^ error label-invalid: label values are strings, but YAML reads on as a boolean: quote it
        matchExpressions:
          - {key: track, operator: In, values: [stable, 1]}
          #                                             ^ error label-invalid: label values are strings, but YAML reads 1 as a number: quote it
      template:
        metadata:
          labels: {app: web, on: on, -tier: x}
          #                      ^^ error label-invalid: label values are strings, but YAML reads on as a boolean: quote it
          #                          ^^^^^ error label-invalid: '-tier' is not a valid label key
        spec: {containers: [{name: web, image: nginx}]}
  `, { rules });
});

test('valid, quoted and templated labels pass; kustomize files and custom workloads keep to metadata.labels', () => {
  checkFixture(`
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: c
      labels: {app.kubernetes.io/name: web, version: "1", empty: "", tpl: "{{ .Values.x }}", none: ~}
    ---
    apiVersion: kustomize.config.k8s.io/v1beta1
    kind: Kustomization
    metadata: {name: k, labels: {canary: yes}}
    ---
    apiVersion: argoproj.io/v1alpha1
    kind: Rollout
    metadata: {name: r}
    spec:
      selector: {matchLabels: {app: r}}
      template:
        metadata: {labels: {app: r, canary: yes}}
        spec: {containers: [{name: r, image: nginx}]}
    ---
    apiVersion: v1
    kind: ReplicationController
    metadata: {name: rc}
    spec:
      selector: {app: rc}
      template:
        metadata: {labels: {app: rc}}
        spec: {containers: [{name: rc, image: nginx}]}
  `, { rules });
});

test('the quick fix quotes a boolean label value', () => {
  const yaml = `
    apiVersion: v1
    kind: Pod
    metadata:
      name: p
      labels: {canary: yes}
    spec: {containers: [{name: p, image: nginx}]}
  `;
  assert.equal(applyFix(yaml, 'label-invalid'), dedentText(yaml.replace('canary: yes', 'canary: "yes"')));
});
