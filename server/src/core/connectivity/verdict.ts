/**
 * One direction of one connection, through the three layers in the order the cluster applies them: the
 * AdminNetworkPolicies by priority (Allow, Deny, or Pass on), then the NetworkPolicies that isolate the pod, then,
 * where none does, the BaselineAdminNetworkPolicy; what no layer decides is allowed. Every part of the result says
 * which policy and rule decided it.
 */
import type { ConnSet } from './portSet';
import { ALL_CONNS, intersect, isEmpty, NO_CONNS, subtract, union } from './portSet';
import type { Peer, PodLike } from './peers';
import type { Selection } from './selection';
import type { AdminAction, AdminPolicy } from './adminPolicies';
import { ruleMatchesPeer, rulePorts, subjectOf } from './adminPolicies';
import type { Direction, NamespacedPolicy } from './networkPolicies';
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
  admin: readonly AdminPolicy[];
  baseline: AdminPolicy | null;
  /** The NetworkPolicies isolating a pod in a direction (cached by the caller). */
  isolating(pod: PodLike, direction: Direction): readonly NamespacedPolicy[];
}

/** The verdict for `direction` at `subject` about `other`; `dst` is the destination pod (named ports), if a pod. */
export function directionVerdict(layers: Layers, subject: PodLike & { name: string }, other: Peer, direction: Direction, dst: PodLike | null): DirectionVerdict {
  const decisions: Decision[] = [];
  let allowed = NO_CONNS;
  let open = ALL_CONNS;
  let passed = NO_CONNS;
  const decide = (d: Omit<Decision, 'conns'>, covered: ConnSet) => {
    const conns = intersect(open, covered);
    if (isEmpty(conns)) return;
    decisions.push({ ...d, conns });
    if (d.action === 'Allow') allowed = union(allowed, conns);
    if (d.action === 'Pass') passed = union(passed, conns);
    open = subtract(open, conns);
  };
  for (const p of layers.admin) {
    if (isEmpty(open)) break;
    if (!subjectOf(layers.sel, p, subject)) continue;
    for (const r of p[direction]) {
      if (ruleMatchesPeer(layers.sel, r, other)) decide({ layer: p.kind, policy: p.name, rule: r.index, ruleName: r.name, action: r.action }, rulePorts(r, dst));
    }
  }
  open = union(open, passed);
  const isolating = layers.isolating(subject, direction);
  const np = policyLayer(layers.sel, isolating, direction, other, dst);
  if (np.isolatedBy.length > 0) {
    for (const h of np.hits) decide({ layer: 'NetworkPolicy', policy: h.policy, rule: h.rule, action: 'Allow' }, h.conns);
    decide({ layer: 'NetworkPolicy', policy: null, rule: null, action: 'Deny' }, ALL_CONNS);
  } else if (layers.baseline && subjectOf(layers.sel, layers.baseline, subject)) {
    for (const r of layers.baseline[direction]) {
      if (ruleMatchesPeer(layers.sel, r, other)) decide({ layer: 'BaselineAdminNetworkPolicy', policy: layers.baseline.name, rule: r.index, ruleName: r.name, action: r.action }, rulePorts(r, dst));
    }
  }
  decide({ layer: 'none', policy: null, rule: null, action: 'Allow' }, ALL_CONNS);
  return { direction, subject: subject.name, isolatedBy: np.isolatedBy, allowed, decisions };
}
