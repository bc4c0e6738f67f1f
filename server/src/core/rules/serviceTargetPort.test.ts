import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFix, dedentText } from '../testing/fixes';

const rules = ['service-target-port'];

test('targetPort is 1..65535 or an IANA service name; 0, "" and absent default to port', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports:
        - {name: a, port: 80, targetPort: 1}
        - {name: b, port: 81, targetPort: 65535}
        - {name: c, port: 82, targetPort: 65536}
    #                                     ^^^^^ error service-target-port: must be between 1 and 65535, got 65536
        - {name: d, port: 83, targetPort: 0}
        - {name: e, port: 84, targetPort: ""}
        - {name: f, port: 85}
        - {name: g, port: 86, targetPort: http-metrics}
        - {name: h, port: 87, targetPort: 1http}
        - {name: i, port: 88, targetPort: abcdefghijklmno}
        - {name: j, port: 89, targetPort: abcdefghijklmnop}
    #                                     ^^^^^^^^^^^^^^^^ error service-target-port: at most 15 characters
        - {name: k, port: 90, targetPort: -1}
    #                                     ^^ error service-target-port: got -1
        - {name: l, port: 91, targetPort: http--x}
    #                                     ^^^^^^^ error service-target-port: not a valid port name
        - {name: m, port: 92, targetPort: 8080.5}
    #                                     ^^^^^^ error service-target-port: must be an integer
        - {name: n, port: 93, targetPort: on}
    #                                     ^^ error service-target-port: boolean true
        - {name: o, port: 94, targetPort: 0x1F90}
  `, { rules });
});

test('a quoted number is a port name without a letter: error with an unquote fix', () => {
  const yaml = `
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports:
        - port: 80
          targetPort: "8080"
    #                 ^^^^^^ error service-target-port: "8080" is a quoted string
  `;
  checkFixture(yaml, { rules });
  assert.equal(applyFix(yaml, 'service-target-port'), dedentText(yaml.replace('"8080"', '8080')));
});

test('an upper-case name is offered a lower-case fix', () => {
  const yaml = `
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports:
        - port: 80
          targetPort: HTTP-Web
  `;
  assert.equal(applyFix(yaml, 'service-target-port'), dedentText(yaml.replace('HTTP-Web', 'http-web')));
});

test('a headless Service may target another port than its own', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: db}
    spec:
      clusterIP: None
      ports:
        - port: 5432
          targetPort: 15432
  `, { rules });
});
