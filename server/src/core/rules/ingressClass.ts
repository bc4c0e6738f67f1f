import { checkEnumField, replacementFixes } from './_shared/fieldChecks';
import { goValue, readString } from '../k8s/goyaml';
import { isDns1123Label, isDns1123Subdomain } from '../k8s/names';
import type { YNode } from '../syntax/nodes';
import { get, getPair } from '../syntax/nodes';
import { INGRESS_VALIDATION, v1Spec } from './ingress';
import type { ResourceRule } from './types';

/** IsDomainPrefixedPath: `example.com/path`, with a DNS-subdomain host and a non-empty path of URL characters. */
function domainPrefixedPathProblem(s: string): string | null {
  if (s.length > 250) return `must be at most 250 characters; it has ${s.length}`;
  const slash = s.indexOf('/');
  if (slash < 0) return "must be a domain-prefixed path such as 'example.com/ingress-controller'";
  if (!isDns1123Subdomain(s.slice(0, slash))) return `must start with a lower-case DNS domain; '${s.slice(0, slash)}' is not one`;
  if (!/^[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/.test(s.slice(slash + 1))) return 'must have a path after the domain, of URL path characters';
  return null;
}

function str(node: YNode | null): string | null {
  const s = readString(node);
  return s?.ok ? s.value : null;
}

export const ingressClass: ResourceRule = {
  id: 'ingress-class',
  title: 'Invalid IngressClass controller or parameters',
  description: '`spec.controller` is required: a domain-prefixed path such as `example.com/ingress-controller`, at most 250 characters. `spec.parameters` needs `kind` and `name`; its `scope` is `Cluster` or `Namespace`, and `namespace` is required with Namespace scope and forbidden with Cluster scope.',
  remediation: "Name the controller the way its documentation does (e.g. 'k8s.io/ingress-nginx'), and match parameters.namespace to the scope.",
  ...INGRESS_VALIDATION,
  kinds: ['IngressClass'],
  check(ctx) {
    const spec = v1Spec(ctx);
    if (!spec) return;
    const controller = getPair(spec, 'controller');
    const c = str(controller?.value ?? null);
    if (!controller?.value || !c) {
      const at = controller?.key ?? getPair(ctx.resource.node, 'spec')!.key;
      ctx.report({ start: at.start, end: at.end, message: "spec.controller is required, e.g. 'k8s.io/ingress-nginx'", data: { reason: 'controller-required' } });
    } else {
      const why = domainPrefixedPathProblem(c);
      if (why) ctx.report({ start: controller.value.start, end: controller.value.end, message: `controller '${c}' ${why}`, data: { reason: 'controller' } });
    }
    const params = getPair(spec, 'parameters');
    if (!params?.value || goValue(params.value)?.type === 'null') return;
    for (const field of ['kind', 'name']) {
      if (!str(get(params.value, field))) ctx.report({ start: params.key.start, end: params.key.end, message: `parameters.${field} is required`, data: { reason: `parameters-${field}` } });
    }
    const scopePair = getPair(params.value, 'scope');
    const scope = checkEnumField(ctx.report, scopePair?.value ?? null, 'parameters.scope', ['Cluster', 'Namespace'], true);
    const ns = getPair(params.value, 'namespace');
    const nsText = str(ns?.value ?? null);
    if (scope === 'Namespace' && !nsText && scopePair) {
      ctx.report({ start: scopePair.key.start, end: scopePair.key.end, message: 'parameters.namespace is required when scope is Namespace', data: { reason: 'namespace-required' } });
    } else if (scope === 'Cluster' && ns?.value && goValue(ns.value)?.type !== 'null') {
      ctx.report({ start: ns.key.start, end: ns.key.end, message: 'parameters.namespace must not be set when scope is Cluster', data: { reason: 'namespace-forbidden' } });
    } else if (scope === 'Namespace' && nsText && ns?.value && !isDns1123Label(nsText)) {
      ctx.report({ start: ns.value.start, end: ns.value.end, message: `parameters.namespace '${nsText}' must be a namespace name (DNS-1123 label)`, data: { reason: 'namespace' } });
    }
  },
  fixes: replacementFixes,
};
