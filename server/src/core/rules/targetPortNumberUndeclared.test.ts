import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFix } from '../testing/fixes';

const rules = ['target-port-number-undeclared'];

test('notes a numeric targetPort that the selected containers do not declare, while they declare others', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector: {app: web}
      ports:
        - name: http
          port: 80
          targetPort: 8081
          #           ^^^^ information target-port-number-undeclared: no container of the selected pod template (pod/web) declares port 8081/TCP; declared: 8080/TCP
        - name: metrics
          port: 9091
          #     ^^^^ information target-port-number-undeclared: (targetPort defaults to port)
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: web, labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx, ports: [{containerPort: 8080}]}]
  `, { rules });
});

test('is quiet when the port is declared, when the protocol matters, and when no ports are declared at all', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector: {app: web}
      ports:
        - {name: http, port: 80, targetPort: 8080}
        - {name: dns, port: 53, protocol: UDP}
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: web, labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx, ports: [{containerPort: 8080}, {containerPort: 53, protocol: UDP}]}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: bare}
    spec:
      selector: {app: bare}
      ports: [{port: 80, targetPort: 9999}]
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: bare, labels: {app: bare}}
    spec:
      containers: [{name: web, image: nginx}]
  `, { rules });
});

test('a port declared with another protocol does not count', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: dns}
    spec:
      selector: {app: dns}
      ports:
        - port: 53
          protocol: UDP
          targetPort: 53
          #           ^^ information target-port-number-undeclared: declares port 53/UDP; declared: 53/TCP
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: dns, labels: {app: dns}}
    spec:
      containers: [{name: dns, image: coredns, ports: [{containerPort: 53}]}]
  `, { rules });
});

const pods = (n: number) => Array.from({ length: n }, (_, i) => `{apiVersion: v1, kind: Pod, metadata: {name: p${i}, labels: {app: web}}, spec: {containers: [{name: c, ports: [{containerPort: 8080}]}]}}`).join('\n---\n');

test('several selected templates are named, or counted with each in related information; one declared port is the fix', () => {
  const caret = `#${' '.repeat(114)}^^^^`;
  const svc = '{apiVersion: v1, kind: Service, metadata: {name: web}, spec: {selector: {app: web}, ports: [{port: 80, targetPort: 8081}]}}';
  const [two] = checkFixture(`${svc}\n${caret} information target-port-number-undeclared: no container of the selected pod templates pod/p0 and pod/p1 declares port 8081/TCP\n---\n${pods(2)}`, { rules });
  assert.deepEqual(two.related?.map((r) => r.message), ['pod template of pod/p0', 'pod template of pod/p1']);
  const [four] = checkFixture(`${svc}\n${caret} information target-port-number-undeclared: no container of the 4 pod templates selected declares port 8081/TCP\n---\n${pods(4)}`, { rules });
  assert.equal(four.related?.length, 4);
  assert.equal(applyFix(`${svc}\n---\n${pods(4)}`, rules[0]), `${svc.replace('8081', '8080')}\n---\n${pods(4)}`);
});
