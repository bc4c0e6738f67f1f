import { asScalar, get, seqItems } from '../syntax/nodes';
import { readString } from '../k8s/goyaml';
import { isDns1123Subdomain } from '../k8s/names';
import { looksTemplated, replacement, replacementFixes } from './_shared/fieldChecks';
import type { ResourceRule } from './types';
import { hostAliasesOf, POD_SPEC_VALIDATION } from './podTemplate';

export const hostAliasHostname: ResourceRule = {
  id: 'host-alias-hostname',
  title: 'hostAliases host name is not a DNS subdomain',
  description: "Each of `spec.hostAliases[].hostnames` goes into the pod's /etc/hosts and must be a DNS-1123 subdomain: lower-case letters, digits, `-` and `.`, starting and ending with a letter or digit, at most 253 characters (so no upper case, no `_`, and no trailing dot). The API server rejects the pod, or the workload whose template holds it, otherwise.",
  remediation: 'Write the host name in lower case, without underscores or a trailing dot.',
  ...POD_SPEC_VALIDATION,
  check(ctx) {
    for (const alias of hostAliasesOf(ctx)) {
      for (const node of seqItems(get(alias, 'hostnames'))) {
        const r = readString(node);
        if (!r) continue;
        if (!r.ok) {
          ctx.report({ start: node.start, end: node.end, message: `a hostAliases host name must be a string: ${r.problem}`, data: replacement(`"${asScalar(node)?.raw ?? ''}"`, 'Quote the host name') });
          continue;
        }
        if (looksTemplated(r.value) || isDns1123Subdomain(r.value)) continue;
        const fixed = r.value.toLowerCase().replace(/\.$/, '');
        ctx.report({
          start: node.start,
          end: node.end,
          message: `hostAliases host name '${r.value}' is not a DNS-1123 subdomain: ${subdomainProblem(r.value)}`,
          ...(isDns1123Subdomain(fixed) ? { data: replacement(fixed, `Change to '${fixed}'`) } : {}),
        });
      }
    }
  },
  fixes: replacementFixes,
};

/** What makes a name fail IsDNS1123Subdomain, in the words a user can act on. */
function subdomainProblem(name: string): string {
  if (name === '') return 'it is empty';
  if (name.length > 253) return `it has ${name.length} characters, at most 253 are allowed`;
  if (/[A-Z]/.test(name)) return 'it has upper-case letters';
  if (name.endsWith('.')) return 'it ends with a dot (a fully qualified name with a trailing dot is not accepted)';
  if (/[^a-z0-9.-]/.test(name)) return `it holds '${name.match(/[^a-z0-9.-]/)![0]}'; only lower-case letters, digits, '-' and '.' are allowed`;
  return "each part between dots must start and end with a letter or digit";
}
