import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from '../testing/fixes';
import { checkFixture } from '../testing/fixture';

const rules = ['network-policy-port'];

test('protocol enum, port number or name, endPort rules', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: p}
    spec:
      podSelector: {}
      ingress:
        - ports:
            - {protocol: TCP, port: 1}
            - {protocol: UDP, port: 65535}
            - {protocol: SCTP}
            - {port: http-metrics}
            - {port: 65536}
            #        ^^^^^ error network-policy-port: port must be between 1 and 65535, got 65536
            - {port: "80"}
            #        ^^^^ error network-policy-port: port "80" is a quoted string, so Kubernetes reads it as a port name
            - {protocol: tcp, port: 80}
            #            ^^^ error network-policy-port: protocol must be one of TCP, UDP, SCTP (case-sensitive), got 'tcp'
            - {port: 32000, endPort: 32768}
            - {port: 32000, endPort: 32000}
            - {port: 32000, endPort: 31999}
            #                        ^^^^^ error network-policy-port: endPort 31999 must be greater than or equal to port 32000
            - {port: 32000, endPort: 65536}
            #                        ^^^^^ error network-policy-port: endPort must be between 1 and 65535, got 65536
            - {port: http, endPort: 90}
            #              ^^^^^^^ error network-policy-port: endPort may not be set when port is a name ('http')
            - {endPort: 90}
            #  ^^^^^^^ error network-policy-port: endPort may not be set without port
  `, { rules });
});

test('the fix unquotes a quoted port number', () => {
  const fixed = applyFix(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: p}
    spec:
      ingress:
        - ports: [{port: "5432"}]
  `, 'network-policy-port');
  assert.equal(fixed, 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  ingress:\n    - ports: [{port: 5432}]\n');
});
