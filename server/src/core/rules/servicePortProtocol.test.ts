import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFix, dedentText } from '../testing/fixes';

const rules = ['service-port-protocol'];

test('protocol is TCP, UDP or SCTP, case-sensitive; appProtocol is a qualified name', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: dns}
    spec:
      ports:
        - {name: a, port: 53, protocol: UDP, appProtocol: dns}
        - {name: b, port: 53, protocol: TCP, appProtocol: kubernetes.io/h2c}
        - {name: c, port: 54, protocol: SCTP, appProtocol: HTTP}
        - {name: d, port: 55, protocol: tcp}
    #                                   ^^^ error service-port-protocol: did you mean 'TCP'?
        - {name: e, port: 56, protocol: HTTP}
    #                                   ^^^^ error service-port-protocol: got 'HTTP'
        - {name: f, port: 57, appProtocol: "http/2"}
        - {name: g, port: 58, appProtocol: "Example.com/x"}
    #                                      ^^^^^^^^^^^^^^^ error service-port-protocol: the prefix 'Example.com' must be a lower-case DNS subdomain
        - {name: h, port: 59, appProtocol: ""}
    #                                      ^^ error service-port-protocol: must not be empty
        - {name: i, port: 60, appProtocol: "a b"}
    #                                      ^^^^^ error service-port-protocol: alphanumerics
  `, { rules });
});

test('the quick fix corrects the case of a protocol', () => {
  const yaml = `
    apiVersion: v1
    kind: Service
    metadata: {name: dns}
    spec:
      ports:
        - port: 53
          protocol: udp
  `;
  assert.equal(applyFix(yaml, 'service-port-protocol'), dedentText(yaml.replace('udp', 'UDP')));
});
