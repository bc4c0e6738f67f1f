import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['host-port-conflict'];

test('a host port is unique per (hostIP, protocol) across regular containers', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: d}
    spec:
      template:
        spec:
          containers:
            - name: a
              ports:
                - {containerPort: 80, hostPort: 8080}
                - {containerPort: 81, hostPort: 8080, protocol: UDP}
                - {containerPort: 82, hostPort: 8080, hostIP: 10.0.0.1}
                - {containerPort: 83, hostPort: 0}
            - name: b
              ports:
                - {containerPort: 84, hostPort: 0}
                - {containerPort: 85, hostPort: 8080}
                #                               ^^^^ error host-port-conflict: host port 8080/TCP is already claimed by container 'a'; each host port may be used once per pod
  `, { rules });
});

test('each init container is checked on its own', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      initContainers:
        - name: i1
          ports: [{containerPort: 80, hostPort: 9000}]
        - name: i2
          ports: [{containerPort: 80, hostPort: 9000}, {containerPort: 81, hostPort: 9000}]
          #                                                                          ^^^^ error host-port-conflict: already claimed by another port of this container
      containers:
        - name: web
          ports: [{containerPort: 80, hostPort: 9000}]
  `, { rules });
});

test('in a hostNetwork Pod an unset hostPort is the containerPort; templates are defaulted later', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      hostNetwork: true
      containers:
        - name: a
          ports: [{containerPort: 80}]
        - name: b
          ports: [{containerPort: 80}]
          #                       ^^ error host-port-conflict: host port 80/TCP (hostNetwork sets hostPort to containerPort) is already claimed by container 'a'
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: d}
    spec:
      template:
        spec:
          hostNetwork: true
          containers:
            - name: a
              ports: [{containerPort: 80}]
            - name: b
              ports: [{containerPort: 80}]
  `, { rules });
});
