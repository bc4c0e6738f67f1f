import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from '../testing/applyFix';
import { checkFixture } from '../testing/fixture';

const rules = ['container-port-protocol'];

test('TCP, UDP, SCTP, empty and absent pass; other values and other cases fail', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: DaemonSet
    metadata: {name: d}
    spec:
      template:
        spec:
          containers:
            - name: dns
              ports:
                - {containerPort: 53, protocol: UDP}
                - {containerPort: 53, protocol: TCP}
                - {containerPort: 54, protocol: SCTP}
                - {containerPort: 55, protocol: ""}
                - {containerPort: 56}
                - {containerPort: 57, protocol: udp}
                #                               ^^^ error container-port-protocol: protocol must be TCP, UDP or SCTP (case-sensitive); 'udp' is not (container 'dns')
                - {containerPort: 58, protocol: HTTP}
                #                               ^^^^ error container-port-protocol: 'HTTP' is not
  `, { rules });
});

test('a wrongly cased protocol is upper-cased by the fix', () => {
  const fixed = applyFix(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
        - name: dns
          ports:
            - containerPort: 53
              protocol: Udp
  `, 'container-port-protocol');
  assert.equal(fixed, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: dns\n      ports:\n        - containerPort: 53\n          protocol: UDP\n');
});
