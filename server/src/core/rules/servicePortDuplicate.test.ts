import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

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
