import { checkEnumField, replacement, replacementFixes } from './_shared/fieldChecks';
import { goValue } from '../k8s/goyaml';
import { checkIPField } from './_shared/ipChecks';
import { isDns1123Subdomain } from '../k8s/names';
import type { YNode } from '../syntax/nodes';
import { asMap, get, getPair, seqItems, str } from '../syntax/nodes';
import type { PodTemplate } from '../model/workloads';
import { POD_SPEC_VALIDATION, podTemplateFor } from './podTemplate';
import type { ResourceContext, ResourceRule } from './types';

const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const MAX_NAMESERVERS = 3;
const MAX_SEARCHES = 32;
const MAX_SEARCH_CHARS = 2048;

/** A search domain as RelaxedDNSSearchValidation (GA) accepts it: a lone `.`, or a subdomain that may contain `_`. */
function validSearch(s: string): boolean {
  if (s === '.') return true;
  const d = s.endsWith('.') ? s.slice(0, -1) : s;
  return isDns1123Subdomain(d.replace(/_/g, 'a'));
}

function checkPolicy(ctx: ResourceContext, t: PodTemplate): void {
  const pair = getPair(t.spec, 'dnsPolicy');
  const policy = goValue(pair?.value);
  // An empty dnsPolicy is left alone: defaulting turns it into ClusterFirst.
  checkEnumField(ctx.report, pair?.value ?? null, 'dnsPolicy', DNS_POLICIES);
  const nameservers = seqItems(get(t.spec, 'dnsConfig', 'nameservers'));
  if (pair?.value && policy?.type === 'string' && policy.value === 'None' && nameservers.length === 0) {
    const config = getPair(t.spec, 'dnsConfig');
    const at = config ?? pair;
    ctx.report({ start: at.key.start, end: at.key.end, message: "dnsPolicy: None needs dnsConfig with at least one nameserver; the pod would have no DNS server at all", data: { reason: 'none-without-nameservers' } });
  }
}

function checkConfig(ctx: ResourceContext, config: YNode): void {
  const nameservers = seqItems(get(config, 'nameservers'));
  for (const ns of nameservers) checkIPField(ctx.report, ns, 'nameserver', { nonSpecial: false });
  for (const extra of nameservers.slice(MAX_NAMESERVERS)) {
    ctx.report({ start: extra.start, end: extra.end, message: `dnsConfig.nameservers may list at most ${MAX_NAMESERVERS} servers; it has ${nameservers.length}`, data: { reason: 'nameserver-count' } });
  }
  const searches = seqItems(get(config, 'searches'));
  for (const extra of searches.slice(MAX_SEARCHES)) {
    ctx.report({ start: extra.start, end: extra.end, message: `dnsConfig.searches may list at most ${MAX_SEARCHES} domains; it has ${searches.length}`, data: { reason: 'search-count' } });
  }
  const texts = searches.map((s) => str(s) ?? '');
  const total = texts.reduce((n, s) => n + s.length, 0);
  const searchesPair = getPair(config, 'searches');
  if (total > MAX_SEARCH_CHARS && searchesPair) {
    ctx.report({ start: searchesPair.key.start, end: searchesPair.key.end, message: `dnsConfig.searches may hold at most ${MAX_SEARCH_CHARS} characters in total; it has ${total}`, data: { reason: 'search-length' } });
  }
  searches.forEach((node, i) => {
    if (validSearch(texts[i])) return;
    const lower = texts[i].toLowerCase();
    const fix = validSearch(lower) ? replacement(lower, `Change to '${lower}'`) : {};
    ctx.report({ start: node.start, end: node.end, message: `search domain '${texts[i]}' must be a lower-case DNS subdomain (letters, digits, '-', '_' and dots; one trailing dot allowed)`, data: { reason: 'search', ...fix } });
  });
  for (const option of seqItems(get(config, 'options'))) {
    const name = str(get(option, 'name'));
    const at = asMap(option)?.items[0]?.key ?? option;
    if (asMap(option) && !name) ctx.report({ start: at.start, end: at.end, message: 'every dnsConfig.options entry needs a name', data: { reason: 'option-name' } });
  }
}

export const podDnsConfig: ResourceRule = {
  id: 'pod-dns-config',
  title: 'Invalid pod DNS policy or DNS config',
  description: "`dnsPolicy` is `ClusterFirst` (the default), `ClusterFirstWithHostNet`, `Default` or `None`; `None` requires `dnsConfig.nameservers`. `dnsConfig` lists at most 3 nameservers (IP addresses) and 32 search domains (2048 characters), each search domain a DNS subdomain, and every option has a name. The API server rejects the pod otherwise.",
  remediation: 'Use one of the four policies (case-sensitive); with `None`, list the nameservers under `dnsConfig`.',
  ...POD_SPEC_VALIDATION,
  check(ctx) {
    const t = podTemplateFor(ctx);
    if (!t) return;
    checkPolicy(ctx, t);
    const config = get(t.spec, 'dnsConfig');
    if (asMap(config)) checkConfig(ctx, config!);
  },
  fixes: replacementFixes,
};
