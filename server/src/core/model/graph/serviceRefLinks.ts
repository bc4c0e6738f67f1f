/**
 * Links of Service references (Ingress backends, Gateway API backendRefs): a reference's name links to the
 * metadata.name of each Service it names, and its port to the Service port entries the port selects (the `port`
 * number, or the port `name`). Each kind of referrer has two providers, one per kind of link, built here.
 */
import type { Resource } from '../resource';
import type { ServiceRef } from '../serviceRef';
import { referencedServices, servicePortsMatching } from '../serviceRef';
import type { Snapshot } from '../snapshot';
import type { Link, LinkProvider, LinkTarget } from './types';

/** The link from a reference's name to the metadata.name of each Service it names. */
export function nameLink(snapshot: Snapshot, ref: ServiceRef, kind: string): Link {
  return {
    kind,
    from: { uri: ref.from.uri, start: ref.nameNode.start, end: ref.nameNode.end },
    fromResource: ref.from,
    to: referencedServices(snapshot, ref).map((s) => {
      const place = s.nameNode ?? s.node;
      return { uri: s.uri, start: place.start, end: place.end, resource: s };
    }),
  };
}

/** The link from a reference's port to the Service port entries it selects; none when no port is written. */
export function portLink(snapshot: Snapshot, ref: ServiceRef, kind: string): Link[] {
  const port = ref.port;
  if (port === null || !ref.portNode) return [];
  return [{
    kind,
    from: { uri: ref.from.uri, start: ref.portNode.start, end: ref.portNode.end },
    fromResource: ref.from,
    to: referencedServices(snapshot, ref).flatMap((s): LinkTarget[] => {
      const view = snapshot.service(s);
      if (!view) return [];
      return servicePortsMatching(view, port).map((sp) => {
        const place = (typeof port === 'number' ? sp.portNode : sp.nameNode) ?? sp.node;
        return { uri: s.uri, start: place.start, end: place.end, resource: s };
      });
    }),
  }];
}

/** The two providers of a kind of referrer: `<kind>` for names and `<kind>-port` for ports. */
export function serviceRefProviders(kind: string, sourceKinds: string[], refsOf: (r: Resource) => ServiceRef[]): [LinkProvider, LinkProvider] {
  return [
    { kind, sourceKinds, reads: ['Service'], links: (snapshot, r) => refsOf(r).map((ref) => nameLink(snapshot, ref, kind)) },
    { kind: `${kind}-port`, sourceKinds, reads: ['Service'], links: (snapshot, r) => refsOf(r).flatMap((ref) => portLink(snapshot, ref, `${kind}-port`)) },
  ];
}
