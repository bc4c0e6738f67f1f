import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFix, dedentText } from '../testing/fixes';

const rules = ['service-port-number'];

test('port 1 and 65535 are valid, 0 and 65536 are not', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports:
        - {name: a, port: 1}
        - {name: b, port: 65535}
        - {name: c, port: 0}
    #                     ^ error service-port-number: port must be between 1 and 65535, got 0
        - {name: d, port: 65536}
    #                     ^^^^^ error service-port-number: got 65536
        - {name: e, port: -80}
    #                     ^^^ error service-port-number: got -80
  `, { rules });
});

test('a quoted number is a string that the API server cannot decode', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports:
        - port: "80"
    #           ^^^^ error service-port-number: "80" is a quoted string, not a number
  `, { rules });
});

test('numbers as go-yaml v2 reads them: hex, leading zeros, underscores and integral floats are numbers; yes is a boolean', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports:
        - {name: a, port: 0x50}
        - {name: b, port: 080}
        - {name: c, port: 1_000}
        - {name: d, port: 80.0}
        - {name: e, port: 80.5}
    #                     ^^^^ error service-port-number: '80.5' is not an integer
        - {name: f, port: yes}
    #                     ^^^ error service-port-number: boolean true
        - {name: g, port: 0x10000}
    #                     ^^^^^^^ error service-port-number: got 65536
  `, { rules });
});

test('a port entry without port is reported on its first key', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports:
        - name: http
    #     ^^^^ error service-port-number: port is required
          targetPort: 8080
  `, { rules });
});

test('placeholders and Helm templates are not judged', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports:
        - port: PORT
        - port: "<port>"
  `, { rules });
});

test('the quick fix unquotes the number', () => {
  const fixed = applyFix(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports:
        - port: "80"
  `, 'service-port-number');
  assert.equal(fixed, dedentText(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports:
        - port: 80
  `));
});
