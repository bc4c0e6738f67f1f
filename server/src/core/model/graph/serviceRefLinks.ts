/**
 * Links of a Service reference (an Ingress backend, a Gateway API backendRef): its name to the metadata.name of each
 * Service it names, and its port to the Service port entries the port selects (the `port` number, or the port `name`).
 */
import type { ServiceRef } from '../serviceRef';
import { referencedServices, servicePortsMatching } from '../serviceRef';
import type { Snapshot } from '../snapshot';
import type { Link, LinkTarget } from './types';

export function serviceRefLinks(snapshot: Snapshot, ref: ServiceRef, kind: string): Link[] {
  const services = referencedServices(snapshot, ref);
  const links: Link[] = [{
    kind,
    from: { uri: ref.from.uri, start: ref.nameNode.start, end: ref.nameNode.end },
    fromResource: ref.from,
    to: services.map((s) => {
      const place = s.nameNode ?? s.node;
      return { uri: s.uri, start: place.start, end: place.end, resource: s };
    }),
  }];
  const port = ref.port;
  if (port === null || !ref.portNode) return links;
  links.push({
    kind: `${kind}-port`,
    from: { uri: ref.from.uri, start: ref.portNode.start, end: ref.portNode.end },
    fromResource: ref.from,
    to: services.flatMap((s): LinkTarget[] => {
      const view = snapshot.service(s);
      if (!view) return [];
      return servicePortsMatching(view, port).map((sp) => {
        const place = (typeof port === 'number' ? sp.portNode : sp.nameNode) ?? sp.node;
        return { uri: s.uri, start: place.start, end: place.end, resource: s };
      });
    }),
  });
  return links;
}
