import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['container-port-conflict'];

test('warns when two containers of one pod declare the same port and protocol', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec:
          containers:
            - name: web
              image: nginx
              ports: [{containerPort: 8080}]
            - name: proxy
              image: envoy
              ports:
                - containerPort: 8080
                  #              ^^^^ warning container-port-conflict: port 8080/TCP is also declared by container 'web'
          initContainers:
            - name: sidecar
              image: agent
              restartPolicy: Always
              ports:
                - containerPort: 8080
                  #              ^^^^ warning container-port-conflict: port 8080/TCP is also declared by container 'web'
  `, { rules });
});

test('is quiet for other protocols, plain init containers and separate pods', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: dns}
    spec:
      initContainers:
        - {name: setup, image: busybox, ports: [{containerPort: 53}]}
      containers:
        - {name: tcp, image: coredns, ports: [{containerPort: 53}]}
        - {name: udp, image: coredns, ports: [{containerPort: 53, protocol: UDP}]}
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: other}
    spec:
      containers:
        - {name: tcp, image: coredns, ports: [{containerPort: 53}]}
  `, { rules });
});

test('one container may alias a port under two names (ingress-nginx behind a TLS-terminating NLB)', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: controller}
    spec:
      containers:
        - name: controller
          image: ingress-nginx
          ports:
            - {name: http, containerPort: 80}
            - {name: https, containerPort: 80}
  `, { rules });
});

test('a port declared twice in one container, not as a named alias, is reported too', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: web}
    spec:
      containers:
        - name: web
          image: nginx
          ports:
            - {name: http, containerPort: 80}
            - {containerPort: 80}
            #                 ^^ warning container-port-conflict: port 80/TCP is declared twice in container 'web'
  `, { rules });
});
