/** Walks a networking.k8s.io NetworkPolicy for the rules that validate it: its rules, peers and ports. */
import type { YMap, YNode } from '../syntax/nodes';
import { asMap, get, seqItems } from '../syntax/nodes';
import type { ResourceContext, ResourceRule } from './types';

/** The metadata every NetworkPolicy validation rule shares. */
export const NETWORK_POLICY_VALIDATION: Pick<ResourceRule, 'severity' | 'category' | 'kinds' | 'scope'> = {
  severity: 'error',
  category: 'api-validation',
  kinds: ['NetworkPolicy'],
  scope: 'resource',
};

/**
 * The spec of a Kubernetes NetworkPolicy, or null for other API groups (Calico's projectcalico.org NetworkPolicy has
 * a different schema).
 */
export function networkPolicySpec(ctx: ResourceContext): YMap | null {
  if (ctx.resource.group !== 'networking.k8s.io') return null;
  return asMap(get(ctx.resource.node, 'spec'));
}

export interface PolicyRule {
  direction: 'ingress' | 'egress';
  node: YNode;
  /** `from` for ingress rules, `to` for egress rules. */
  peers: YNode[];
  ports: YNode[];
}

export function policyRules(spec: YMap): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const direction of ['ingress', 'egress'] as const) {
    for (const node of seqItems(get(spec, direction))) {
      out.push({ direction, node, peers: seqItems(get(node, direction === 'ingress' ? 'from' : 'to')), ports: seqItems(get(node, 'ports')) });
    }
  }
  return out;
}
