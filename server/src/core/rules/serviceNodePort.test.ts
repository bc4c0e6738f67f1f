import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFix, dedentText } from '../testing/fixes';

const rules = ['service-node-port'];

test('nodePort is forbidden on a ClusterIP Service, explicit or defaulted', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports:
        - port: 80
          nodePort: 30080
    #     ^^^^^^^^ error service-node-port: nodePort may not be set when type is 'ClusterIP'
        - port: 81
          nodePort: 0
  `, { rules });
});

test('nodePort must lie in the node port range, and be unique per protocol', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      type: NodePort
      ports:
        - {name: a, port: 80, nodePort: 30000}
        - {name: b, port: 81, nodePort: 32767}
        - {name: c, port: 82, nodePort: 29999}
    #                                   ^^^^^ error service-node-port: nodePort must be between 30000 and 32767, got 29999
        - {name: d, port: 83, nodePort: 32768}
    #                                   ^^^^^ error service-node-port: got 32768
        - {name: e, port: 84, nodePort: 30000, protocol: UDP}
        - {name: f, port: 85, nodePort: 30000}
    #                                   ^^^^^ error service-node-port: nodePort 30000/TCP is already used by ports[0]
        - {name: g, port: 86, nodePort: "30001"}
    #                                   ^^^^^^^ error service-node-port: quoted string
  `, { rules });
});

test('the node port range comes from the settings', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      type: LoadBalancer
      ports:
        - {name: a, port: 80, nodePort: 20000}
        - {name: b, port: 81, nodePort: 30000}
    #                                   ^^^^^ error service-node-port: between 20000 and 22767
  `, { rules, config: { nodePortRange: { min: 20000, max: 22767 } } });
});

test('healthCheckNodePort is range-checked on a LoadBalancer', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      type: LoadBalancer
      externalTrafficPolicy: Local
      healthCheckNodePort: 40000
    #                      ^^^^^ error service-node-port: healthCheckNodePort must be between 30000 and 32767
      ports: [{port: 80}]
  `, { rules });
});

test('the quick fix removes the nodePort of a ClusterIP Service, wherever the key sits in the port', () => {
  const yaml = `
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports:
        - nodePort: 30080
          port: 80
        - port: 81
          nodePort: 30081
        - port: 82
          nodePort: 30082
          targetPort: 8082
  `;
  assert.notEqual(dedentText(yaml).replace('- nodePort: 30080\n      port: 80', '- port: 80'), dedentText(yaml));
  assert.equal(applyFix(yaml, 'service-node-port', { diagnostic: 0 }), dedentText(yaml).replace('- nodePort: 30080\n      port: 80', '- port: 80'));
  assert.equal(applyFix(yaml, 'service-node-port', { diagnostic: 1 }), dedentText(yaml).replace('\n      nodePort: 30081', ''));
  assert.equal(applyFix(yaml, 'service-node-port', { diagnostic: 2 }), dedentText(yaml).replace('\n      nodePort: 30082', ''));
});

test('a nodePort out of range is removed by the fix, so that Kubernetes allocates one in range', () => {
  const multiline = `
    {apiVersion: v1, kind: Service, metadata: {name: api}, spec: {type: LoadBalancer, ports: [
      {port: 443},
      {port: 80,
       nodePort: 80}]}}
  `;
  assert.equal(applyFix(multiline, 'service-node-port'), dedentText(multiline.replace(',\n       nodePort: 80', '')));
  const flow = '{apiVersion: v1, kind: Service, metadata: {name: api}, spec: {type: NodePort, ports: [{port: 80, nodePort: 80}]}}';
  assert.equal(applyFix(flow, 'service-node-port'), flow.replace(', nodePort: 80', ''));
});
