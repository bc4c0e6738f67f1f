import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from '../testing/fixes';
import { checkFixture } from '../testing/fixture';

const rules = ['network-policy-cidr-not-canonical'];

test('host bits and non-canonical spellings warn; canonical CIDRs stay quiet', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: p}
    spec:
      ingress:
        - from:
            - ipBlock:
                cidr: 10.0.0.1/8
                #     ^^^^^^^^^^ warning network-policy-cidr-not-canonical: CIDR '10.0.0.1/8' is not canonical: host bits are set, so it means the whole network 10.0.0.0/8
                except: [10.1.0.0/16, 10.2.0.0/16]
            - ipBlock: {cidr: 172.16.0.0/12}
            - ipBlock: {cidr: "2001:db8::/32"}
  `, { rules });
});

test('the fix clears the host bits', () => {
  const fixed = applyFix(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: p}
    spec:
      egress:
        - to:
            - ipBlock: {cidr: 192.168.1.10/24}
  `, 'network-policy-cidr-not-canonical');
  assert.equal(fixed, 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  egress:\n    - to:\n        - ipBlock: {cidr: 192.168.1.0/24}\n');
});
