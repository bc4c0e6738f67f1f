import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFirstFix, dedentText } from '../testing/fixes';

const rules = ['network-policy-blocks-dns'];

const pod = `{apiVersion: v1, kind: Pod, metadata: {name: web, namespace: shop, labels: {app: web}}, spec: {containers: [{name: c, image: nginx}]}}`;

test('a deny-all egress policy that selects pods blocks DNS', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: deny, namespace: shop}
    spec:
      podSelector: {}
      policyTypes:
        - Ingress
        - Egress
        # ^^^^^^ information network-policy-blocks-dns: egress of pod/web is restricted and no egress rule allows DNS
    ---
    ${pod}
  `, { rules });
});

test('egress rules without DNS: restricted peers and ports', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: db-only, namespace: shop}
    spec:
      podSelector: {matchLabels: {app: web}}
      egress:
    # ^^^^^^ information network-policy-blocks-dns: egress of pod/web is restricted
        - to: [{podSelector: {matchLabels: {app: db}}}]
        - ports: [{port: 443}, {port: 53, protocol: SCTP}, {port: 1, endPort: 52, protocol: UDP}]
        - to: [{namespaceSelector: {matchLabels: {team: ops, kubernetes.io/metadata.name: ops}}}]
    ---
    ${pod}
    ---
    {apiVersion: v1, kind: Pod, metadata: {name: host, namespace: shop, labels: {app: web}}, spec: {hostNetwork: true, containers: [{name: c, image: nginx}]}}
  `, { rules });
});

test('rules that allow DNS, each on its own', () => {
  for (const rule of [
    '{}',
    '{ports: [{port: 53, protocol: UDP}], to: [{podSelector: {matchLabels: {app: db}}}]}',
    '{ports: [{port: 1, endPort: 1024}]}',
    '{ports: [{protocol: UDP}]}',
    '{ports: [{port: dns, protocol: UDP}]}',
    '{to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]}',
    '{to: [{namespaceSelector: {}}]}',
    // kube-system commonly carries name=kube-system, set by the cluster's admins.
    '{to: [{namespaceSelector: {matchLabels: {name: kube-system}}}]}',
    '{to: [{ipBlock: {cidr: 169.254.20.10/32}}]}',
  ]) {
    checkFixture(`
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: p, namespace: shop}
      spec:
        podSelector: {}
        policyTypes: [Egress]
        egress: [${rule}]
      ---
      ${pod}
    `, { rules });
  }
});

test('another egress policy selecting the same pods may allow DNS; pods not selected are not reported', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: deny, namespace: shop}
    spec:
      podSelector: {}
      policyTypes: [Egress]
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: allow-dns, namespace: shop}
    spec:
      podSelector: {}
      policyTypes: [Egress]
      egress: [{ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]}]
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: deny-empty-namespace, namespace: empty}
    spec:
      podSelector: {}
      policyTypes: [Egress]
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: ingress-only, namespace: shop}
    spec:
      podSelector: {}
      egress: []
    ---
    ${pod}
  `, { rules });
});

test('an AdminNetworkPolicy or a CNI policy beside it may allow DNS', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: deny, namespace: shop}
    spec:
      podSelector: {}
      policyTypes: [Egress]
    ---
    ${pod}
    ---
    {apiVersion: policy.networking.k8s.io/v1alpha1, kind: AdminNetworkPolicy, metadata: {name: dns}, spec: {priority: 1}}
  `, { rules });
});

test('a kube-system Namespace object in the workspace tells its labels', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: p, namespace: shop}
    spec:
      podSelector: {}
      policyTypes: [Egress]
                  # ^^^^^^ information network-policy-blocks-dns: egress of pod/web is restricted
      egress: [{to: [{namespaceSelector: {matchLabels: {name: kube-system}}}]}]
    ---
    {apiVersion: v1, kind: Namespace, metadata: {name: kube-system, labels: {team: platform}}}
    ---
    ${pod}
  `, { rules });
});

test('pods restricted by several policies are reported once, on the first', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: deny, namespace: shop}
    spec:
      podSelector: {}
      policyTypes: [Egress]
                  # ^^^^^^ information network-policy-blocks-dns: egress of pod/web is restricted
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: web-to-db, namespace: shop}
    spec:
      podSelector: {matchLabels: {app: web}}
      egress: [{to: [{podSelector: {matchLabels: {app: db}}}]}]
    ---
    ${pod}
  `, { rules });
});

const podNamed = (name: string) => pod.replace('name: web', `name: ${name}`);

test('the message names every blocked workload, or counts them past three, each one in related information', () => {
  const policy = `
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: deny, namespace: shop}
    spec: {podSelector: {}, policyTypes: [Egress]}`;
  const [few] = checkFixture(`${policy}
    #                                     ^^^^^^ information network-policy-blocks-dns: egress of pod/a, pod/b and pod/c is restricted
    ---
    ${podNamed('a')}
    ---
    ${podNamed('b')}
    ---
    ${podNamed('c')}
  `, { rules });
  assert.deepEqual(few.related?.map((r) => r.message), ['pod template of pod/a', 'pod template of pod/b', 'pod template of pod/c']);
  const [many] = checkFixture(`${policy}
    #                                     ^^^^^^ information network-policy-blocks-dns: egress of 4 pod templates is restricted
    ---
    ${['a', 'b', 'c', 'd'].map(podNamed).join('\n    ---\n    ')}
  `, { rules });
  assert.equal(many.related?.length, 4);
});

const DENY = (spec: string) => `
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: deny, namespace: shop}
    spec:
      podSelector: {}
${spec}
    ---
    ${pod}
`;

test('the fix adds an egress rule to kube-dns on 53/UDP and 53/TCP, after which the rule is quiet', () => {
  const dns = '[{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]';
  const ports = '[{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]';
  const cases: [string, string][] = [
    // No egress list: a new one.
    ['      policyTypes: [Egress]', `      policyTypes: [Egress]\n      egress:\n        - to: ${dns}\n          ports: ${ports}`],
    // A block list: one more item, at its indentation.
    ['      egress:\n        - to: [{podSelector: {matchLabels: {app: db}}}]', `      egress:\n        - to: [{podSelector: {matchLabels: {app: db}}}]\n        - to: ${dns}\n          ports: ${ports}`],
    // A flow list, empty or not.
    ['      egress: []\n      policyTypes: [Egress]', `      egress: [{to: ${dns}, ports: ${ports}}]\n      policyTypes: [Egress]`],
    ['      egress: [{to: [{podSelector: {}}], ports: [{port: 443}]}]', `      egress: [{to: [{podSelector: {}}], ports: [{port: 443}]}, {to: ${dns}, ports: ${ports}}]`],
  ];
  for (const [before, after] of cases) {
    const fixed = applyFirstFix(DENY(before), 'network-policy-blocks-dns');
    assert.equal(fixed, dedentText(DENY(after)));
    checkFixture(fixed, { rules });
  }
  const flowSpec = applyFirstFix(DENY('').replace('spec:\n      podSelector: {}\n', 'spec: {podSelector: {}, policyTypes: [Egress]}'), 'network-policy-blocks-dns');
  assert.ok(flowSpec.includes(`spec: {podSelector: {}, policyTypes: [Egress], egress: [{to: ${dns}, ports: ${ports}}]}`), flowSpec);
});
