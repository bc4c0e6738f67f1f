/**
 * Hand-written endpoints of a selector-less Service: an Endpoints object of the Service's name (core/v1), or an
 * EndpointSlice labelled `kubernetes.io/service-name: <service>` (discovery.k8s.io). Traffic for a Service port goes
 * to the endpoint port of the same name, so the port names must agree (both empty for a single unnamed port).
 */
import type { YMap, YScalar } from '../syntax/nodes';
import { asMap, asScalar, get, seqItems, str } from '../syntax/nodes';
import type { Resource } from './resource';
import type { Snapshot } from './snapshot';
import type { ServiceView } from './service';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

export interface EndpointPort {
  node: YMap;
  /** '' when absent, as the API defaults it. */
  name: string;
  nameNode: YScalar | null;
}

export interface EndpointsView {
  resource: Resource;
  /** The Service the object belongs to, and where that is written (metadata.name, or the label's value). */
  serviceName: string;
  serviceNameNode: YScalar;
  ports: EndpointPort[];
}

export function isEndpoints(r: Resource): boolean {
  return (r.kind === 'Endpoints' && r.group === '') || (r.kind === 'EndpointSlice' && r.group === 'discovery.k8s.io');
}

export function endpointsView(r: Resource): EndpointsView | null {
  if (!isEndpoints(r)) return null;
  const slice = r.kind === 'EndpointSlice';
  const label = r.labels.find((l) => l.key === SERVICE_NAME_LABEL);
  const nameNode = slice ? asScalar(label?.pair.value) : r.nameNode;
  if (!nameNode || nameNode.value === null || String(nameNode.value) === '') return null;
  const portLists = slice ? [get(r.node, 'ports')] : seqItems(get(r.node, 'subsets')).map((s) => get(s, 'ports'));
  return {
    resource: r,
    serviceName: String(nameNode.value),
    serviceNameNode: nameNode,
    ports: portLists.flatMap((list) =>
      seqItems(list).flatMap((item) => {
        const m = asMap(item);
        if (!m) return [];
        const n = asScalar(get(m, 'name'));
        return [{ node: m, name: str(n) ?? '', nameNode: n }];
      }),
    ),
  };
}

/** The Services an Endpoints object or EndpointSlice belongs to, nearest first. */
export function servicesOfEndpoints(snapshot: Snapshot, v: EndpointsView): Resource[] {
  const found = new Set<Resource>();
  for (const ns of v.resource.namespaces) for (const s of snapshot.lookup('Service', ns, v.serviceName, v.resource.uri)) found.add(s);
  return [...found];
}

/** True when a Service's endpoints are written by hand: no selector, and not a DNS alias. */
export function hasManualEndpoints(svc: ServiceView): boolean {
  // A selector added by a kustomization (commonLabels) makes the endpoints managed, like a written one.
  return !svc.selector && svc.variantSelectors.length === 0 && svc.type !== 'ExternalName';
}

/** The Endpoints objects and EndpointSlices that belong to a Service, with their views. */
export function endpointsOfService(snapshot: Snapshot, svc: Resource): EndpointsView[] {
  const candidates = [...snapshot.ofKind('Endpoints'), ...snapshot.ofKind('EndpointSlice')];
  return candidates.flatMap((r) => {
    const v = endpointsView(r);
    return v && v.serviceName === svc.name && r.namespaces.some((n) => svc.namespaces.includes(n)) ? [v] : [];
  });
}
