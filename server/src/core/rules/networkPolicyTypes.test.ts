import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['network-policy-types'];

test('Ingress and Egress only; duplicates are accepted; at most two entries', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: a}
    spec:
      policyTypes: [Ingress, Egress]
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: b}
    spec:
      policyTypes: [Ingress, Ingress]
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: c}
    spec:
      policyTypes: [ingress]
      #             ^^^^^^^ error network-policy-types: policyTypes entry must be one of Ingress, Egress (case-sensitive), got 'ingress'; did you mean 'Ingress'?
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: d}
    spec:
      policyTypes: [Ingress, Egress, Ingress]
    # ^^^^^^^^^^^ error network-policy-types: policyTypes may list at most 2 entries (Ingress and Egress); it has 3
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: e}
    spec:
      policyTypes: [""]
      #             ^^ error network-policy-types: policyTypes entry must be one of Ingress, Egress (case-sensitive), got ''
  `, { rules });
});
