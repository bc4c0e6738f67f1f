import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['host-network-ports'];

test('hostNetwork with declared container ports is explained on the hostNetwork value', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: DaemonSet
    metadata: {name: node-exporter}
    spec:
      selector: {matchLabels: {app: ne}}
      template:
        metadata: {labels: {app: ne}}
        spec:
          hostNetwork: true
    #                  ^^^^ information host-network-ports: with hostNetwork: true, the container ports 9100/TCP, 53/UDP bind on the node's own network interfaces
          containers:
            - {name: ne, image: ne, ports: [{containerPort: 9100, hostPort: 9100}]}
            - {name: dns, image: dns, ports: [{containerPort: 53, protocol: UDP}]}
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: no-ports}
    spec:
      hostNetwork: true
      containers: [{name: c, image: c}]
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: pod-network}
    spec:
      hostNetwork: false
      containers: [{name: c, image: c, ports: [{containerPort: 80}]}]
  `, { rules });
});
