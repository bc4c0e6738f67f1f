import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['service-session-affinity'];

test('sessionAffinityConfig with None (explicit or default) is dropped by defaulting, not rejected', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: a}
    spec:
      sessionAffinity: None
      sessionAffinityConfig: {clientIP: {timeoutSeconds: 999999}}
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: b}
    spec:
      sessionAffinityConfig: {clientIP: {timeoutSeconds: 0}}
      ports: [{port: 80}]
  `, { rules });
});

test('ClientIP timeouts are 1..86400', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: a}
    spec:
      sessionAffinity: ClientIP
      sessionAffinityConfig: {clientIP: {timeoutSeconds: 86400}}
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: b}
    spec:
      sessionAffinity: ClientIP
      sessionAffinityConfig: {clientIP: {timeoutSeconds: 86401}}
    #                                                    ^^^^^ error service-session-affinity: timeoutSeconds must be between 1 and 86400, got 86401
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: c}
    spec:
      sessionAffinity: ClientIP
      sessionAffinityConfig: {clientIP: {timeoutSeconds: 0}}
    #                                                    ^ error service-session-affinity: got 0
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: d}
    spec:
      sessionAffinity: ClientIP
      sessionAffinityConfig: {clientIP: {timeoutSeconds: 1}}
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: e}
    spec:
      sessionAffinity: clientIP
    #                  ^^^^^^^^ error service-session-affinity: did you mean 'ClientIP'?
      ports: [{port: 80}]
  `, { rules });
});
