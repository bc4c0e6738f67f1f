import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

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
