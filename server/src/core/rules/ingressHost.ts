import { replacement, replacementFixes } from './_shared/fieldChecks';
import { readString } from '../k8s/goyaml';
import { parseIP } from '../k8s/ip';
import { isDns1123Subdomain } from '../k8s/names';
import type { YNode } from '../syntax/nodes';
import { get, seqItems } from '../syntax/nodes';
import { INGRESS_VALIDATION, isPlaceholder, isWildcardSubdomain, v1Spec } from './ingress';
import { ingressRules } from '../model/ingress';
import type { ResourceContext, ResourceRule } from './types';

/** Why a host is rejected, or null; only rule hosts are checked for being an IP address. */
function hostProblem(host: string, rule: boolean): string | null {
  if (rule && parseIP(host)) return 'must be a DNS name, not an IP address';
  if (host.includes('*')) return isWildcardSubdomain(host) ? null : "may use '*' only as the whole leftmost label ('*.example.com')";
  if (isDns1123Subdomain(host)) return null;
  if (host.includes(':')) return 'must not include a port';
  if (/[A-Z]/.test(host) && isDns1123Subdomain(host.toLowerCase())) return 'must be lower case';
  return 'must be a DNS subdomain: lower-case letters, digits, \'-\' and dots';
}

function checkHost(ctx: ResourceContext, node: YNode | null, field: string, rule: boolean): void {
  const s = readString(node);
  if (!node || !s?.ok || s.value === '' || isPlaceholder(s.value)) return;
  const why = hostProblem(s.value, rule);
  const lower = s.value.toLowerCase();
  const data = lower !== s.value && hostProblem(lower, rule) === null ? { reason: 'host', ...replacement(lower, `Change to '${lower}'`) } : { reason: 'host' };
  if (why) ctx.report({ start: node.start, end: node.end, message: `${field} '${s.value}' ${why}`, data });
}

export const ingressHost: ResourceRule = {
  id: 'ingress-host',
  title: 'Invalid Ingress host, TLS host or TLS secret name',
  description: 'A rule `host` and every `tls[].hosts` entry is a lower-case DNS name without a port, or a wildcard `*.example.com` (the `*` only as the whole leftmost label); a rule host may not be an IP address. A TLS `secretName` is a valid Secret name (DNS subdomain). The API server rejects the Ingress otherwise.',
  remediation: 'Write the host name in lower case without port or IP; use `*.` only as the first label.',
  ...INGRESS_VALIDATION,
  check(ctx) {
    const spec = v1Spec(ctx);
    if (!spec) return;
    for (const rule of ingressRules(spec)) checkHost(ctx, get(rule, 'host'), 'host', true);
    for (const tls of seqItems(get(spec, 'tls'))) {
      for (const h of seqItems(get(tls, 'hosts'))) checkHost(ctx, h, 'TLS host', false);
      const secret = get(tls, 'secretName');
      const s = readString(secret);
      if (secret && s?.ok && s.value !== '' && !isPlaceholder(s.value) && !isDns1123Subdomain(s.value)) ctx.report({ start: secret.start, end: secret.end, message: `secretName '${s.value}' must be a valid Secret name (lower-case DNS subdomain)`, data: { reason: 'secret' } });
    }
  },
  fixes: replacementFixes,
};
