import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['probe-port-not-tcp', 'probe-port-name-unresolved'];

test('a probe that names a UDP or SCTP port is a warning; a TCP port is not', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: dns}
    spec:
      containers:
        - name: coredns
          image: coredns
          ports:
            - {name: dns, containerPort: 53, protocol: UDP}
            - {name: dns-tcp, containerPort: 53, protocol: TCP}
            - {name: sip, containerPort: 5060, protocol: SCTP}
            - {name: metrics, containerPort: 9153}
          livenessProbe:
            tcpSocket: {port: dns}
    #                         ^^^ warning probe-port-not-tcp: livenessProbe.tcpSocket.port 'dns' is 53/UDP in container 'coredns', but the probe connects over TCP
          readinessProbe:
            httpGet: {path: /ready, port: metrics}
          startupProbe:
            tcpSocket: {port: sip}
    #                         ^^^ warning probe-port-not-tcp: 'sip' is 5060/SCTP
          lifecycle:
            preStop:
              tcpSocket: {port: dns-tcp}
  `, { rules });
});
