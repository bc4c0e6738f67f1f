import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from '../testing/fixes';
import { checkFixture } from '../testing/fixture';

const rules = ['ingress-host'];

test('hosts are DNS subdomains or wildcards, never IPs; TLS hosts and secret names too', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: i}
    spec:
      tls:
        - hosts: [a.example.com, "*.example.com", "*", "foo.*.example.com"]
          #                                       ^^^ error ingress-host: TLS host '*' may use '*' only as the whole leftmost label
          #                                            ^^^^^^^^^^^^^^^^^^^ error ingress-host: TLS host 'foo.*.example.com' may use
          secretName: a-example-tls
        - hosts: [b.example.com]
          secretName: B_tls
          #           ^^^^^ error ingress-host: secretName 'B_tls' must be a valid Secret name
      rules:
        - host: a.example.com
        - host: "*.example.com"
        - host: "*example.com"
          #     ^^^^^^^^^^^^^^ error ingress-host: host '*example.com' may use '*' only as the whole leftmost label
        - host: 10.0.0.1
          #     ^^^^^^^^ error ingress-host: host '10.0.0.1' must be a DNS name, not an IP address
        - host: a.example.com:8080
          #     ^^^^^^^^^^^^^^^^^^ error ingress-host: must not include a port
        - host: __INGRESS_HOST__
        - host: registry.<your domain>
        - host: localhost
  `, { rules });
});

test('the fix lower-cases a host', () => {
  const fixed = applyFix(`
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: i}
    spec:
      rules: [{host: Shop.Example.com}]
  `, 'ingress-host');
  assert.equal(fixed, 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i}\nspec:\n  rules: [{host: shop.example.com}]\n');
});
