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
export function policyLayer(sel: Selection, isolating: readonly NamespacedPolicy[], direction: Direction, other: Peer, dst: PodLike | null, withHits = true): PolicyLayer {
  if (isolating.length === 0) return { isolatedBy: [], allowed: ALL_CONNS, hits: [] };
  let allowed = NO_CONNS;
  const hits: RuleHit[] = [];
  for (const p of isolating) {
    const rules = direction === 'ingress' ? p.view.ingress : p.view.egress;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i];
      if (!ruleAdmitsPeer(sel, p.namespace, rule, other)) continue;
      const conns = ruleConns(rule, dst);
      if (isEmpty(conns)) continue;
      if (withHits) hits.push({ policy: p.name, rule: i + 1, conns });
      allowed = union(allowed, conns);
    }
  }
  return { isolatedBy: withHits ? isolating.map((p) => p.name) : [], allowed, hits };
}

/**
 * Peers that every NetworkPolicy rule admits alike form a class: what a pod's isolating rules open to a peer depends
 * only on the peer's class (and, for named ports in egress, on the destination pod), so each pod works it out once
 * per class instead of once per peer. A peer's class is its row of admitted/not over all rules, computed once.
 */
export class PeerClasses {
  private readonly rules: { namespace: string; rule: PolicyRule }[];
  private readonly ids = new Map<string, number>();
  private readonly ofPeer = new WeakMap<Peer, number>();
  private readonly unions = new WeakMap<readonly NamespacedPolicy[], Map<string, ConnSet>>();
  private readonly podIds = new WeakMap<PodLike, number>();
  private readonly named = new WeakMap<readonly NamespacedPolicy[], boolean>();

  constructor(private readonly sel: Selection, policies: readonly NamespacedPolicy[]) {
    this.rules = policies.flatMap((p) => [...p.view.ingress, ...p.view.egress].map((rule) => ({ namespace: p.namespace, rule })));
  }

  classOf(peer: Peer): number {
    let id = this.ofPeer.get(peer);
    if (id === undefined) {
      const row = this.rules.map((r) => (ruleAdmitsPeer(this.sel, r.namespace, r.rule, peer) ? '1' : '0')).join('');
      id = this.ids.get(row);
      if (id === undefined) this.ids.set(row, (id = this.ids.size));
      this.ofPeer.set(peer, id);
    }
    return id;
  }

  /** True when an egress rule of the policies names a port: what it opens then depends on the destination pod. */
  private namesPorts(isolating: readonly NamespacedPolicy[]): boolean {
    let named = this.named.get(isolating);
    if (named === undefined) this.named.set(isolating, (named = isolating.some((p) => p.view.egress.some((r) => r.ports.some((x) => typeof x.port === 'string')))));
    return named;
  }

  /** The union of what the isolating rules that admit `other` open towards `dst`. */
  admitted(isolating: readonly NamespacedPolicy[], direction: Direction, other: Peer, dst: PodLike | null): ConnSet {
    let key = String(this.classOf(other));
    if (direction === 'egress' && dst && this.namesPorts(isolating)) {
      if (!this.podIds.has(dst)) this.podIds.set(dst, nextPodId++);
      key += `@${this.podIds.get(dst)}`;
    }
    let known = this.unions.get(isolating);
    if (!known) this.unions.set(isolating, (known = new Map()));
    let c = known.get(key);
    if (!c) known.set(key, (c = policyLayer(this.sel, isolating, direction, other, dst, false).allowed));
    return c;
  }
}

let nextPodId = 0;

/** A rule's ports without names are the same for every destination: worked out once. */
const fixedPorts = new WeakMap<PolicyRule, ConnSet>();

function ruleConns(rule: PolicyRule, dst: PodLike | null): ConnSet {
  if (rule.ports.some((p) => typeof p.port === 'string')) return portsConns(rule.ports, dst);
  let c = fixedPorts.get(rule);
  if (!c) fixedPorts.set(rule, (c = portsConns(rule.ports, null)));
  return c;
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
