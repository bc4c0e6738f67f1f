import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from '../testing/fixes';
import { checkFixture } from '../testing/fixture';

const rules = ['network-policy-selector'];

test('an absent or empty podSelector is valid; keys, values and operators are checked everywhere', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: default-deny}
    spec:
      policyTypes: [Ingress]
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: all}
    spec:
      podSelector: {}
      ingress:
        - from:
            - namespaceSelector: {}
              podSelector:
                matchLabels:
                  app.kubernetes.io/name: web
                  example.com/tier: ${'a'.repeat(63)}
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: bad}
    spec:
      podSelector:
        matchLabels:
          Example.com/app: web
        # ^^^^^^^^^^^^^^^ error network-policy-selector: 'Example.com/app' is not a valid label key: the prefix 'Example.com' must be a lower-case DNS subdomain
          version: 1
          #        ^ error network-policy-selector: label values are strings, but YAML reads 1 as a number: quote it
          tier: -web
          #     ^^^^ error network-policy-selector: label value '-web' must consist of alphanumerics
      egress:
        - to:
            - namespaceSelector:
                matchExpressions:
                  - {key: team, operator: In, values: []}
                  #                       ^^ error network-policy-selector: operator In needs at least one value in 'values'
                  - {key: team, operator: Exists, values: [a]}
                  #                               ^^^^^^ error network-policy-selector: operator Exists takes no values; remove 'values'
                  - {key: team, operator: in, values: [a]}
                  #                       ^^ error network-policy-selector: operator must be one of In, NotIn, Exists, DoesNotExist (case-sensitive), got 'in'; did you mean 'In'?
                  - {key: team, operator: NotIn, values: [a, b]}
                  - {key: team, operator: DoesNotExist}
  `, { rules });
});

test('other API groups (Calico) are not checked', () => {
  checkFixture(`
    apiVersion: projectcalico.org/v3
    kind: NetworkPolicy
    metadata: {name: calico}
    spec:
      selector: role == 'database'
      podSelector: {matchLabels: {Bad Key: x}}
  `, { rules });
});

test('the fix quotes a number used as a label value', () => {
  const fixed = applyFix(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: p}
    spec:
      podSelector: {matchLabels: {version: 2}}
  `, 'network-policy-selector');
  assert.equal(fixed, 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  podSelector: {matchLabels: {version: "2"}}\n');
});
