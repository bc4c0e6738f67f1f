import { isRoute, routeBackends } from '../model/routes';
import { checkServiceRefs, serviceRefFixes } from './shared/serviceRef';
import type { ResourceRule } from './types';

export const routeBackendUnresolved: ResourceRule = {
  id: 'route-backend-unresolved',
  title: 'Gateway API route backend names a missing Service or port',
  description: "A `backendRefs` entry of an HTTPRoute, GRPCRoute, TCPRoute, TLSRoute or UDPRoute (or a request mirror) names a Service that does not exist in its namespace, or a `port` the Service does not expose. The gateway marks the route's `ResolvedRefs` condition false and answers 500 for that share of the traffic. By the link policy a missing Service is reported when the route's deployment unit defines Services in that namespace, a nearby Service has a similar name, or one of that name is in another namespace.",
  remediation: "Point the backendRef at an existing Service (in `namespace` when it names one) and at one of the Service's `ports[].port` numbers (not the container's targetPort).",
  severity: 'warning',
  category: 'links',
  kinds: ['HTTPRoute', 'GRPCRoute', 'TCPRoute', 'TLSRoute', 'UDPRoute'],
  scope: 'resource',
  reads: ['Service'],
  check(ctx) {
    if (!isRoute(ctx.resource)) return;
    checkServiceRefs(ctx, routeBackends(ctx.resource));
  },
  fixes: serviceRefFixes,
};
