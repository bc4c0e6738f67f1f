import { goValue, readString } from '../k8s/goyaml';
import { isDns1123Subdomain } from '../k8s/names';
import { getPair, seqItems } from '../syntax/nodes';
import { CLASS_ANNOTATION, INGRESS_VALIDATION, isPlaceholder, v1Spec } from './ingress';
import type { ResourceRule } from './types';

export const ingressSpec: ResourceRule = {
  id: 'ingress-spec',
  title: 'Ingress without rules or backend, or with an invalid class',
  description: 'An Ingress needs at least one rule or a `defaultBackend`. `ingressClassName` is a DNS subdomain (the name of an IngressClass). When both `ingressClassName` and the deprecated `kubernetes.io/ingress.class` annotation are set, they must be equal, or the API server rejects the Ingress on create.',
  remediation: 'Add a rule or a defaultBackend; keep only `ingressClassName` and drop the annotation.',
  ...INGRESS_VALIDATION,
  check(ctx) {
    const spec = v1Spec(ctx);
    if (!spec) return;
    const rules = getPair(spec, 'rules');
    const backend = getPair(spec, 'defaultBackend');
    if (seqItems(rules?.value).length === 0 && (!backend?.value || goValue(backend.value)?.type === 'null')) {
      const at = rules?.key ?? getPair(ctx.resource.node, 'spec')!.key;
      ctx.report({ start: at.start, end: at.end, message: 'an Ingress needs at least one rule or a defaultBackend', data: { reason: 'empty' } });
    }
    const classPair = getPair(spec, 'ingressClassName');
    const cls = readString(classPair?.value);
    if (!classPair?.value || !cls?.ok) return;
    if (!isPlaceholder(cls.value) && !isDns1123Subdomain(cls.value)) {
      ctx.report({ start: classPair.value.start, end: classPair.value.end, message: `ingressClassName '${cls.value}' must be an IngressClass name: a lower-case DNS subdomain`, data: { reason: 'class-name' } });
    }
    const annotation = ctx.resource.annotations.find((a) => a.key === CLASS_ANNOTATION);
    if (annotation && annotation.value !== cls.value) {
      const at = annotation.pair.value ?? annotation.pair.key;
      ctx.report({ start: at.start, end: at.end, message: `annotation ${CLASS_ANNOTATION} '${annotation.value}' must equal ingressClassName '${cls.value}' when both are set; drop the deprecated annotation`, data: { reason: 'class-mismatch' } });
    }
  },
};
