/** Walks a networking.k8s.io NetworkPolicy for the rules that validate it: its rules, peers and ports. */
import type { YMap } from '../syntax/nodes';
import { asMap, get } from '../syntax/nodes';
import type { PolicyRule } from '../model/networkPolicy';
import { networkPolicyOf } from '../model/networkPolicy';
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

/** The policy's ingress rules, then its egress rules (model/networkPolicy.ts). */
export function policyRules(ctx: ResourceContext): PolicyRule[] {
  const view = networkPolicyOf(ctx.resource);
  return view ? [...view.ingress, ...view.egress] : [];
}
