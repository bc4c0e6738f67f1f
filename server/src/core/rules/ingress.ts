/** Walks a networking.k8s.io/v1 Ingress or IngressClass for the rules that validate it. */
import { looksTemplated } from './_shared/fieldChecks';
import { isDns1123Subdomain } from '../k8s/names';
import type { YMap, YNode, YPair } from '../syntax/nodes';
import { asMap, get, getPair, seqItems } from '../syntax/nodes';
import type { ResourceContext, ResourceRule } from './types';

/** The deprecated annotation that named the Ingress class before `spec.ingressClassName`. */
export const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

/** The metadata every Ingress validation rule shares. */
export const INGRESS_VALIDATION: Pick<ResourceRule, 'severity' | 'category' | 'kinds' | 'scope'> = {
  severity: 'error',
  category: 'api-validation',
  kinds: ['Ingress'],
  scope: 'resource',
};

/**
 * The spec of a networking.k8s.io/v1 object of the rule's kind, or null. The v1beta1 Ingress had another backend
 * schema (serviceName/servicePort) and is no longer served, so it is not judged by these rules.
 */
export function v1Spec(ctx: ResourceContext): YMap | null {
  if (ctx.resource.apiVersion !== 'networking.k8s.io/v1') return null;
  return asMap(get(ctx.resource.node, 'spec'));
}

export interface IngressPath {
  node: YMap;
  /** The `http:` pair of the rule holding the path. */
  http: YPair;
}

export function ingressRules(spec: YMap): YNode[] {
  return seqItems(get(spec, 'rules'));
}

export function ingressPaths(spec: YMap): IngressPath[] {
  const out: IngressPath[] = [];
  for (const rule of ingressRules(spec)) {
    const http = getPair(rule, 'http');
    if (!http) continue;
    for (const p of seqItems(get(http.value, 'paths'))) {
      const node = asMap(p);
      if (node) out.push({ node, http });
    }
  }
  return out;
}

/** The `backend:` pairs of every path, and `defaultBackend:`. */
export function ingressBackends(spec: YMap): YPair[] {
  const pairs = [getPair(spec, 'defaultBackend'), ...ingressPaths(spec).map((p) => getPair(p.node, 'backend'))];
  return pairs.filter((p): p is YPair => !!p);
}

/** IsWildcardDNS1123Subdomain: `*.` followed by a DNS-1123 subdomain. */
export function isWildcardSubdomain(s: string): boolean {
  return s.startsWith('*.') && isDns1123Subdomain(s.slice(2)) && s.length <= 253;
}

/**
 * Placeholders that documentation asks readers to replace, beyond what looksTemplated knows: `__INGRESS_HOST__`
 * and `registry.<your domain>`. They are not the final text, so they are not judged.
 */
export function isPlaceholder(s: string): boolean {
  return looksTemplated(s) || /__[A-Za-z0-9_]+__/.test(s) || /<[^<>]+>/.test(s);
}
