import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

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
