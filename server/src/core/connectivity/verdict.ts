/**
 * One direction of one connection, through the three layers in the order the cluster applies them: the
 * AdminNetworkPolicies by priority (Allow, Deny, or Pass on), then the NetworkPolicies that isolate the pod, then,
 * where none does, the BaselineAdminNetworkPolicy; what no layer decides is allowed. The full verdict says which
 * policy and rule decided each part; the connlist only needs what is allowed, which is worked out without the record.
 */
import type { ConnSet } from './portSet';
import { ALL_CONNS, intersect, isEmpty, NO_CONNS, subtract, union } from './portSet';
import type { Peer, PodLike } from './peers';
import type { Selection } from './selection';
import type { AdminAction, AdminPolicy } from './adminPolicies';
import { ruleMatchesPeer, rulePorts } from './adminPolicies';
import type { Direction, NamespacedPolicy, PeerClasses, RuleHit } from './networkPolicies';
import { policyLayer } from './networkPolicies';

export interface Decision {
  layer: 'AdminNetworkPolicy' | 'NetworkPolicy' | 'BaselineAdminNetworkPolicy' | 'none';
  /** The policy's name (`namespace/name` for a NetworkPolicy); null for the default. */
  policy: string | null;
  /** 1-based rule position in the direction's list, with its name for admin policies. */
  rule: number | null;
  ruleName?: string | null;
  action: AdminAction;
  conns: ConnSet;
}

export interface DirectionVerdict {
  direction: Direction;
  /** The pod whose policies decide this direction (the source for egress, the destination for ingress). */
  subject: string;
  /** The NetworkPolicies isolating the subject in this direction; empty when none does. */
  isolatedBy: string[];
  allowed: ConnSet;
  decisions: Decision[];
}

export interface Layers {
  sel: Selection;
  /** The AdminNetworkPolicies whose subject holds the pod, in priority order (cached by the caller). */
  admin(pod: PodLike): readonly AdminPolicy[];
  /** The BaselineAdminNetworkPolicy if its subject holds the pod. */
  baseline(pod: PodLike): AdminPolicy | null;
  /** The NetworkPolicies isolating a pod in a direction (cached by the caller). */
  isolating(pod: PodLike, direction: Direction): readonly NamespacedPolicy[];
  classes: PeerClasses;
}

/** What `direction` at `subject` allows with `other`; `dst` is the destination pod (named ports), if a pod. */
export function allowedConns(layers: Layers, subject: PodLike, other: Peer, direction: Direction, dst: PodLike | null, record?: (d: Decision, hits?: RuleHit[]) => void): ConnSet {
  const admin = layers.admin(subject);
  const isolating = layers.isolating(subject, direction);
  const baseline = layers.baseline(subject);
  // No admin policy: the common case, answered from the NetworkPolicies alone.
  if (!record && admin.length === 0 && (isolating.length > 0 || !baseline)) return isolating.length > 0 ? layers.classes.admitted(isolating, direction, other, dst) : ALL_CONNS;
  let allowed = NO_CONNS;
  let open = ALL_CONNS;
  let passed = NO_CONNS;
  const decide = (d: Omit<Decision, 'conns'>, covered: ConnSet) => {
    const conns = intersect(open, covered);
    if (isEmpty(conns)) return;
    record?.({ ...d, conns });
    if (d.action === 'Allow') allowed = union(allowed, conns);
    if (d.action === 'Pass') passed = union(passed, conns);
    open = subtract(open, conns);
  };
  for (const p of admin) {
    if (isEmpty(open)) break;
    for (const r of p[direction]) {
      if (ruleMatchesPeer(layers.sel, r, other)) decide({ layer: p.kind, policy: p.name, rule: r.index, ruleName: r.name, action: r.action }, rulePorts(r, dst));
    }
  }
  open = union(open, passed);
  if (isolating.length > 0) {
    if (!record) return union(allowed, intersect(open, layers.classes.admitted(isolating, direction, other, dst)));
    const np = policyLayer(layers.sel, isolating, direction, other, dst);
    for (const h of np.hits) decide({ layer: 'NetworkPolicy', policy: h.policy, rule: h.rule, action: 'Allow' }, h.conns);
    decide({ layer: 'NetworkPolicy', policy: null, rule: null, action: 'Deny' }, ALL_CONNS);
  } else if (baseline) {
    for (const r of baseline[direction]) {
      if (ruleMatchesPeer(layers.sel, r, other)) decide({ layer: 'BaselineAdminNetworkPolicy', policy: baseline.name, rule: r.index, ruleName: r.name, action: r.action }, rulePorts(r, dst));
    }
  }
  decide({ layer: 'none', policy: null, rule: null, action: 'Allow' }, ALL_CONNS);
  return allowed;
}

/** The verdict with its record: which policy and rule decided each part of the connections. */
export function directionVerdict(layers: Layers, subject: PodLike & { name: string }, other: Peer, direction: Direction, dst: PodLike | null): DirectionVerdict {
  const decisions: Decision[] = [];
  const allowed = allowedConns(layers, subject, other, direction, dst, (d) => decisions.push(d));
  return { direction, subject: subject.name, isolatedBy: layers.isolating(subject, direction).map((p) => p.name), allowed, decisions };
}
