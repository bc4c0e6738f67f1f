/**
 * A reference to a Service and one of its ports, as an Ingress backend or a Gateway API backendRef writes it, and how
 * it resolves: the Service by name in its namespace, the port by the Service's `port` number or its port `name`
 * (never the targetPort: that is the pod side).
 */
import type { Range } from '../text';
import { proximity } from '../paths';
import type { Resource } from './resource';
import type { ServicePort, ServiceView } from './service';
import type { Snapshot } from './snapshot';

export interface ServiceRef {
  /** The object holding the reference. */
  from: Resource;
  name: string;
  /** Where the name is written: a scalar, or the part of one that spells it (a DNS name in an env value). */
  nameNode: Range;
  /** Namespaces the Service is looked up in: the referrer's own, or the one the reference names. */
  namespaces: string[];
  /** True when the reference names a namespace other than the referrer's. */
  crossNamespace: boolean;
  /** The Service port as a number or a port name; null when not written. */
  port: number | string | null;
  portNode: Range | null;
}

/** The Services a reference names, nearest to the referrer first. */
export function referencedServices(snapshot: Snapshot, ref: ServiceRef): Resource[] {
  const found = new Set<Resource>();
  for (const ns of ref.namespaces) for (const r of snapshot.lookup('Service', ns, ref.name, ref.from.uri)) found.add(r);
  return [...found];
}

/** The ports of a Service that a backend port (a number or a port name) selects. */
export function servicePortsMatching(svc: ServiceView, port: number | string): ServicePort[] {
  return svc.ports.filter((sp) => (typeof port === 'number' ? sp.port === port : sp.name === port));
}

/** "80/TCP (http), 9090/TCP (metrics)": what a Service exposes, for messages. */
export function describeServicePorts(svc: ServiceView): string {
  if (svc.ports.length === 0) return 'no ports';
  return svc.ports.map((sp) => `${sp.port ?? '?'}/${sp.protocol}${sp.name ? ` (${sp.name})` : ''}`).join(', ');
}

/**
 * True when a file lies close enough to another to belong to the same application: the same folder, a parent, child
 * or sibling folder, or a cousin such as a kustomize overlay's base (`app/overlays/prod` and `app/base`). A workspace
 * often holds several unrelated projects; only neighbours count.
 */
export function isNearby(fromUri: string, uri: string): boolean {
  return proximity(fromUri, uri) <= 4;
}

/** Names of the Services near the referrer in any of the namespaces, for did-you-mean suggestions. */
export function nearbyServiceNames(snapshot: Snapshot, namespaces: string[], fromUri: string): Set<string> {
  const names = new Set<string>();
  for (const r of snapshot.ofKind('Service')) {
    if (r.name !== null && r.group === '' && isNearby(fromUri, r.uri) && r.namespaces.some((n) => namespaces.includes(n))) names.add(r.name);
  }
  return names;
}
