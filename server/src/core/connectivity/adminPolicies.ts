/**
 * AdminNetworkPolicy and BaselineAdminNetworkPolicy (policy.networking.k8s.io/v1alpha1), cluster-scoped: a subject
 * (namespaces, or pods within namespaces) and ordered rules with an action. AdminNetworkPolicies are read in
 * priority order (lower first) before NetworkPolicies; the first rule that matches a connection decides it: Allow,
 * Deny, or Pass (on to NetworkPolicies). The BaselineAdminNetworkPolicy decides only what no NetworkPolicy isolates.
 */
import type { Snapshot } from '../model/snapshot';
import type { Resource } from '../model/resource';
import type { Selector } from '../model/selectors';
import { labelSelector } from '../model/selectors';
import type { YNode } from '../syntax/nodes';
import { get, seqItems, str } from '../syntax/nodes';
import { intValue } from '../model/workloads';
import type { ConnSet } from './portSet';
import { ALL_CONNS, isProtocol, NO_CONNS, portRange, union } from './portSet';
import type { Peer, PodLike } from './peers';
import { namedPort } from './peers';
import type { Selection } from './selection';
import type { AddressInterval } from './ipRanges';
import { blockHolds } from './ipRanges';
import { networksOf } from './ipBlocks';
import type { Direction } from './networkPolicies';

export const ADMIN_GROUP = 'policy.networking.k8s.io';
export type AdminAction = 'Allow' | 'Deny' | 'Pass';

/** Pods by namespace labels, and by pod labels when `pods` (not `namespaces`) is written. */
interface PodMatcher {
  namespaces: Selector;
  pods: Selector | null;
}

type AdminPeer = { pods: PodMatcher } | { networks: AddressInterval[] } | { nothing: true };

type AdminPort = { conns: ConnSet } | { named: string };

export interface AdminRule {
  /** 1-based position in the policy's ingress or egress list. */
  index: number;
  name: string | null;
  action: AdminAction;
  peers: AdminPeer[];
  /** Null when absent: every port. */
  ports: AdminPort[] | null;
}

export interface AdminPolicy {
  kind: 'AdminNetworkPolicy' | 'BaselineAdminNetworkPolicy';
  name: string;
  priority: number;
  subject: PodMatcher | null;
  ingress: AdminRule[];
  egress: AdminRule[];
}

export function isAdminPolicy(r: Resource): boolean {
  return r.group === ADMIN_GROUP && (r.kind === 'AdminNetworkPolicy' || r.kind === 'BaselineAdminNetworkPolicy');
}

/** The AdminNetworkPolicies in the order they apply (priority, then name), and the baseline policy if any. */
export function adminPolicies(snapshot: Snapshot): { admin: AdminPolicy[]; baseline: AdminPolicy | null } {
  const admin = snapshot.ofKind('AdminNetworkPolicy').filter(isAdminPolicy).map(adminPolicyOf);
  admin.sort((a, b) => a.priority - b.priority || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // The API server admits one BaselineAdminNetworkPolicy, named `default`.
  const baseline = snapshot.ofKind('BaselineAdminNetworkPolicy').filter(isAdminPolicy).map(adminPolicyOf)[0] ?? null;
  return { admin, baseline };
}

function adminPolicyOf(r: Resource): AdminPolicy {
  const spec = get(r.node, 'spec');
  const rules = (key: Direction) => seqItems(get(spec, key)).map((n, i) => ruleOf(n, i + 1, key));
  return {
    kind: r.kind as AdminPolicy['kind'],
    name: r.name ?? '',
    priority: intValue(get(spec, 'priority')) ?? 0,
    subject: matcherOf(get(spec, 'subject')),
    ingress: rules('ingress'),
    egress: rules('egress'),
  };
}

function matcherOf(node: YNode | null): PodMatcher | null {
  const namespaces = get(node, 'namespaces');
  if (namespaces) return { namespaces: labelSelector(namespaces), pods: null };
  const pods = get(node, 'pods');
  if (pods) return { namespaces: labelSelector(get(pods, 'namespaceSelector')), pods: labelSelector(get(pods, 'podSelector')) };
  return null;
}

function ruleOf(node: YNode, index: number, direction: Direction): AdminRule {
  const action = str(get(node, 'action'));
  const peers = seqItems(get(node, direction === 'ingress' ? 'from' : 'to')).map((p): AdminPeer => {
    const networks = get(p, 'networks');
    if (networks) return { networks: networksOf(networks) };
    const pods = matcherOf(p);
    return pods ? { pods } : { nothing: true };
  });
  const portsNode = get(node, 'ports');
  return {
    index,
    name: str(get(node, 'name')),
    action: action === 'Allow' || action === 'Deny' || action === 'Pass' ? action : 'Deny',
    peers,
    ports: portsNode ? seqItems(portsNode).flatMap(portOf) : null,
  };
}

function portOf(node: YNode): AdminPort[] {
  const named = str(get(node, 'namedPort'));
  if (named) return [{ named }];
  const num = get(node, 'portNumber');
  const range = get(node, 'portRange');
  const protocol = str(get(num ?? range, 'protocol')) || 'TCP';
  if (!isProtocol(protocol)) return [];
  if (num) {
    const port = intValue(get(num, 'port'));
    return port === null ? [] : [{ conns: portRange(protocol, port, port) }];
  }
  const start = intValue(get(range, 'start'));
  const end = intValue(get(range, 'end'));
  return start === null || end === null ? [] : [{ conns: portRange(protocol, start, end) }];
}

function podMatches(sel: Selection, m: PodMatcher, pod: PodLike): boolean {
  return sel.namespaceMatches(m.namespaces, pod.namespace) && (!m.pods || sel.podMatches(m.pods, pod));
}

export function subjectOf(sel: Selection, policy: AdminPolicy, pod: PodLike): boolean {
  return policy.subject !== null && podMatches(sel, policy.subject, pod);
}

export function ruleMatchesPeer(sel: Selection, rule: AdminRule, other: Peer): boolean {
  return rule.peers.some((p) => {
    if ('networks' in p) return other.type === 'external' && blockHolds(p.networks, other.interval);
    if ('pods' in p) return other.type !== 'external' && podMatches(sel, p.pods, other);
    return false;
  });
}

/** The connections a rule covers towards `dst`; a named port is the destination pod's port of that name. */
export function rulePorts(rule: AdminRule, dst: PodLike | null): ConnSet {
  if (!rule.ports) return ALL_CONNS;
  let out = NO_CONNS;
  for (const p of rule.ports) {
    if ('conns' in p) out = union(out, p.conns);
    else {
      const found = dst && namedPort(dst, p.named);
      if (found && isProtocol(found.protocol)) out = union(out, portRange(found.protocol, found.port, found.port));
    }
  }
  return out;
}

/** Every network the admin policies' egress rules name. */
export function adminBlocks(policies: readonly AdminPolicy[]): AddressInterval[] {
  return policies.flatMap((p) => p.egress.flatMap((r) => r.peers.flatMap((peer) => ('networks' in peer ? peer.networks : []))));
}

