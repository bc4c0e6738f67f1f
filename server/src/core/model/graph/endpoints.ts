/**
 * Endpoints objects and EndpointSlices link to their Service (metadata.name, or the kubernetes.io/service-name label
 * value, to the Service's name) and each endpoint port name to the Service port of that name. A selector-less
 * Service's name links back to the endpoints that back it.
 */
import { endpointsOfService, endpointsView, hasManualEndpoints, servicesOfEndpoints } from '../endpoints';
import type { Link, LinkProvider, LinkTarget } from './types';

export const endpointsServiceLinks: LinkProvider = {
  kind: 'endpoints-service',
  reads: ['Service'],
  sourceKinds: ['Endpoints', 'EndpointSlice'],
  links(snapshot, r) {
    const v = endpointsView(r);
    if (!v) return [];
    return [{
      kind: 'endpoints-service',
      from: { uri: r.uri, start: v.serviceNameNode.start, end: v.serviceNameNode.end },
      fromResource: r,
      to: servicesOfEndpoints(snapshot, v).map((s) => {
        const place = s.nameNode ?? s.node;
        return { uri: s.uri, start: place.start, end: place.end, resource: s };
      }),
    }];
  },
};

export const endpointsPortLinks: LinkProvider = {
  kind: 'endpoints-port',
  reads: ['Service'],
  sourceKinds: ['Endpoints', 'EndpointSlice'],
  links(snapshot, r) {
    const v = endpointsView(r);
    if (!v) return [];
    const services = servicesOfEndpoints(snapshot, v);
    return v.ports.map((p): Link => {
      const from = p.nameNode ?? p.node;
      return {
        kind: 'endpoints-port',
        from: { uri: r.uri, start: from.start, end: from.end },
        fromResource: r,
        to: services.flatMap((s): LinkTarget[] =>
          (snapshot.service(s)?.ports ?? []).filter((sp) => (sp.name ?? '') === p.name).map((sp) => {
            const place = sp.nameNode ?? sp.node;
            return { uri: s.uri, start: place.start, end: place.end, resource: s };
          }),
        ),
      };
    });
  },
};

export const serviceEndpointsLinks: LinkProvider = {
  kind: 'service-endpoints',
  reads: ['Endpoints', 'EndpointSlice'],
  sourceKinds: ['Service'],
  links(snapshot, r) {
    const svc = snapshot.service(r);
    if (!svc || !hasManualEndpoints(svc) || !r.nameNode) return [];
    return [{
      kind: 'service-endpoints',
      from: { uri: r.uri, start: r.nameNode.start, end: r.nameNode.end },
      fromResource: r,
      to: endpointsOfService(snapshot, r).map((v) => ({ uri: v.resource.uri, start: v.serviceNameNode.start, end: v.serviceNameNode.end, resource: v.resource })),
    }];
  },
};
