/**
 * The NetworkPolicy layer for one direction of one pod: the policies that isolate it (their podSelector selects it
 * and their policyTypes, as defaulted, hold the direction), and what each of their rules admits. A rule admits the
 * union of its peers (no `from`/`to`: everyone), each peer the AND of its namespaceSelector and podSelector, on the
 * union of its ports (none: every port), named ports read in the destination pod, protocol by protocol.
 */
import type { Snapshot } from '../model/snapshot';
import type { NetworkPolicyView, PolicyPeer, PolicyPort, PolicyRule } from '../model/networkPolicy';
import { networkPolicyOf } from '../model/networkPolicy';
import type { ConnSet } from './portSet';
import { ALL_CONNS, allPorts, isEmpty, isProtocol, NO_CONNS, portRange, union } from './portSet';
import type { Peer, PodLike } from './peers';
import { namedPort } from './peers';
import type { Selection } from './selection';
import { ipBlockOf } from './ipBlocks';
import { blockHolds } from './ipRanges';
import type { AddressInterval } from './ipRanges';

export type Direction = 'ingress' | 'egress';

export interface RuleHit {
  /** `namespace/name` of the policy. */
  policy: string;
  /** 1-based position of the rule in the policy's ingress or egress list. */
  rule: number;
  conns: ConnSet;
}

export interface PolicyLayer {
  /** The policies isolating the pod in this direction; empty when none does (everything is allowed). */
  isolatedBy: string[];
  allowed: ConnSet;
  hits: RuleHit[];
}

export interface NamespacedPolicy {
  view: NetworkPolicyView;
  namespace: string;
  name: string;
}

/** Every NetworkPolicy of the snapshot, once per namespace it lives in. */
export function networkPolicies(snapshot: Snapshot): NamespacedPolicy[] {
  return snapshot.ofKind('NetworkPolicy').flatMap((r) => {
    const view = networkPolicyOf(r);
    return view ? r.namespaces.map((namespace) => ({ view, namespace, name: `${namespace}/${r.name ?? ''}` })) : [];
  });
}

/** The policies that isolate the pod in the direction. */
export function isolatingPolicies(sel: Selection, policies: readonly NamespacedPolicy[], pod: PodLike, direction: Direction): NamespacedPolicy[] {
  const type = direction === 'ingress' ? 'Ingress' : 'Egress';
  return policies.filter((p) => p.namespace === pod.namespace && p.view.policyTypes.includes(type) && sel.podMatches(p.view.podSelector, pod));
}

/** What the isolating policies admit from (ingress) or to (egress) `other`; `dst` is the pod named ports are read in. */
export function policyLayer(sel: Selection, isolating: readonly NamespacedPolicy[], direction: Direction, other: Peer, dst: PodLike | null): PolicyLayer {
  if (isolating.length === 0) return { isolatedBy: [], allowed: ALL_CONNS, hits: [] };
  let allowed = NO_CONNS;
  const hits: RuleHit[] = [];
  for (const p of isolating) {
    const rules = direction === 'ingress' ? p.view.ingress : p.view.egress;
    rules.forEach((rule, i) => {
      if (!ruleAdmitsPeer(sel, p.namespace, rule, other)) return;
      const conns = portsConns(rule.ports, dst);
      if (isEmpty(conns)) return;
      hits.push({ policy: p.name, rule: i + 1, conns });
      allowed = union(allowed, conns);
    });
  }
  return { isolatedBy: isolating.map((p) => p.name), allowed, hits };
}

function ruleAdmitsPeer(sel: Selection, namespace: string, rule: PolicyRule, other: Peer): boolean {
  return !rule.restrictsPeers || rule.peers.some((peer) => peerAdmits(sel, namespace, peer, other));
}

function peerAdmits(sel: Selection, namespace: string, peer: PolicyPeer, other: Peer): boolean {
  if (other.type === 'external') return peer.ipBlock !== null && blockHolds(ipBlockOf(peer.ipBlock), other.interval);
  // An ipBlock is for addresses outside the cluster; whether it also reaches pod IPs depends on the network plugin.
  if (peer.ipBlock || (!peer.podSelector && !peer.namespaceSelector)) return false;
  const inNamespace = peer.namespaceSelector ? sel.namespaceMatches(peer.namespaceSelector, other.namespace) : other.namespace === namespace;
  return inNamespace && (!peer.podSelector || sel.podMatches(peer.podSelector, other));
}

/** The connections a rule's ports list opens towards `dst` (no list: all of them). */
export function portsConns(ports: readonly PolicyPort[], dst: PodLike | null): ConnSet {
  if (ports.length === 0) return ALL_CONNS;
  let out = NO_CONNS;
  for (const p of ports) {
    if (!isProtocol(p.protocol)) continue;
    if (p.port === null) out = union(out, allPorts(p.protocol));
    else if (typeof p.port === 'number') out = union(out, portRange(p.protocol, p.port, p.endPort ?? p.port));
    else {
      // A named port means the port of that name and protocol in the destination pod; an address has no names.
      const found = dst && namedPort(dst, p.port);
      if (found && found.protocol === p.protocol) out = union(out, portRange(p.protocol, found.port, found.port));
    }
  }
  return out;
}

/** Every address block the policies name, by direction: the external peers are cut along their bounds. */
export function policyBlocks(policies: readonly NamespacedPolicy[], direction: Direction): AddressInterval[] {
  const seen = new Set<NetworkPolicyView>();
  const out: AddressInterval[] = [];
  for (const { view } of policies) {
    if (seen.has(view)) continue;
    seen.add(view);
    for (const rule of direction === 'ingress' ? view.ingress : view.egress) for (const peer of rule.peers) if (peer.ipBlock) out.push(...ipBlockOf(peer.ipBlock));
  }
  return out;
}
