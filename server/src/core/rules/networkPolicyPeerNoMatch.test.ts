import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFirstFix } from '../testing/fixes';

const rules = ['network-policy-peer-no-match', 'link-unverifiable'];

/** One-line objects (flow maps), so that they can be interpolated into an indented fixture. */
const pod = (name: string, labels: string, ns: string) => `{apiVersion: v1, kind: Pod, metadata: {name: ${name}, namespace: ${ns}, labels: ${labels}}, spec: {containers: [{name: c, image: nginx}]}}`;
const namespace = (name: string, labels: string) => `{apiVersion: v1, kind: Namespace, metadata: {name: ${name}, labels: ${labels}}}`;

test('a podSelector-only peer looks in the policy namespace: a typo there is reported', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: db, namespace: shop}
    spec:
      podSelector: {matchLabels: {app: db}}
      ingress:
        - from:
            - podSelector:
                matchLabels:
                  name: cart
                # ^^^^^^^^^^ warning network-policy-peer-no-match: ingress[0].from[0].podSelector name=cart matches no pod template in namespace 'shop', so this peer admits traffic from no pod; nearest: pod template of pod/carts has name=carts
    ---
    ${pod('db', '{app: db}', 'shop')}
    ---
    ${pod('carts', '{name: carts}', 'shop')}
    ---
    ${pod('cart', '{name: cart}', 'other')}
  `, { rules });
});

test('namespaceSelector AND podSelector: the pods must be in a matching namespace', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: db, namespace: shop}
    spec:
      podSelector: {}
      egress:
        - to:
            - namespaceSelector: {matchLabels: {team: ops}}
              podSelector: {matchLabels: {app: prometheus}}
            - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ops}}
              podSelector: {matchLabels: {app: promethues}}
                                        # ^^^^^^^^^^^^^^^ warning network-policy-peer-no-match: egress[0].to[1].podSelector app=promethues matches no pod template in namespace 'ops', so this peer allows traffic to no pod; nearest: pod template of pod/prom has app=prometheus
    ---
    ${namespace('ops', '{team: ops}')}
    ---
    ${pod('prom', '{app: prometheus}', 'ops')}
    ---
    ${pod('promethues', '{app: promethues}', 'shop')}
  `, { rules });
});

test('unknown namespaces make a peer unknown, not empty', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: db, namespace: shop}
    spec:
      podSelector: {}
      ingress:
        - from:
            # No Namespace object carries team=nobody: the namespace may exist in the cluster.
            - namespaceSelector: {matchLabels: {team: nobody}}
              podSelector: {matchLabels: {app: prom}}
            # Every namespace, most of them outside the workspace.
            - namespaceSelector: {}
              podSelector: {matchLabels: {app: prom}}
            # kube-system is known by name, but none of its pods are in the workspace.
            - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}
              podSelector: {matchLabels: {k8s-app: kube-dns}}
            - ipBlock: {cidr: 10.0.0.0/8}
            - podSelector: {}
    ---
    ${pod('prom-x', '{app: promx}', 'shop')}
    ---
    {apiVersion: v1, kind: ConfigMap, metadata: {name: x, namespace: kube-system}}
  `, { rules });
});

test('a peer without a namespaceSelector whose pods live in another namespace: a warning, and the fix that adds one', () => {
  const policy = (peer: string, ns = 'namespace: orders') => `
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: orders, ${ns}}
    spec:
      podSelector: {matchLabels: {app: orders}}
      ingress:
        - from:
            ${peer}
    ---
    ${pod('orders', '{app: orders}', 'orders')}
    ---
    ${pod('ui', '{app.kubernetes.io/name: ui}', 'ui')}`;
  const found = checkFixture(`${policy(`- podSelector:
                matchLabels:
                  app.kubernetes.io/name: ui`)}
  `.replace('        - from:\n            - podSelector:', '        - from:\n            - podSelector:\n            # ^^^^^^^^^^^ warning network-policy-peer-no-match: ingress[0].from[0].podSelector app.kubernetes.io/name=ui matches pods only in namespace \'ui\' (pod/ui), but a peer without a namespaceSelector selects pods in the policy\'s own namespace \'orders\'; add a namespaceSelector'), { rules });
  assert.equal(found.length, 1);
  const fixed = applyFirstFix(policy(`- podSelector:
                matchLabels:
                  app.kubernetes.io/name: ui`), 'network-policy-peer-no-match');
  assert.match(fixed, /- namespaceSelector: \{matchLabels: \{kubernetes\.io\/metadata\.name: ui\}\}\n {10}podSelector:\n/);
  const flow = applyFirstFix(policy('- {podSelector: {matchLabels: {app.kubernetes.io/name: ui}}}'), 'network-policy-peer-no-match');
  assert.match(flow, /- \{namespaceSelector: \{matchLabels: \{kubernetes\.io\/metadata\.name: ui\}\}, podSelector:/);
  // With a namespaceSelector, or a policy whose namespace is not written (kubectl apply -n ui), nothing is wrong.
  checkFixture(policy('- {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ui}}, podSelector: {matchLabels: {app.kubernetes.io/name: ui}}}'), { rules });
  checkFixture(policy('- {podSelector: {matchLabels: {app.kubernetes.io/name: ui}}}', 'labels: {a: b}'), { rules });
});
