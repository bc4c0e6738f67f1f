import { labelSelectorFindings } from './_shared/labelSelector';
import { replacementFixes } from './_shared/fieldChecks';
import { get } from '../syntax/nodes';
import { NETWORK_POLICY_VALIDATION, networkPolicySpec, policyRules } from './networkPolicy';
import type { ResourceRule } from './types';

export const networkPolicySelector: ResourceRule = {
  id: 'network-policy-selector',
  title: 'Invalid label selector in a NetworkPolicy',
  description: '`spec.podSelector` and the `podSelector` / `namespaceSelector` of every peer are label selectors: matchLabels keys are label keys and values label values (strings: quote `1` or `true`), and a matchExpression uses In or NotIn with values, or Exists or DoesNotExist without. An empty or absent `podSelector` is valid and selects every pod of the namespace.',
  remediation: 'Fix the key, value or operator the message names.',
  ...NETWORK_POLICY_VALIDATION,
  check(ctx) {
    const spec = networkPolicySpec(ctx);
    if (!spec) return;
    const selectors = [get(spec, 'podSelector')];
    for (const rule of policyRules(ctx)) for (const peer of rule.peerItems) selectors.push(get(peer, 'podSelector'), get(peer, 'namespaceSelector'));
    for (const s of selectors) for (const f of labelSelectorFindings(s)) ctx.report(f);
  },
  fixes: replacementFixes,
};
