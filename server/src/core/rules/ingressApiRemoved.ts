import { ingressView, isIngress } from '../model/ingress';
import { getPair } from '../syntax/nodes';
import type { ResourceRule } from './types';

export const ingressApiRemoved: ResourceRule = {
  id: 'ingress-api-removed',
  title: 'Ingress uses an API version removed in Kubernetes 1.22',
  description: 'Ingress in `extensions/v1beta1` or `networking.k8s.io/v1beta1` is no longer served since Kubernetes 1.22; such a manifest is refused by current clusters. kube-netlens still reads its backends (`serviceName`, `servicePort`).',
  remediation: 'Use `apiVersion: networking.k8s.io/v1`: backends become `service: {name, port: {number | name}}`, `spec.backend` becomes `spec.defaultBackend`, and every path needs a `pathType`.',
  severity: 'information',
  category: 'advice',
  kinds: ['Ingress'],
  scope: 'resource',
  check(ctx) {
    const r = ctx.resource;
    if (!isIngress(r) || !ingressView(r).legacy) return;
    const node = getPair(r.node, 'apiVersion')?.value;
    if (!node) return;
    ctx.report({ start: node.start, end: node.end, message: `Ingress ${r.apiVersion} was removed in Kubernetes 1.22; use networking.k8s.io/v1 (service.name and service.port.number|name instead of serviceName/servicePort)` });
  },
};
