import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFix, dedentText } from '../testing/fixes';

const rules = ['service-type'];

test('type is one of four, case-sensitive', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: a}
    spec:
      type: LoadBalancer
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: b}
    spec:
      type: Nodeport
    #       ^^^^^^^^ error service-type: did you mean 'NodePort'?
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: c}
    spec:
      type: Ingress
    #       ^^^^^^^ error service-type: type must be one of ClusterIP, NodePort, LoadBalancer, ExternalName (case-sensitive), got 'Ingress'
  `, { rules });
});

test('ports are required unless the Service is headless or ExternalName', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: a}
    spec:
    ^^^^ error service-type: a Service needs at least one port
      selector: {app: a}
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: b}
    spec:
      ports: []
    # ^^^^^ error service-type: a Service needs at least one port
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: headless}
    spec:
      clusterIP: None
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: ext}
    spec:
      type: ExternalName
      externalName: example.com
  `, { rules });
});

test('the quick fix corrects the spelling of the type', () => {
  const yaml = `
    apiVersion: v1
    kind: Service
    metadata: {name: b}
    spec:
      type: loadbalancer
      ports: [{port: 80}]
  `;
  assert.equal(applyFix(yaml, 'service-type'), dedentText(yaml.replace('loadbalancer', 'LoadBalancer')));
});

test('a Service that a kustomize patch modifies may get its ports from the patch', () => {
  checkFixture(`
    //- base/service.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector: {app: web}
    //- base/kustomization.yaml
    resources: [service.yaml]
    patches:
      - path: service-ports.yaml
    //- base/service-ports.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports: [{port: 80}]
  `, { rules });
});
