/** What the rules that validate a networking.k8s.io/v1 Ingress or IngressClass share; the walker is model/ingress.ts. */
import { looksTemplated } from './_shared/fieldChecks';
import { isDns1123Subdomain } from '../k8s/names';
import type { YMap } from '../syntax/nodes';
import { asMap, get } from '../syntax/nodes';
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
