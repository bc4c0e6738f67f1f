import { readString } from '../k8s/goyaml';
import { parseCIDR } from '../k8s/ip';
import { replacement, replacementFixes } from './_shared/fieldChecks';
import { get, seqItems } from '../syntax/nodes';
import { NETWORK_POLICY_VALIDATION } from './networkPolicy';
import { ipBlocksOf } from './networkPolicyIpBlock';
import type { ResourceRule } from './types';

export const networkPolicyCidrNotCanonical: ResourceRule = {
  id: 'network-policy-cidr-not-canonical',
  title: 'NetworkPolicy CIDR has host bits set or is not canonical',
  description: 'The API server accepts an ipBlock CIDR with host bits set (`10.0.0.1/8`), with leading zeros, or in a non-canonical IPv6 spelling, but answers with a warning: the policy applies to the whole network (`10.0.0.0/8`), which is rarely what the author of `10.0.0.1/8` meant, and a future release may reject it.',
  remediation: 'Write the network address the message names, or use /32 (/128) for a single address.',
  ...NETWORK_POLICY_VALIDATION,
  severity: 'warning',
  check(ctx) {
    for (const block of ipBlocksOf(ctx)) {
      for (const node of [get(block, 'cidr'), ...seqItems(get(block, 'except'))]) {
        const s = readString(node);
        const c = s?.ok ? parseCIDR(s.value) : null;
        if (!node || !c || (!c.nonCanonical && !c.hostBitsSet)) continue;
        const why = c.nonCanonical ?? `host bits are set, so it means the whole network ${c.canonical}`;
        ctx.report({ start: node.start, end: node.end, message: `CIDR '${c.text}' is not canonical: ${why}`, data: replacement(c.canonical, c.hostBitsSet ? `Remove host bits: ${c.canonical}` : `Change to ${c.canonical}`) });
      }
    }
  },
  fixes: replacementFixes,
};
