import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['host-port-conflict'];

const ds = (name: string, port: string) => `
    apiVersion: apps/v1
    kind: DaemonSet
    metadata: {name: ${name}}
    spec:
      selector: {matchLabels: {app: ${name}}}
      template:
        metadata: {labels: {app: ${name}}}
        spec:
          containers:
            - name: c
              image: x
              ports:
                - ${port}`;

test('the same hostPort, hostIP and protocol on two workloads deployed together is noted', () => {
  checkFixture(`
    //- a.yaml${ds('a', '{containerPort: 80, hostPort: 80}')}
    #                                           ^^ information host-port-conflict: hostPort 80/TCP is also claimed by daemonset/b (b.yaml); their pods can never run on the same node
    //- b.yaml${ds('b', '{containerPort: 8080, hostPort: 80, hostIP: 0.0.0.0}')}
    #                                             ^^ information host-port-conflict: also claimed by daemonset/a (a.yaml)
  `, { rules });
});

test('stays quiet: other protocols, other host IPs, copies of one workload, replicas of one controller, other folders', () => {
  checkFixture(`
    //- a.yaml${ds('a', '{containerPort: 53, hostPort: 53, protocol: UDP}')}
    //- b.yaml${ds('b', '{containerPort: 53, hostPort: 53}')}
    //- c.yaml${ds('c', '{containerPort: 80, hostPort: 80, hostIP: 10.0.0.1}')}
    //- d.yaml${ds('d', '{containerPort: 80, hostPort: 80, hostIP: 10.0.0.2}')}
    //- copy/d.yaml${ds('d', '{containerPort: 80, hostPort: 80, hostIP: 10.0.0.2}')}
    //- elsewhere/e.yaml${ds('e', '{containerPort: 53, hostPort: 53}')}
    //- pods.yaml
    apiVersion: v1
    kind: List
    items:
      - apiVersion: v1
        kind: Pod
        metadata: {name: web-1, ownerReferences: [{kind: ReplicaSet, name: web-5d4}]}
        spec: {containers: [{name: c, image: x, ports: [{containerPort: 443, hostPort: 443}]}]}
      - apiVersion: v1
        kind: Pod
        metadata: {name: web-2, ownerReferences: [{kind: ReplicaSet, name: web-5d4}]}
        spec: {containers: [{name: c, image: x, ports: [{containerPort: 443, hostPort: 443}]}]}
  `, { rules });
});
