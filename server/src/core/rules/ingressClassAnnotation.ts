import { readString } from '../k8s/goyaml';
import { get } from '../syntax/nodes';
import { CLASS_ANNOTATION, INGRESS_VALIDATION, v1Spec } from './ingress';
import type { ResourceRule } from './types';

const GKE_CLASSES = ['gce', 'gce-internal'];

export const ingressClassAnnotation: ResourceRule = {
  id: 'ingress-class-annotation-deprecated',
  title: 'Deprecated kubernetes.io/ingress.class annotation',
  description: 'The `kubernetes.io/ingress.class` annotation is deprecated in favour of `spec.ingressClassName`; the API server accepts it with a warning, and newer controllers may ignore it. Not reported for GKE\'s `gce` and `gce-internal` classes, whose controller still requires the annotation.',
  remediation: 'Set `spec.ingressClassName` to the IngressClass name and remove the annotation.',
  ...INGRESS_VALIDATION,
  severity: 'warning',
  check(ctx) {
    const spec = v1Spec(ctx);
    const annotation = ctx.resource.annotations.find((a) => a.key === CLASS_ANNOTATION);
    // GKE's built-in controller reads only the annotation (it has no IngressClass), so the advice would break it.
    if (!spec || !annotation || GKE_CLASSES.includes(annotation.value)) return;
    const cls = readString(get(spec, 'ingressClassName'));
    // A class name that differs is an error, reported by ingress-spec.
    if (cls?.ok && cls.value !== annotation.value) return;
    const hint = cls?.ok ? 'spec.ingressClassName already says the same; remove the annotation' : `use spec.ingressClassName: ${annotation.value} instead`;
    ctx.report({ start: annotation.pair.key.start, end: annotation.pair.key.end, message: `annotation ${CLASS_ANNOTATION} is deprecated; ${hint}`, data: { reason: 'deprecated' } });
  },
};
