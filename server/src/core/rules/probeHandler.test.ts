import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from '../testing/applyFix';
import { checkFixture } from '../testing/fixture';

const rules = ['probe-handler'];

test('exactly one handler per probe or hook', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
        - name: web
          livenessProbe:
            httpGet: {port: 80}
            tcpSocket: {port: 80}
          # ^^^^^^^^^ error probe-handler: livenessProbe may specify only one handler; it already has httpGet (livenessProbe of container 'web')
          readinessProbe:
        # ^^^^^^^^^^^^^^ error probe-handler: readinessProbe must specify a handler: one of exec, httpGet, tcpSocket, grpc
            initialDelaySeconds: 5
          startupProbe:
            exec: {command: [true]}
          lifecycle:
            preStop:
              sleep: {seconds: 5}
            postStart:
          # ^^^^^^^^^ error probe-handler: lifecycle.postStart must specify a handler: one of exec, httpGet, tcpSocket, sleep
              grpc: {port: 9090}
  `, { rules });
});

test('scheme is HTTP or HTTPS; the fix upper-cases it', () => {
  const yaml = `
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
        - name: web
          livenessProbe: {httpGet: {port: 443, scheme: https}}
  `;
  checkFixture(`${yaml}${' '.repeat(53)}^^^^^ error probe-handler: httpGet.scheme must be HTTP or HTTPS (case-sensitive); 'https' is not\n`, { rules });
  assert.equal(applyFix(yaml, 'probe-handler'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: web\n      livenessProbe: {httpGet: {port: 443, scheme: HTTPS}}\n');
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
        - name: web
          livenessProbe: {httpGet: {port: 443, scheme: HTTPS}}
          readinessProbe: {httpGet: {port: 80, scheme: ""}}
          startupProbe: {httpGet: {port: 80, scheme: GOPHER}}
          #                                          ^^^^^^ error probe-handler: 'GOPHER' is not
  `, { rules });
});

test('timings: 0 is the default, negatives fail; successThreshold is 1 for liveness and startup', () => {
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
                tcpSocket: {port: 80}
                initialDelaySeconds: 0
                periodSeconds: -1
                #              ^^ error probe-handler: periodSeconds must be zero or more (0 means the default); -1 is out of range (livenessProbe of container 'web')
                timeoutSeconds: "5"
                #               ^^^ error probe-handler: timeoutSeconds must be a number, not a string
                successThreshold: 2
                #                 ^ error probe-handler: successThreshold must be 1 for a livenessProbe; 2 is rejected
                terminationGracePeriodSeconds: 0
                #                              ^ error probe-handler: terminationGracePeriodSeconds must be greater than 0; 0 is out of range
              readinessProbe:
                tcpSocket: {port: 80}
                successThreshold: 3
                failureThreshold: 0
                terminationGracePeriodSeconds: 10
              # ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error probe-handler: terminationGracePeriodSeconds must not be set on a readinessProbe
              startupProbe:
                tcpSocket: {port: 80}
                successThreshold: 1
                terminationGracePeriodSeconds: 1
  `, { rules });
});
