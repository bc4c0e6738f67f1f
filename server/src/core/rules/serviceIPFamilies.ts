import { asMap, asSeq, get } from '../syntax/nodes';
import { ipFamilyPolicy, isHeadless, normalizedClusterIPs, serviceType, stringField } from '../k8s/defaults';
import { checkEnumField, replacementFixes } from './_shared/fieldChecks';
import type { ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

const FAMILIES = ['IPv4', 'IPv6'] as const;
const POLICIES = ['SingleStack', 'PreferDualStack', 'RequireDualStack'] as const;

export const serviceIPFamilies: ResourceRule = {
  id: 'service-ip-families',
  title: 'Service ipFamilies or ipFamilyPolicy is invalid',
  description: '`ipFamilies` lists `IPv4` and/or `IPv6`, each at most once; `ipFamilyPolicy` is `SingleStack` (the default), `PreferDualStack` or `RequireDualStack`. SingleStack cannot go with two families or two cluster IPs. When `kubeNetlens.ipFamilies` describes the cluster, a family it lacks (or RequireDualStack on a single-stack cluster) is rejected too.',
  remediation: 'Spell the families exactly, list each once, and use PreferDualStack or RequireDualStack for two families.',
  ...SERVICE_ERROR,
  check: serviceCheck((ctx, spec) => {
    if (serviceType(spec) === 'ExternalName') return;
    const familyNodes = asSeq(get(spec, 'ipFamilies'))?.items ?? [];
    const cluster = ctx.config.ipFamilies;
    // A headless Service without selector allocates nothing, so it may name families the cluster lacks.
    const allocates = !(isHeadless(spec) && (asMap(get(spec, 'selector'))?.items.length ?? 0) === 0);
    const clusterFamilies: string[] | null = cluster === 'dual' || cluster === 'unset' || !allocates ? null : [cluster];
    const seen = new Set<string>();
    for (const node of familyNodes) {
      const family = checkEnumField(ctx.report, node, 'ipFamilies entry', FAMILIES);
      if (!family) continue;
      if (seen.has(family)) ctx.report({ start: node.start, end: node.end, message: `${family} is listed twice in ipFamilies; each family may appear once` });
      else if (clusterFamilies && !clusterFamilies.includes(family)) ctx.report({ start: node.start, end: node.end, message: `${family} is not configured on this cluster (kubeNetlens.ipFamilies: ${cluster})` });
      seen.add(family);
    }
    const policyNode = get(spec, 'ipFamilyPolicy');
    const written = checkEnumField(ctx.report, policyNode, 'ipFamilyPolicy', POLICIES);
    if (policyNode && !written && stringField(policyNode) !== '') return;
    const policy = ipFamilyPolicy(spec);
    const ips = normalizedClusterIPs(spec);
    if (policy === 'SingleStack' && (familyNodes.length > 1 || ips.length > 1)) {
      const anchor = policyNode ?? (familyNodes.length > 1 ? familyNodes[1] : ips[1].node);
      const what = familyNodes.length > 1 ? 'two ipFamilies' : 'two clusterIPs';
      ctx.report({ start: anchor.start, end: anchor.end, message: `ipFamilyPolicy ${policyNode ? 'SingleStack' : 'defaults to SingleStack, which'} cannot be used with ${what}; use PreferDualStack or RequireDualStack` });
    }
    if (written === 'RequireDualStack' && clusterFamilies && policyNode) {
      ctx.report({ start: policyNode.start, end: policyNode.end, message: `RequireDualStack needs a dual-stack cluster, but kubeNetlens.ipFamilies is ${cluster}; use PreferDualStack or SingleStack` });
    }
  }),
  fixes: replacementFixes,
};
