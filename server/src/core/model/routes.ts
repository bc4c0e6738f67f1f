/**
 * A range-carrying view of the Gateway API routes (HTTPRoute, GRPCRoute, TCPRoute, TLSRoute, UDPRoute): their
 * backendRefs to core Services (the default kind; group "" or absent), request-mirror targets included. References to
 * other kinds (an InferencePool, a ServiceImport, …) are not Services and are left out.
 */
import type { YNode } from '../syntax/nodes';
import { asScalar, get, seqItems, str } from '../syntax/nodes';
import type { Resource } from './resource';
import type { ServiceRef } from './serviceRef';

export const GATEWAY_GROUP = 'gateway.networking.k8s.io';
export const ROUTE_KINDS = ['HTTPRoute', 'GRPCRoute', 'TCPRoute', 'TLSRoute', 'UDPRoute'];

export function isRoute(r: Resource): boolean {
  return r.group === GATEWAY_GROUP && ROUTE_KINDS.includes(r.kind);
}

/** Every Service reference of a route, in source order. */
export function routeBackends(r: Resource): ServiceRef[] {
  const refs: YNode[] = [];
  const mirrors = (filters: YNode | null) => {
    for (const f of seqItems(filters)) {
      const m = get(f, 'requestMirror', 'backendRef');
      if (m) refs.push(m);
    }
  };
  for (const rule of seqItems(get(r.node, 'spec', 'rules'))) {
    mirrors(get(rule, 'filters'));
    for (const b of seqItems(get(rule, 'backendRefs'))) {
      refs.push(b);
      mirrors(get(b, 'filters'));
    }
  }
  return refs.flatMap((b) => {
    const ref = backendRef(r, b);
    return ref ? [ref] : [];
  });
}

function backendRef(r: Resource, b: YNode): ServiceRef | null {
  const group = str(get(b, 'group')) ?? '';
  const kind = str(get(b, 'kind')) ?? 'Service';
  const nameNode = asScalar(get(b, 'name'));
  if (group !== '' || kind !== 'Service' || !nameNode || typeof nameNode.value !== 'string' || nameNode.value === '') return null;
  const namespace = str(get(b, 'namespace'));
  const portNode = asScalar(get(b, 'port'));
  const port = typeof portNode?.value === 'number' ? portNode.value : null;
  const crossNamespace = namespace !== null && !r.namespaces.includes(namespace);
  return { from: r, name: nameNode.value, nameNode, namespaces: namespace === null ? r.namespaces : [namespace], crossNamespace, port, portNode: port === null ? null : portNode };
}

/** True when a ReferenceGrant in the Service's namespace lets routes of this kind in `fromNamespace` refer to it. */
export function referenceGranted(grants: Resource[], routeKind: string, fromNamespace: string, serviceNamespace: string, serviceName: string): boolean {
  return grants.some((g) => {
    if (g.group !== GATEWAY_GROUP || !g.namespaces.includes(serviceNamespace)) return false;
    const from = seqItems(get(g.node, 'spec', 'from')).some((f) => str(get(f, 'group')) === GATEWAY_GROUP && str(get(f, 'kind')) === routeKind && str(get(f, 'namespace')) === fromNamespace);
    const to = seqItems(get(g.node, 'spec', 'to')).some((t) => (str(get(t, 'group')) ?? '') === '' && str(get(t, 'kind')) === 'Service' && (str(get(t, 'name')) ?? serviceName) === serviceName);
    return from && to;
  });
}
