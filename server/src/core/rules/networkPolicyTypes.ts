import { checkEnumField, replacementFixes } from './_shared/fieldChecks';
import { getPair, seqItems } from '../syntax/nodes';
import { NETWORK_POLICY_VALIDATION, networkPolicySpec } from './networkPolicy';
import type { ResourceRule } from './types';

export const networkPolicyTypes: ResourceRule = {
  id: 'network-policy-types',
  title: 'Invalid NetworkPolicy policyTypes',
  description: '`spec.policyTypes` lists `Ingress` and/or `Egress` (case-sensitive), at most two entries. The API server rejects other values; a repeated entry is accepted.',
  remediation: 'Use Ingress, Egress or both.',
  ...NETWORK_POLICY_VALIDATION,
  check(ctx) {
    const pair = getPair(networkPolicySpec(ctx), 'policyTypes');
    const items = seqItems(pair?.value);
    for (const item of items) checkEnumField(ctx.report, item, 'policyTypes entry', ['Ingress', 'Egress'], true);
    if (pair && items.length > 2) ctx.report({ start: pair.key.start, end: pair.key.end, message: `policyTypes may list at most 2 entries (Ingress and Egress); it has ${items.length}`, data: { reason: 'too-many' } });
  },
  fixes: replacementFixes,
};
