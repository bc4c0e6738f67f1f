import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['endpoint-slice-invalid'];

test('EndpointSlice addresses follow the addressType', () => {
  checkFixture(`
    apiVersion: discovery.k8s.io/v1
    kind: EndpointSlice
    metadata: {name: web-abc}
    addressType: IPv4
    endpoints:
      - addresses: [10.0.0.5]
        hostname: web-0
        nodeName: node-1.example
      - addresses: ["fd00::5"]
    #               ^^^^^^^^^ error endpoint-slice-invalid: address 'fd00::5' is IPv6, but the slice's addressType is IPv4
      - addresses: [169.254.169.254]
    #               ^^^^^^^^^^^^^^^ error endpoint-slice-invalid: a link-local address
      - addresses: []
    #   ^^^^^^^^^ error endpoint-slice-invalid: each endpoint needs 1 to 100 addresses, this one has 0
        hostname: Web_0
    #             ^^^^^ error endpoint-slice-invalid: hostname 'Web_0' is not a DNS-1123 label
    ports:
      - name: http
        port: 80
      - port: 81
      - port: 82
    #   ^^^^ error endpoint-slice-invalid: port name '' is already used by ports[1] (an absent name counts as "")
      - name: "8080"
        port: 8080
        protocol: SCTP
        appProtocol: kubernetes.io/h2c
    ---
    apiVersion: discovery.k8s.io/v1
    kind: EndpointSlice
    metadata: {name: ext}
    addressType: FQDN
    endpoints:
      - addresses: [db.example.com, db]
    #                               ^^ error endpoint-slice-invalid: must be a fully qualified domain name
    ---
    apiVersion: discovery.k8s.io/v1
    kind: EndpointSlice
    metadata: {name: old}
    addressType: IP
    #            ^^ error endpoint-slice-invalid: addressType must be one of IPv4, IPv6, FQDN
    endpoints:
      - addresses: [10.0.0.1]
  `, { rules });
});

test('topology hints: at most 8 zones, each once, each a label value', () => {
  const zones = (n: number) => Array.from({ length: n }, (_, i) => `{name: zone-${i}}`).join(', ');
  checkFixture(`
    apiVersion: discovery.k8s.io/v1
    kind: EndpointSlice
    metadata: {name: hinted}
    addressType: IPv4
    endpoints:
      - addresses: [10.0.0.5]
        hints:
          forZones:
            - name: eu-west-1a
            - name: eu-west-1b
            - name: eu-west-1a
    #               ^^^^^^^^^^ error endpoint-slice-invalid: zone 'eu-west-1a' is hinted twice
            - name: "eu west"
    #               ^^^^^^^^^ error endpoint-slice-invalid: zone name 'eu west' is not a valid label value
      - addresses: [10.0.0.6]
        hints: {forZones: [${zones(8)}]}
      - addresses: [10.0.0.7]
        hints: {forZones: [${zones(9)}]}
    #           ^^^^^^^^ error endpoint-slice-invalid: hints.forZones names 9 zones; at most 8 are allowed
  `, { rules });
});
