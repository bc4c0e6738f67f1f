import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['workload-selector-mismatch'];

test('errors when matchLabels do not hold for the template labels', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      selector:
        matchLabels:
          app: web
        # ^^^^^^^^ error workload-selector-mismatch: spec.selector app=web does not match the pod template's labels (app=wbe); the API server rejects this Deployment
      template:
        metadata:
          labels:
            app: wbe
        spec: {containers: [{name: web, image: nginx}]}
  `, { rules });
});

test('matchExpressions are checked with their operators', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: db}
    spec:
      serviceName: db
      selector:
        matchExpressions:
          - key: tier
          # ^^^^^^^^^ error workload-selector-mismatch: spec.selector tier in (db,cache)
            operator: In
            values: [db, cache]
          - {key: app, operator: Exists}
      template:
        metadata: {labels: {app: db, tier: web}}
        spec: {containers: [{name: db, image: postgres}]}
  `, { rules });
});

test('empty selectors are rejected, and ReplicationController map selectors are checked', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: DaemonSet
    metadata: {name: agent}
    spec:
      selector: {}
    # ^^^^^^^^ error workload-selector-mismatch: an empty selector is invalid for a DaemonSet
      template:
        metadata: {labels: {app: agent}}
        spec: {containers: [{name: a, image: agent}]}
    ---
    apiVersion: v1
    kind: ReplicationController
    metadata: {name: rc}
    spec:
      selector:
        app: rc
      # ^^^^^^^ error workload-selector-mismatch: spec.selector app=rc
      template:
        metadata: {labels: {app: other}}
        spec: {containers: [{name: a, image: nginx}]}
  `, { rules });
});

test('is quiet for matching selectors, subsets of labels, missing selectors and Helm templates', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      selector:
        matchLabels: {app: web}
        matchExpressions: [{key: tier, operator: NotIn, values: [db]}, {key: canary, operator: DoesNotExist}]
      template:
        metadata: {labels: {app: web, tier: frontend, version: v2}}
        spec: {containers: [{name: web, image: nginx}]}
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: base}
    spec:
      template:
        spec: {containers: [{name: web, image: nginx}]}
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      selector:
        matchLabels:
          app: {{ .Values.app }}
      template:
        metadata:
          labels: {app: other}
  `, { rules });
});

test('merge keys in template labels are applied as kubectl applies them', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
      labels: &labels {app: web}
    spec:
      selector: {matchLabels: {app: web, tier: front}}
      template:
        metadata:
          labels:
            <<: *labels
            tier: front
        spec: {containers: [{name: web, image: nginx}]}
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: api}
    spec:
      selector:
        matchLabels: {app: api}
      #               ^^^^^^^^ error workload-selector-mismatch: spec.selector app=api does not match the pod template's labels (app=web); the API server rejects this Deployment
      template:
        metadata:
          labels: {<<: [{app: web}, {app: api}]}
        spec: {containers: [{name: api, image: nginx}]}
  `, { rules });
});
