import { looksTemplated } from './_shared/fieldChecks';
import { goValue, readString } from '../k8s/goyaml';
import type { ParsedCIDR } from '../k8s/ip';
import { cidrContainsCIDR, parseCIDR } from '../k8s/ip';
import type { YNode } from '../syntax/nodes';
import { asMap, get, getPair, seqItems } from '../syntax/nodes';
import { NETWORK_POLICY_VALIDATION, policyRules } from './networkPolicy';
import type { ResourceContext, ResourceRule } from './types';

/** Every ipBlock of the policy's peers. */
export function ipBlocksOf(ctx: ResourceContext): YNode[] {
  return policyRules(ctx).flatMap((r) => r.peerItems.map((p) => get(p, 'ipBlock')).filter((b): b is YNode => !!asMap(b)));
}

/** Why a string is not a CIDR, pointing at the likely mistake. */
function notACidr(value: string): string {
  if (value === '') return 'it is empty';
  if (!value.includes('/')) return 'it has no /prefix length (write e.g. 10.0.0.1/32 for a single address)';
  return 'it is not an IPv4 or IPv6 CIDR with a prefix length that fits the address family';
}

/** Reads and reports one CIDR field; returns it when valid. */
function checkCidr(ctx: ResourceContext, node: YNode, field: string): ParsedCIDR | null {
  const s = readString(node) ?? { ok: true as const, value: '' };
  if (!s.ok) {
    ctx.report({ start: node.start, end: node.end, message: `${field} must be a CIDR string; ${s.problem}`, data: { reason: 'type' } });
    return null;
  }
  if (looksTemplated(s.value)) return null;
  const c = parseCIDR(s.value);
  if (!c) ctx.report({ start: node.start, end: node.end, message: `${field} '${s.value}' must be a valid CIDR: ${notACidr(s.value)}`, data: { reason: 'cidr' } });
  return c;
}

export const networkPolicyIpBlock: ResourceRule = {
  id: 'network-policy-ip-block',
  title: 'Invalid NetworkPolicy ipBlock',
  description: 'An `ipBlock` needs `cidr`, a valid IPv4 or IPv6 CIDR such as `10.0.0.0/8`; every `except` entry is a valid CIDR that is a strict subset of `cidr`: the same family, inside it, with a longer prefix. The API server rejects the policy otherwise.',
  remediation: 'Write the CIDR with its /prefix, and list in `except` only ranges inside `cidr`.',
  ...NETWORK_POLICY_VALIDATION,
  check(ctx) {
    for (const block of ipBlocksOf(ctx)) {
      const cidrPair = getPair(block, 'cidr');
      if (!cidrPair?.value || goValue(cidrPair.value)?.type === 'null') {
        const at = cidrPair?.key ?? asMap(block)?.items[0]?.key ?? block;
        ctx.report({ start: at.start, end: at.end, message: 'ipBlock.cidr is required', data: { reason: 'required' } });
        continue;
      }
      const cidr = checkCidr(ctx, cidrPair.value, 'ipBlock.cidr');
      for (const node of seqItems(get(block, 'except'))) {
        const except = checkCidr(ctx, node, 'ipBlock.except');
        if (!cidr || !except) continue;
        if (!cidrContainsCIDR(cidr, except) || except.prefix <= cidr.prefix) {
          const why = except.family !== cidr.family ? `it is ${except.family} and cidr is ${cidr.family}` : except.prefix <= cidr.prefix && cidrContainsCIDR(except, cidr) ? `it covers all of ${cidr.canonical}` : `it lies outside ${cidr.canonical}`;
          ctx.report({ start: node.start, end: node.end, message: `except '${except.text}' must be a strict subset of cidr '${cidr.text}': ${why}`, data: { reason: 'subset' } });
        }
      }
    }
  },
};
