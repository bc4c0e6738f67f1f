import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFirstFix, dedentText, firstFixes } from '../testing/fixes';

const rules = ['service-port-duplicate'];

test('errors on the same port and protocol twice, and on the same name twice', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports:
        - {name: https, port: 443}
        - name: https-alt
          port: 443
          #     ^^^ error service-port-duplicate: port 443/TCP is already listed (ports[0])
        - name: https
          #     ^^^^^ error service-port-duplicate: port name 'https' is already used by ports[0]
          port: 8443
  `, { rules });
});

test('the same port with different protocols is fine', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: dns}
    spec:
      ports:
        - {name: dns-tcp, port: 53, protocol: TCP}
        - {name: dns-udp, port: 53, protocol: UDP}
  `, { rules });
});

const DUPLICATE = `
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports:
        - {name: http, port: 80}
        - name: http
          port: 80
        - {name: admin, port: 81}
`;

test('fixes: remove the repeated entry, or renumber it to the next free port, or rename it', () => {
  // The repeated name comes first, then the repeated port.
  assert.deepEqual(firstFixes(DUPLICATE, 'service-port-duplicate').fixes.map((f) => f.title), ['Remove ports[1]', "Rename the port 'http-2'"]);
  assert.deepEqual(firstFixes(DUPLICATE, 'service-port-duplicate', { index: 1 }).fixes.map((f) => f.title), ['Remove ports[1]', 'Change the port to 82']);
  const removed = dedentText(DUPLICATE.replace('        - name: http\n          port: 80\n', ''));
  assert.equal(applyFirstFix(DUPLICATE, 'service-port-duplicate', { title: 'Remove' }), removed);
  assert.equal(applyFirstFix(DUPLICATE, 'service-port-duplicate', { index: 1, title: 'Change the port' }), dedentText(DUPLICATE.replace('port: 80\n        - {name: admin', 'port: 82\n        - {name: admin')));
  assert.equal(applyFirstFix(DUPLICATE, 'service-port-duplicate', { title: 'Rename' }), dedentText(DUPLICATE.replace('- name: http\n', '- name: http-2\n')));
  const flow = DUPLICATE.replace(/ports:[^]*$/, 'ports: [{name: a, port: 80}, {name: b, port: 80}]\n');
  assert.equal(applyFirstFix(flow, 'service-port-duplicate', { title: 'Remove' }), dedentText(flow.replace(', {name: b, port: 80}', '')));
});
