/**
 * The NetworkPolicy semantics, case by case, from the Kubernetes NetworkPolicy reference and the upstream e2e truth
 * tables (test/e2e/network/netpol): each expectation is what the documentation says the cluster does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connectivityOf, connsBetween, deployment } from '../testing/connectivity';

const np = (ns: string, name: string, spec: object) => JSON.stringify({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: ns }, spec });
const nsObj = (name: string, labels: Record<string, string>) => JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } });
const a = deployment('default', 'a', { app: 'a' }, ['80']);
const b = deployment('default', 'b', { app: 'b' }, ['80']);
const c = deployment('other', 'c', { app: 'c' }, ['80']);

test('no policy: everything is allowed both ways', () => {
  const m = connectivityOf([a, b]);
  assert.equal(connsBetween(m, 'default/a', 'default/b'), 'All Connections');
  assert.equal(connsBetween(m, 'default/b', 'default/a'), 'All Connections');
});

test('policyTypes defaults: ingress rules only isolate ingress; egress rules isolate both directions', () => {
  const ingressOnly = np('default', 'p', { podSelector: { matchLabels: { app: 'b' } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'a' } } }] }] });
  let m = connectivityOf([a, b, c, ingressOnly]);
  assert.equal(connsBetween(m, 'default/a', 'default/b'), 'All Connections');
  assert.equal(connsBetween(m, 'other/c', 'default/b'), 'No Connections');
  assert.equal(connsBetween(m, 'default/b', 'other/c'), 'All Connections', 'egress of b is not isolated');
  // Egress rules and no policyTypes: [Ingress, Egress], so b's ingress is isolated with no ingress rule at all.
  const egressOnly = np('default', 'p', { podSelector: { matchLabels: { app: 'b' } }, egress: [{ to: [{ podSelector: { matchLabels: { app: 'a' } } }] }] });
  m = connectivityOf([a, b, c, egressOnly]);
  assert.equal(connsBetween(m, 'default/b', 'default/a'), 'All Connections');
  assert.equal(connsBetween(m, 'default/b', 'other/c'), 'No Connections');
  assert.equal(connsBetween(m, 'default/a', 'default/b'), 'No Connections', 'ingress is isolated too');
});

test('an empty podSelector isolates every pod of its namespace only; deny-all ingress leaves egress open', () => {
  const m = connectivityOf([a, b, c, np('default', 'deny', { podSelector: {}, policyTypes: ['Ingress'] })]);
  assert.equal(connsBetween(m, 'default/a', 'default/b'), 'No Connections');
  assert.equal(connsBetween(m, 'other/c', 'default/a'), 'No Connections');
  assert.equal(connsBetween(m, '0.0.0.0-255.255.255.255', 'default/a'), 'No Connections');
  assert.equal(connsBetween(m, 'default/a', 'other/c'), 'All Connections');
});

test('namespaceSelector {} admits pods of every namespace but no external address', () => {
  const m = connectivityOf([a, c, np('default', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: {} }] }] })]);
  assert.equal(connsBetween(m, 'other/c', 'default/a'), 'All Connections');
  assert.equal(connsBetween(m, '0.0.0.0-255.255.255.255', 'default/a'), 'No Connections');
});

test('namespaceSelector and podSelector in one peer are ANDed; as two peers they are ORed', () => {
  const c2 = deployment('other', 'd', { app: 'd' });
  const ns = nsObj('other', { team: 'x' });
  const and = np('default', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'x' } }, podSelector: { matchLabels: { app: 'c' } } }] }] });
  let m = connectivityOf([a, b, c, c2, ns, and]);
  assert.equal(connsBetween(m, 'other/c', 'default/a'), 'All Connections');
  assert.equal(connsBetween(m, 'other/d', 'default/a'), 'No Connections');
  assert.equal(connsBetween(m, 'default/b', 'default/a'), 'No Connections');
  const or = np('default', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'x' } } }, { podSelector: { matchLabels: { app: 'b' } } }] }] });
  m = connectivityOf([a, b, c, c2, ns, or]);
  assert.equal(connsBetween(m, 'other/d', 'default/a'), 'All Connections');
  assert.equal(connsBetween(m, 'default/b', 'default/a'), 'All Connections');
});

test('a namespace without a Namespace object has only kubernetes.io/metadata.name', () => {
  const byName = np('default', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'other' } } }] }] });
  const byLabel = np('default', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'x' } } }] }] });
  assert.equal(connsBetween(connectivityOf([a, c, byName]), 'other/c', 'default/a'), 'All Connections');
  assert.equal(connsBetween(connectivityOf([a, c, byLabel]), 'other/c', 'default/a'), 'No Connections');
});

test('ipBlock except: the excepted range is cut out, and the external peers are cut at its bounds', () => {
  const m = connectivityOf([a, np('default', 'p', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }] }] })]);
  assert.deepEqual(m.sources.map((s) => s.name), ['0.0.0.0-9.255.255.255[External]', '10.0.0.0-10.0.255.255[External]', '10.1.0.0-10.1.255.255[External]', '10.2.0.0-10.255.255.255[External]', '11.0.0.0-255.255.255.255[External]']);
  assert.equal(connsBetween(m, '10.0.0.0-10.0.255.255', 'default/a'), 'All Connections');
  assert.equal(connsBetween(m, '10.1.0.0-10.1.255.255', 'default/a'), 'No Connections');
  assert.equal(connsBetween(m, '10.2.0.0-10.255.255.255', 'default/a'), 'All Connections');
  assert.equal(connsBetween(m, '11.0.0.0-255.255.255.255', 'default/a'), 'No Connections');
});

test('a named port is resolved in each destination pod, with its protocol', () => {
  const x = deployment('default', 'x', { tier: 'web' }, ['http:8080']);
  const y = deployment('default', 'y', { tier: 'web' }, ['http:9090']);
  const z = deployment('default', 'z', { tier: 'web' }, ['http:53/UDP']);
  const m = connectivityOf([a, x, y, z, np('default', 'p', { podSelector: { matchLabels: { tier: 'web' } }, ingress: [{ ports: [{ port: 'http' }] }] })]);
  assert.equal(connsBetween(m, 'default/a', 'default/x'), 'TCP 8080');
  assert.equal(connsBetween(m, 'default/a', 'default/y'), 'TCP 9090');
  assert.equal(connsBetween(m, 'default/a', 'default/z'), 'No Connections', 'the rule asks for TCP; the port named http is UDP');
});

test('endPort makes a range; SCTP, UDP and TCP are apart; a protocol without port is every port of it', () => {
  const m = connectivityOf([a, b, np('default', 'p', { podSelector: { matchLabels: { app: 'b' } }, ingress: [{ ports: [{ port: 32000, endPort: 32768 }, { protocol: 'SCTP', port: 9003 }, { protocol: 'UDP' }] }] })]);
  assert.equal(connsBetween(m, 'default/a', 'default/b'), 'SCTP 9003,TCP 32000-32768,UDP 1-65535');
});

test('traffic needs egress at the source and ingress at the destination', () => {
  const egress = np('default', 'e', { podSelector: { matchLabels: { app: 'a' } }, policyTypes: ['Egress'], egress: [{ ports: [{ port: 80 }, { port: 443 }] }] });
  const ingress = np('default', 'i', { podSelector: { matchLabels: { app: 'b' } }, ingress: [{ ports: [{ port: 443 }, { port: 8443 }] }] });
  const m = connectivityOf([a, b, egress, ingress]);
  assert.equal(connsBetween(m, 'default/a', 'default/b'), 'TCP 443');
  const v = m.between(m.find('default/a')[0], m.find('default/b')[0]);
  assert.deepEqual([v.egress?.isolatedBy, v.ingress?.isolatedBy], [['default/e'], ['default/i']]);
});

test('egress to DNS: UDP and TCP 53 to kube-dns in kube-system, named by its metadata.name label', () => {
  const dns = deployment('kube-system', 'coredns', { 'k8s-app': 'kube-dns' }, ['dns:53/UDP', 'dns-tcp:53']);
  const policy = np('default', 'dns', {
    podSelector: {},
    policyTypes: ['Egress'],
    egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] }],
  });
  const m = connectivityOf([a, b, dns, policy]);
  assert.equal(connsBetween(m, 'default/a', 'kube-system/coredns'), 'TCP 53,UDP 53');
  assert.equal(connsBetween(m, 'default/a', 'default/b'), 'No Connections');
  assert.equal(connsBetween(m, 'default/a', '0.0.0.0-255.255.255.255'), 'No Connections');
});

const admin = (kind: string, name: string, spec: object) => JSON.stringify({ apiVersion: 'policy.networking.k8s.io/v1alpha1', kind, metadata: { name }, spec });

test('AdminNetworkPolicy: priority order, first matching rule; Pass hands over to NetworkPolicies', () => {
  const deny = admin('AdminNetworkPolicy', 'deny-other', { priority: 20, subject: { namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'default' } } }, ingress: [{ action: 'Deny', from: [{ namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'other' } } }] }] });
  const pass = admin('AdminNetworkPolicy', 'pass-other-80', { priority: 10, subject: { namespaces: {} }, ingress: [{ action: 'Pass', from: [{ namespaces: {} }], ports: [{ portNumber: { protocol: 'TCP', port: 80 } }] }] });
  // Pass at priority 10 wins over Deny at 20 for TCP 80; the NetworkPolicy then admits only app=b.
  const only = np('default', 'only-b', { podSelector: { matchLabels: { app: 'a' } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'b' } } }] }] });
  let m = connectivityOf([a, b, c, deny, pass, only]);
  assert.equal(connsBetween(m, 'other/c', 'default/a'), 'No Connections');
  assert.equal(connsBetween(m, 'default/b', 'default/a'), 'All Connections');
  // With no NetworkPolicy, what is passed is allowed; the rest from other is still denied.
  m = connectivityOf([a, b, c, deny, pass]);
  assert.equal(connsBetween(m, 'other/c', 'default/a'), 'TCP 80');
  const v = m.between(m.find('other/c')[0], m.find('default/a')[0]);
  assert.deepEqual(v.ingress?.decisions.map((d) => [d.policy, d.rule, d.action]), [['pass-other-80', 1, 'Pass'], ['deny-other', 1, 'Deny'], [null, null, 'Allow']]);
});

test('BaselineAdminNetworkPolicy decides only where no NetworkPolicy isolates the pod', () => {
  const banp = admin('BaselineAdminNetworkPolicy', 'default', { subject: { namespaces: {} }, ingress: [{ action: 'Deny', from: [{ namespaces: {} }] }] });
  const allowA = np('default', 'allow-a', { podSelector: { matchLabels: { app: 'a' } }, ingress: [{ from: [{ namespaceSelector: {} }] }] });
  const m = connectivityOf([a, b, c, banp, allowA]);
  assert.equal(connsBetween(m, 'other/c', 'default/a'), 'All Connections', 'the NetworkPolicy isolates a and admits c');
  assert.equal(connsBetween(m, 'other/c', 'default/b'), 'No Connections', 'no NetworkPolicy for b: the baseline denies');
  assert.equal(connsBetween(m, '0.0.0.0-255.255.255.255', 'default/b'), 'All Connections', 'the baseline names namespaces, not addresses');
});

test('an Ingress opens {ingress-controller} to the backend pods on the targetPort, if policies admit it', () => {
  const svc = JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { selector: { app: 'a' }, ports: [{ port: 80, targetPort: 'http' }] } });
  const ing = JSON.stringify({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web', namespace: 'default' }, spec: { rules: [{ http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }] } });
  const web = deployment('default', 'a', { app: 'a' }, ['http:8080']);
  let m = connectivityOf([web, svc, ing]);
  assert.deepEqual(m.connections().filter((c) => c.src.type === 'ingress-controller').map((c) => `${c.dst.name} ${c.backend?.via.join()}`), ['default/a[Deployment] Ingress default/web']);
  assert.equal(connsBetween(m, '{ingress-controller}', 'default/a'), 'All Connections');
  m = connectivityOf([web, svc, ing, np('default', 'p', { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] })]);
  assert.equal(connsBetween(m, '{ingress-controller}', 'default/a'), 'No Connections', 'the controller runs in ingress-nginx, not default');
  const fromNginx = np('default', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }], ports: [{ port: 8080 }] }] });
  assert.equal(connsBetween(connectivityOf([web, svc, ing, fromNginx]), '{ingress-controller}', 'default/a'), 'TCP 8080');
  assert.equal(connsBetween(connectivityOf([web, svc, ing, fromNginx], { ingressControllerNamespaces: ['traefik'] }), '{ingress-controller}', 'default/a'), 'No Connections');
});

test('the explanation names the deciding rule of each direction, and ipBlocks that may also match pods', () => {
  const m = connectivityOf([a, b, np('default', 'p', { podSelector: { matchLabels: { app: 'b' } }, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }, { ports: [{ port: 80 }] }] })], { podCIDRs: ['10.244.0.0/16'] });
  const lines = m.explain(m.between(m.find('default/a')[0], m.find('default/b')[0]));
  assert.deepEqual(lines, [
    'default/a[Deployment] => default/b[Deployment] : TCP 80',
    '  egress from default/a[Deployment]: not isolated by any NetworkPolicy; all connections allowed (no policy decides them)',
    '  ingress to default/b[Deployment]: isolated by NetworkPolicy default/p; rule 2 of NetworkPolicy default/p allows TCP 80; SCTP 1-65535,TCP 1-79,81-65535,UDP 1-65535 denied (no rule of the isolating policies admits them)',
    '  note: ipBlock 10.0.0.0/8 in ingress rule 1 of NetworkPolicy default/p overlaps the pod CIDRs: it may also match pods, depending on the network plugin',
  ]);
});
