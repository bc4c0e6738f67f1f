import type { YNode } from '../syntax/nodes';
import { get, seqItems } from '../syntax/nodes';
import { normalizedClusterIPs } from '../k8s/defaults';
import { readString } from '../k8s/goyaml';
import { parseCIDR, parseIP } from '../k8s/ip';
import { replacement, replacementFixes } from './_shared/fieldChecks';
import type { ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

export const serviceIPNotCanonical: ResourceRule = {
  id: 'ip-not-canonical',
  title: 'IP address or CIDR is not in canonical form',
  description: 'Kubernetes accepts IPs with leading zeros (`010.0.0.1`, read as decimal), IPv4-mapped IPv6 addresses, IPv6 not written as RFC 5952 recommends, and CIDRs with host bits set (`10.0.0.1/8`), but answers with a warning: other tools may read them differently (leading zeros as octal), and a future release may reject them. Checked in Service cluster IPs, externalIPs, loadBalancerIP and loadBalancerSourceRanges.',
  remediation: 'Write the canonical form the message names; for a CIDR, clear the host bits.',
  ...SERVICE_ERROR,
  severity: 'warning',
  check: serviceCheck((ctx, spec) => {
    const ipNodes: YNode[] = [...normalizedClusterIPs(spec).map((e) => e.node), ...seqItems(get(spec, 'externalIPs'))];
    const lbIP = get(spec, 'loadBalancerIP');
    if (lbIP) ipNodes.push(lbIP);
    for (const node of ipNodes) {
      const s = readString(node);
      const ip = s?.ok ? parseIP(s.value) : null;
      if (ip?.nonCanonical) ctx.report({ start: node.start, end: node.end, message: `IP '${ip.text}' is not in canonical form (${ip.nonCanonical}); Kubernetes reads it as ${ip.canonical}`, data: replacement(ip.canonical, `Change to ${ip.canonical}`) });
    }
    for (const node of seqItems(get(spec, 'loadBalancerSourceRanges'))) {
      const s = readString(node);
      const c = s?.ok ? parseCIDR(s.value.trim()) : null;
      if (!c || (!c.nonCanonical && !c.hostBitsSet)) continue;
      const why = c.nonCanonical ?? `host bits are set; the network is ${c.canonical}`;
      ctx.report({ start: node.start, end: node.end, message: `CIDR '${c.text}' is not in canonical form (${why})`, data: replacement(c.canonical, c.hostBitsSet ? `Remove host bits: ${c.canonical}` : `Change to ${c.canonical}`) });
    }
  }),
  fixes: replacementFixes,
};
