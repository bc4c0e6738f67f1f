import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['workload-selector-missing'];

test('notes an apps/v1 workload without spec.selector', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
    ^^^^ information workload-selector-missing: spec.selector is missing: the API server requires it for a Deployment in apps/v1
      template:
        metadata: {labels: {app: web}}
        spec: {containers: [{name: web, image: nginx}]}
  `, { rules });
});

test('is quiet for older API versions, Rollouts with workloadRef, and kustomize bases whose kustomization adds selector labels', () => {
  checkFixture(`
    //- old.yaml
    apiVersion: extensions/v1beta1
    kind: Deployment
    metadata: {name: web}
    spec:
      template:
        metadata: {labels: {app: web}}
        spec: {containers: [{name: web, image: nginx}]}
    //- rollout.yaml
    apiVersion: argoproj.io/v1alpha1
    kind: Rollout
    metadata: {name: web}
    spec:
      workloadRef: {apiVersion: apps/v1, kind: Deployment, name: web}
    //- base/kustomization.yaml
    commonLabels:
      app: web
    resources:
      - deployment.yaml
    //- base/deployment.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      template:
        spec: {containers: [{name: web, image: nginx}]}
  `, { rules });
});
