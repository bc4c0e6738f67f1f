import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from '../testing/applyFix';
import { checkFixture } from '../testing/fixture';

const rules = ['probe-port'];

test('httpGet and tcpSocket ports: numbers 1..65535 or IANA names', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: d}
    spec:
      template:
        spec:
          containers:
            - name: web
              livenessProbe:
                httpGet: {path: /healthz, port: 65535}
              readinessProbe:
                httpGet: {path: /ready, port: 65536}
                #                             ^^^^^ error probe-port: httpGet.port must be between 1 and 65535; 65536 is out of range (readinessProbe of container 'web')
              startupProbe:
                tcpSocket: {port: 0}
                #                 ^ error probe-port: tcpSocket.port must be between 1 and 65535; 0 is out of range
              lifecycle:
                preStop:
                  httpGet: {port: http-metrics}
                postStart:
                  tcpSocket: {port: metrics-endpoint-http}
                  #                 ^^^^^^^^^^^^^^^^^^^^^ error probe-port: tcpSocket.port name must be at most 15 characters (IANA service name); 'metrics-endpoint-http' has 21 (lifecycle.postStart of container 'web')
  `, { rules });
});

test('a quoted number is a port name and needs a letter; the fix unquotes it', () => {
  const yaml = `
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
        - name: web
          livenessProbe:
            httpGet:
              port: "8080"
  `;
  checkFixture(`${yaml}${' '.repeat(18)}^^^^^^ error probe-port: httpGet.port "8080" is quoted, so Kubernetes reads it as a port name, and a port name needs a letter; remove the quotes to use port 8080\n`, { rules });
  assert.equal(applyFix(yaml, 'probe-port'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: web\n      livenessProbe:\n        httpGet:\n          port: 8080\n');
});

test('grpc ports are numbers only, and ports are required', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
        - name: web
          livenessProbe:
            grpc: {port: 1}
          readinessProbe:
            grpc: {port: grpc}
            #            ^^^^ error probe-port: grpc.port must be a number; 'grpc' is a string
          startupProbe:
            httpGet: {path: /}
          # ^^^^^^^ error probe-port: httpGet.port is required (startupProbe of container 'web')
  `, { rules });
});

test('an upper-case port name is lower-cased by the fix', () => {
  const fixed = applyFix(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
        - name: web
          readinessProbe: {tcpSocket: {port: Metrics}}
  `, 'probe-port');
  assert.equal(fixed, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: web\n      readinessProbe: {tcpSocket: {port: metrics}}\n');
});
