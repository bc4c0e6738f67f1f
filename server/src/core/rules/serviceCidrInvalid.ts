import { getPair, seqItems } from '../syntax/nodes';
import { looksTemplated, replacement, replacementFixes } from './_shared/fieldChecks';
import { readString } from '../k8s/goyaml';
import { parseCIDR } from '../k8s/ip';
import type { ResourceRule } from './types';

export const serviceCidrInvalid: ResourceRule = {
  id: 'service-cidr-invalid',
  title: 'ServiceCIDR is invalid',
  description: 'A networking.k8s.io ServiceCIDR lists one or two CIDRs in `spec.cidrs`; two must be one IPv4 and one IPv6. Being a newer API, it wants each CIDR in canonical form: the network address (no host bits set), without leading zeros, IPv6 as RFC 5952 writes it. The API server rejects the object otherwise.',
  remediation: 'List the canonical network CIDRs, e.g. `10.96.0.0/12` and `fd00:10:96::/112`.',
  severity: 'error',
  category: 'api-validation',
  kinds: ['ServiceCIDR'],
  scope: 'resource',
  check(ctx) {
    const r = ctx.resource;
    if (r.group !== 'networking.k8s.io') return;
    const pair = getPair(r.node, 'spec', 'cidrs');
    const items = seqItems(pair?.value);
    if (items.length === 0) {
      const anchor = pair?.key ?? getPair(r.node, 'spec')?.key ?? getPair(r.node, 'kind')!.key;
      ctx.report({ start: anchor.start, end: anchor.end, message: 'a ServiceCIDR needs at least one CIDR in spec.cidrs' });
      return;
    }
    if (items.length > 2) ctx.report({ start: items[2].start, end: items[2].end, message: `a ServiceCIDR holds at most two CIDRs (one IPv4, one IPv6), there are ${items.length}` });
    const families: string[] = [];
    for (const node of items) {
      const s = readString(node);
      if (!s) continue;
      if (!s.ok) {
        ctx.report({ start: node.start, end: node.end, message: `CIDR must be a string; ${s.problem}` });
        continue;
      }
      if (looksTemplated(s.value)) continue;
      const c = parseCIDR(s.value);
      if (!c) {
        ctx.report({ start: node.start, end: node.end, message: `'${s.value}' is not a valid CIDR (an address, "/", and a prefix length)` });
        continue;
      }
      if (c.hostBitsSet || c.nonCanonical || c.text !== c.canonical) {
        const why = c.hostBitsSet ? 'host bits are set' : c.nonCanonical ?? 'it is not in canonical form';
        ctx.report({ start: node.start, end: node.end, message: `CIDR '${c.text}' must be in canonical form (${why}); write ${c.canonical}`, data: replacement(c.canonical, c.hostBitsSet ? `Remove host bits: ${c.canonical}` : `Change to ${c.canonical}`) });
      }
      if (families.length === 1 && families[0] === c.family) ctx.report({ start: node.start, end: node.end, message: `two CIDRs must be one IPv4 and one IPv6; both are ${c.family}` });
      families.push(c.family);
    }
  },
  fixes: replacementFixes,
};
