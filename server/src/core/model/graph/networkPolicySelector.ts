/** A NetworkPolicy's `spec.podSelector` links to the label lines of the pod templates the policy isolates. */
import { networkPolicyOf, policyTemplates } from '../networkPolicy';
import type { LinkProvider } from './types';
import { labelSelectorLinks, labelTargets, templatesVia } from './labelTargets';
import { PODS } from '../signature';

export const networkPolicySelectorLinks: LinkProvider = {
  kind: 'network-policy-selector',
  reads: [PODS],
  sourceKinds: ['NetworkPolicy'],
  links(snapshot, r) {
    const policy = networkPolicyOf(r);
    if (!policy || policy.podSelector.unreadable) return [];
    const templates = policyTemplates(snapshot, policy);
    return labelSelectorLinks('network-policy-selector', r, policy.podSelectorPair, (key) => labelTargets(templates, key), templatesVia(templates));
  },
};
