import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, parseFixture, workspaceOf } from '../testing/fixture';
import { checkFile } from './runner';
import { ruleById } from './registry';

const rules = ['network-policy-selector-no-match', 'link-unverifiable'];

/** A Deployment on one line (a flow map), so that it can be interpolated into an indented fixture. */
const deployment = (name: string, labels: string, ns = 'shop') =>
  `{apiVersion: apps/v1, kind: Deployment, metadata: {name: ${name}, namespace: ${ns}}, spec: {selector: {matchLabels: ${labels}}, template: {metadata: {labels: ${labels}}, spec: {containers: [{name: c, image: nginx}]}}}}`;

test('warns on a label typo in the podSelector, on the differing entry', () => {
  checkFixture(`
    //- policy.yaml
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: carts, namespace: shop}
    spec:
      podSelector:
        matchLabels:
          name: cart
        # ^^^^^^^^^^ warning network-policy-selector-no-match: podSelector name=cart matches no pod template in namespace 'shop', so the policy isolates no pod; nearest: pod template of deployment/carts has name=carts
    //- other/deploy.yaml
    ${deployment('carts', '{name: carts}')}
  `, { rules });
});

test('matchExpressions are matched too, and the warning sits on the key line', () => {
  checkFixture(`
    //- policy.yaml
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: api, namespace: shop}
    spec:
      podSelector:
        matchExpressions:
          - key: app
          # ^^^^^^^^ warning network-policy-selector-no-match: nearest: pod template of deployment/api has app=apis
            operator: In
            values: [api]
    //- other/deploy.yaml
    ${deployment('api', '{app: apis}')}
  `, { rules });
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: api, namespace: shop}
    spec:
      podSelector:
        matchExpressions:
          - {key: app, operator: In, values: [api, apis]}
    ---
    ${deployment('api', '{app: apis}')}
  `, { rules });
});

test('an empty or absent podSelector selects every pod and is never reported', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: deny, namespace: shop}
    spec:
      podSelector: {}
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: deny2, namespace: shop}
    spec:
      policyTypes: [Ingress]
    ---
    ${deployment('web', '{app: web}')}
  `, { rules });
});

test('stays quiet when nothing in the workspace resembles the selector (pods from elsewhere)', () => {
  checkFixture(`
    //- policies/policy.yaml
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: web, namespace: shop}
    spec:
      podSelector: {matchLabels: {app: web}}
    //- apps/db.yaml
    ${deployment('db', '{app: db}')}
  `, { rules });
});

test('the link policy: a policy that misses every pod of its own unit (another app in the same file) is a warning', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: web, namespace: shop}
    spec:
      podSelector: {matchLabels: {app: web}}
    # ^^^^^^^^^^^ warning network-policy-selector-no-match: podSelector app=web matches no pod template in namespace 'shop', so the policy isolates no pod, though this folder defines 1 pod template there: deployment/db
    ---
    ${deployment('db', '{app: db}')}
  `, { rules });
});

test('a match in another namespace counts when either side does not write its namespace', () => {
  checkFixture(`
    //- policy.yaml
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: carts}
    spec:
      podSelector: {matchLabels: {name: carts}}
    //- deploy.yaml
    ${deployment('carts', '{name: carts}', 'shop')}
  `, { rules });
  checkFixture(`
    //- policy.yaml
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: carts, namespace: shop}
    spec:
      podSelector: {matchLabels: {name: carts}}
    //- deploy.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: carts}
    spec:
      template:
        metadata: {labels: {name: carts}}
        spec: {containers: [{name: c, image: nginx}]}
    ---
    ${deployment('cart', '{name: cart}')}
  `, { rules });
});

test('a Helm template nearby does not hide a likely typo: a warning that mentions the unreadable document', () => {
  checkFixture(`
    //- chart/templates/policy.yaml
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: carts, namespace: shop}
    spec:
      podSelector:
        matchLabels: {name: cart}
        #             ^^^^^^^^^^ warning network-policy-selector-no-match: podSelector name=cart matches no pod template in namespace 'shop', so the policy isolates no pod; nearest: pod template of deployment/carts has name=carts; 1 document nearby could not be read (a Helm template)
    //- chart/templates/deploy.yaml
    ${deployment('carts', '{name: carts}')}
    //- chart/templates/other.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{ .Release.Name }}
  `, { rules });
});

test('the quick fix replaces the mistyped value with the template label', () => {
  const text = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: carts, namespace: shop}
spec:
  podSelector:
    matchLabels:
      name: "cart"
  ingress:
    - from:
        - podSelector: {matchExpressions: [{key: name, operator: In, values: [cart]}]}
---
${deployment('carts', '{name: carts}')}
`;
  const f = parseFixture(text);
  const snapshot = workspaceOf(f).snapshot();
  const file = snapshot.files.get('/ws/main.yaml')!;
  const diagnostics = checkFile(snapshot, '/ws/main.yaml').filter((d) => d.rule.startsWith('network-policy-'));
  const fixed = diagnostics.map((d) => {
    const rule = ruleById(d.rule)!;
    const edits = rule.fixes?.({ snapshot, file, diagnostic: d }).flatMap((x) => x.edits) ?? [];
    return [d.rule, edits.map((e) => `${text.slice(e.start, e.end)} -> ${e.newText}`)];
  });
  assert.deepEqual(fixed, [
    ['network-policy-selector-no-match', ['"cart" -> carts']],
    ['network-policy-peer-no-match', []],
  ]);
});

test('a partial match: every label but one matches a template, and that one differs, typo or not', () => {
  const policy = (labels: string) => `{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: front, namespace: shop}, spec: {podSelector: {matchLabels: ${labels}}}}`;
  const workspace = (labels: string, note = '') => `
    //- policy.yaml
    ${policy(labels)}${note}
    //- other/deploy.yaml
    ${deployment('frontend', '{app: frontend, tier: web}')}
  `;
  checkFixture(workspace('{app: frontend, tier: frontend}', `
    #                                                                                                                                                   ^^^^^^^^^^^^^^ warning network-policy-selector-no-match: podSelector app=frontend,tier=frontend matches no pod template in namespace 'shop', so the policy isolates no pod; nearest: pod template of deployment/frontend has tier=web`), { rules });
  // One label alone, not a typo: the pods may come from elsewhere. A key the template lacks is not a near miss either.
  checkFixture(workspace('{tier: frontend}'), { rules });
  checkFixture(workspace('{app: frontend, zone: a}'), { rules });
});
