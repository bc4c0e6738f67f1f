import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['service-external-ips'];

test('externalIPs are plain, non-special IP addresses', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports: [{port: 80}]
      externalIPs:
        - 203.0.113.10
        - "2001:db8::1"
        - 10.0.0.1
        - 203.0.113.0/24
    #     ^^^^^^^^^^^^^^ error service-external-ips: it is a CIDR
        - lb.example.com
    #     ^^^^^^^^^^^^^^ error service-external-ips: looks like a host name
        - 127.0.0.1
    #     ^^^^^^^^^ error service-external-ips: a loopback address
        - 0.0.0.0
    #     ^^^^^^^ error service-external-ips: the unspecified address
        - 169.254.1.1
    #     ^^^^^^^^^^^ error service-external-ips: a link-local address
        - 224.0.0.1
    #     ^^^^^^^^^ error service-external-ips: a link-local multicast address
        - 224.0.1.1
        - "fe80::1"
    #     ^^^^^^^^^ error service-external-ips: a link-local address
  `, { rules });
});
