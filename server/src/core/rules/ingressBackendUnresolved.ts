import { ingressView, isIngress } from '../model/ingress';
import { checkServiceRefs, serviceRefFixes } from './shared/serviceRef';
import type { ResourceRule } from './types';

export const ingressBackendUnresolved: ResourceRule = {
  id: 'ingress-backend-unresolved',
  title: 'Ingress backend names a missing Service or port',
  description: "An Ingress backend (a path's or the default backend) names a Service that does not exist in the Ingress's namespace, or a port (`port.number` or `port.name`) the Service does not expose. The ingress controller then answers 503 or 404 for those requests. By the link policy a missing Service is reported when the Ingress's deployment unit defines Services in that namespace, a nearby Service has a similar name, or one of that name is in another namespace: otherwise the Service is most likely installed by a chart or an operator, which is common and correct.",
  remediation: "Point the backend at an existing Service in the same namespace, and at one of the Service's `ports[].port` numbers or `ports[].name` names (not the container's targetPort).",
  severity: 'warning',
  category: 'links',
  kinds: ['Ingress'],
  scope: 'resource',
  reads: ['Service'],
  check(ctx) {
    if (!isIngress(ctx.resource)) return;
    checkServiceRefs(ctx, ingressView(ctx.resource).backends);
  },
  fixes: serviceRefFixes,
};
