import { isRoute, referenceGranted, routeBackends } from '../model/routes';
import type { ResourceRule } from './types';

export const routeReferenceGrantMissing: ResourceRule = {
  id: 'route-reference-grant-missing',
  title: 'Cross-namespace route backend without a ReferenceGrant',
  description: "A Gateway API route refers to a Service in another namespace. The gateway only follows such a reference when a ReferenceGrant in the Service's namespace allows routes of that kind from the route's namespace; none in the workspace does. It may exist in the cluster, hence only information.",
  remediation: "Add a ReferenceGrant (gateway.networking.k8s.io) in the Service's namespace with `from: [{group: gateway.networking.k8s.io, kind: <route kind>, namespace: <route namespace>}]` and `to: [{group: '', kind: Service}]`, or move the route next to the Service.",
  severity: 'information',
  category: 'links',
  kinds: ['HTTPRoute', 'GRPCRoute', 'TCPRoute', 'TLSRoute', 'UDPRoute'],
  scope: 'resource',
  reads: ['ReferenceGrant'],
  check(ctx) {
    const r = ctx.resource;
    if (!isRoute(r)) return;
    const grants = ctx.snapshot.ofKind('ReferenceGrant');
    for (const ref of routeBackends(r)) {
      if (!ref.crossNamespace) continue;
      const ns = ref.namespaces[0];
      if (r.namespaces.some((from) => referenceGranted(grants, r.kind, from, ns, ref.name))) continue;
      const node = ref.nameNode;
      ctx.report({
        start: node.start,
        end: node.end,
        message: `Service '${ref.name}' is in namespace '${ns}', but no ReferenceGrant in '${ns}' allows ${r.kind}s from namespace '${r.namespaces[0]}' to refer to it; without one the gateway refuses the reference (ResolvedRefs: RefNotPermitted)`,
        data: { namespace: ns, service: ref.name },
      });
    }
  },
};
