/**
 * A range-carrying view of a networking.k8s.io/v1 NetworkPolicy, and the queries that resolve it: which pod templates
 * its `podSelector` isolates, which pods and namespaces each `from`/`to` peer names, and which namespaces exist.
 */
import type { Range } from '../text';
import type { YMap, YNode, YPair, YScalar } from '../syntax/nodes';
import { asMap, asScalar, get, pairOf, seqItems, str, stringEntries } from '../syntax/nodes';
import type { Resource } from './resource';
import type { Selector } from './selectors';
import { labelSelector, labelSourceOf, selectorMatches } from './selectors';
import type { Snapshot } from './snapshot';
import type { PodTemplate } from './workloads';
import { intValue } from './workloads';

export interface PolicyPort {
  node: YMap;
  /** A number, a port name, or null when absent (every port of the protocol). */
  port: number | string | null;
  portNode: YScalar | null;
  endPort: number | null;
  protocol: string;
}

export interface PolicyPeer {
  node: YMap;
  /** Absent in the peer: null. An absent podSelector next to a namespaceSelector means every pod there. */
  podSelector: Selector | null;
  podSelectorPair: YPair | null;
  namespaceSelector: Selector | null;
  namespaceSelectorPair: YPair | null;
  ipBlock: YNode | null;
}

export interface PolicyRule {
  direction: 'ingress' | 'egress';
  node: YNode;
  /** `from` (ingress) or `to` (egress); empty when absent, which allows every peer. */
  peers: PolicyPeer[];
  /** True when the rule has a non-empty `from`/`to`. */
  restrictsPeers: boolean;
  ports: PolicyPort[];
  /** The items of `from`/`to` and of `ports` as written, maps or not, for the rules that validate them. */
  peerItems: YNode[];
  portItems: YNode[];
}

export interface NetworkPolicyView {
  resource: Resource;
  /** The pods the policy isolates; an absent podSelector defaults to `{}`, every pod in the namespace. */
  podSelector: Selector;
  podSelectorPair: YPair | null;
  /** Explicit policyTypes, or the default: Ingress, plus Egress when the policy has egress rules. */
  policyTypes: string[];
  policyTypesPair: YPair | null;
  egressPair: YPair | null;
  ingress: PolicyRule[];
  egress: PolicyRule[];
}

export function isNetworkPolicy(r: Resource): boolean {
  return r.kind === 'NetworkPolicy' && r.group === 'networking.k8s.io';
}

const views = new WeakMap<Resource, NetworkPolicyView>();

/** The view of a NetworkPolicy (built once per object), or null for any other object. */
export function networkPolicyOf(r: Resource): NetworkPolicyView | null {
  return isNetworkPolicy(r) ? policyViewOf(r) : null;
}

/** The view of any object with a NetworkPolicy's spec (a MultiNetworkPolicy has the same), built once per object. */
export function policyViewOf(r: Resource): NetworkPolicyView {
  let v = views.get(r);
  if (!v) views.set(r, (v = networkPolicyView(r)));
  return v;
}

function networkPolicyView(r: Resource): NetworkPolicyView {
  const spec = get(r.node, 'spec');
  const podSelectorPair = pairOf(spec, 'podSelector');
  const ingress = rulesOf(get(spec, 'ingress'), 'ingress');
  const egress = rulesOf(get(spec, 'egress'), 'egress');
  const policyTypesPair = pairOf(spec, 'policyTypes');
  const declared = seqItems(policyTypesPair?.value).map((n) => str(n) ?? '');
  // The API server's defaulting: no policyTypes means Ingress, and Egress too when there are egress rules.
  const policyTypes = declared.length > 0 ? declared : egress.length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
  return {
    resource: r,
    podSelector: labelSelector(podSelectorPair?.value ?? null),
    podSelectorPair,
    policyTypes,
    policyTypesPair,
    egressPair: pairOf(spec, 'egress'),
    ingress,
    egress,
  };
}

function rulesOf(list: YNode | null, direction: 'ingress' | 'egress'): PolicyRule[] {
  return seqItems(list).map((node) => {
    const peersNode = get(node, direction === 'ingress' ? 'from' : 'to');
    const peers = seqItems(peersNode).flatMap((p) => {
      const m = asMap(p);
      return m ? [peerOf(m)] : [];
    });
    const portsNode = get(node, 'ports');
    return { direction, node, peers, restrictsPeers: seqItems(peersNode).length > 0, ports: portsOf(portsNode), peerItems: seqItems(peersNode), portItems: seqItems(portsNode) };
  });
}

function peerOf(node: YMap): PolicyPeer {
  const podSelectorPair = pairOf(node, 'podSelector');
  const namespaceSelectorPair = pairOf(node, 'namespaceSelector');
  return {
    node,
    podSelector: podSelectorPair ? labelSelector(podSelectorPair.value) : null,
    podSelectorPair,
    namespaceSelector: namespaceSelectorPair ? labelSelector(namespaceSelectorPair.value) : null,
    namespaceSelectorPair,
    ipBlock: get(node, 'ipBlock'),
  };
}

function portsOf(list: YNode | null): PolicyPort[] {
  return seqItems(list).flatMap((item) => {
    const m = asMap(item);
    if (!m) return [];
    const portNode = asScalar(get(m, 'port'));
    const v = portNode?.value;
    return [{
      node: m,
      port: typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? v : null,
      portNode,
      endPort: intValue(get(m, 'endPort')),
      protocol: str(get(m, 'protocol')) || 'TCP',
    }];
  });
}

/** The label every namespace carries with its own name (set by the API server since Kubernetes 1.21). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

export interface KnownNamespace {
  name: string;
  labels: { key: string; value: string }[];
}

const namespaceCache = new WeakMap<Snapshot, KnownNamespace[]>();

/**
 * The namespaces the workspace knows: every Namespace object with its labels, and every namespace any object lives
 * in, which carries at least the `kubernetes.io/metadata.name` label.
 */
export function knownNamespaces(snapshot: Snapshot): KnownNamespace[] {
  let list = namespaceCache.get(snapshot);
  if (list) return list;
  const byName = new Map<string, KnownNamespace>();
  const add = (name: string) => {
    let ns = byName.get(name);
    if (!ns) byName.set(name, (ns = { name, labels: [{ key: NAMESPACE_NAME_LABEL, value: name }] }));
    return ns;
  };
  for (const r of snapshot.resources) r.namespaces.forEach(add);
  for (const r of snapshot.ofKind('Namespace')) {
    if (r.group !== '' || r.name === null) continue;
    add(r.name).labels.push(...r.labels.filter((l) => l.key !== NAMESPACE_NAME_LABEL).map((l) => ({ key: l.key, value: l.value })));
  }
  list = [...byName.values()];
  namespaceCache.set(snapshot, list);
  return list;
}

/** The pods a policy isolates: the templates its podSelector matches in the policy's namespace. */
/** The pod templates each policy selects, per snapshot: rules weigh every policy of a namespace against the others. */
const selectedByPolicy = new WeakMap<Snapshot, Map<NetworkPolicyView, PodTemplate[]>>();

/** The pod templates the policy applies to. The list is shared: callers must not change it. */
export function policyTemplates(snapshot: Snapshot, policy: NetworkPolicyView): PodTemplate[] {
  if (policy.podSelector.unreadable) return [];
  let known = selectedByPolicy.get(snapshot);
  if (!known) selectedByPolicy.set(snapshot, (known = new Map()));
  let selected = known.get(policy);
  if (!selected) known.set(policy, (selected = snapshot.selectTemplates(policy.podSelector, policy.resource.namespaces, policy.resource.uri)));
  return selected;
}

export interface PeerPods {
  /** The namespaces the peer's pods are looked for in (for a namespaceSelector: the workspace's namespaces it matches). */
  namespaces: string[];
  /**
   * False when the workspace cannot list the peer's pods: a namespaceSelector that matches no known namespace, or `{}`
   * (every namespace of the cluster), or a namespace with no pod template in the workspace at all. The pods it selects
   * are then unknown, never missing.
   */
  complete: boolean;
  templates: PodTemplate[];
}

/** The pods a peer selects; null for an ipBlock peer or a selector that cannot be read. */
export function peerPods(snapshot: Snapshot, policy: NetworkPolicyView, peer: PolicyPeer): PeerPods | null {
  if (!peer.podSelector && !peer.namespaceSelector) return null;
  if (peer.podSelector?.unreadable || peer.namespaceSelector?.unreadable) return null;
  let namespaces = policy.resource.namespaces;
  let complete = true;
  if (peer.namespaceSelector) {
    const sel = peer.namespaceSelector;
    namespaces = knownNamespaces(snapshot).filter((ns) => selectorMatches(sel, labelSourceOf(ns.labels))).map((ns) => ns.name);
    complete = !sel.empty && namespaces.length > 0;
  }
  // A namespace none of whose pods the workspace describes (kube-system, say) hides the peer's pods, it does not lack them.
  complete &&= namespaces.every((ns) => snapshot.templatesIn(ns).length > 0);
  const podSelector = peer.podSelector ?? labelSelector(null);
  return { namespaces, complete, templates: snapshot.selectTemplates(podSelector, namespaces, policy.resource.uri) };
}

/** The entries of a selector node that a link can start from: each matchLabels line and each matchExpressions item. */
export function selectorEntries(node: YNode | null): { key: string; node: Range }[] {
  const out: { key: string; node: Range }[] = stringEntries(get(node, 'matchLabels')).map((e) => ({ key: e.key, node: e.pair }));
  for (const expr of seqItems(get(node, 'matchExpressions'))) {
    const key = str(get(expr, 'key'));
    if (key !== null) out.push({ key, node: expr });
  }
  return out;
}
