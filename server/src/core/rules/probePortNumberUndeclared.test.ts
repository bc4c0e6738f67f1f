import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['probe-port-number-undeclared'];

test('a probe port number that no container of the pod declares is noted when its container declares ports', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: db}
    spec:
      serviceName: db
      selector: {matchLabels: {app: db}}
      template:
        metadata: {labels: {app: db}}
        spec:
          containers:
            - name: db
              image: postgres
              ports: [{containerPort: 5432}]
              readinessProbe: {tcpSocket: {port: 5433}}
    #                                            ^^^^ information probe-port-number-undeclared: readinessProbe.tcpSocket.port 5433 is not declared by any container of the pod; declared: 5432/TCP, 9187/TCP
              livenessProbe: {tcpSocket: {port: 5432}}
              startupProbe: {grpc: {port: 9187}}
            - name: exporter
              image: exporter
              ports: [{containerPort: 9187}]
            - name: quiet
              image: agent
              livenessProbe: {httpGet: {port: 8081}}
  `, { rules });
});
