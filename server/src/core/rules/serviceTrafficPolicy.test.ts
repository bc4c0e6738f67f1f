import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFix, dedentText } from '../testing/fixes';

const rules = ['service-traffic-policy'];

test('externalTrafficPolicy is allowed on NodePort, LoadBalancer and ClusterIP with externalIPs', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: np}
    spec:
      type: NodePort
      externalTrafficPolicy: Local
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: cip-external}
    spec:
      externalIPs: [203.0.113.10]
      externalTrafficPolicy: Local
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: cip}
    spec:
      externalTrafficPolicy: Local
    # ^^^^^^^^^^^^^^^^^^^^^ error service-traffic-policy: this one is ClusterIP
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: lb}
    spec:
      type: LoadBalancer
      externalTrafficPolicy: local
    #                        ^^^^^ error service-traffic-policy: did you mean 'Local'?
      internalTrafficPolicy: Nearest
    #                        ^^^^^^^ error service-traffic-policy: internalTrafficPolicy must be one of Cluster, Local
      ports: [{port: 80}]
  `, { rules });
});

test('healthCheckNodePort only with LoadBalancer and externalTrafficPolicy Local', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: ok}
    spec:
      type: LoadBalancer
      externalTrafficPolicy: Local
      healthCheckNodePort: 30100
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: cluster}
    spec:
      type: LoadBalancer
      healthCheckNodePort: 30100
    # ^^^^^^^^^^^^^^^^^^^ error service-traffic-policy: healthCheckNodePort may only be set on a LoadBalancer Service with externalTrafficPolicy: Local
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: zero}
    spec:
      type: NodePort
      healthCheckNodePort: 0
      ports: [{port: 80}]
  `, { rules });
});

test('the quick fix removes externalTrafficPolicy from an internal Service', () => {
  const yaml = `
    apiVersion: v1
    kind: Service
    metadata: {name: cip}
    spec:
      externalTrafficPolicy: Cluster
      ports: [{port: 80}]
  `;
  assert.equal(applyFix(yaml, 'service-traffic-policy'), dedentText(yaml).replace('  externalTrafficPolicy: Cluster\n', ''));
});
