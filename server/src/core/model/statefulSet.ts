/**
 * A StatefulSet's governing Service (`spec.serviceName`): the Service that gives each pod a stable DNS name
 * (`<pod>.<service>.<namespace>.svc`). It must be headless and select the StatefulSet's pods for those records to exist.
 */
import type { YScalar } from '../syntax/nodes';
import { asScalar, get } from '../syntax/nodes';
import type { Resource } from './resource';
import type { Snapshot } from './snapshot';

export function isStatefulSet(r: Resource): boolean {
  return r.kind === 'StatefulSet' && r.group === 'apps';
}

/** The `spec.serviceName` scalar, when it names something. */
export function governingServiceNode(r: Resource): YScalar | null {
  const node = asScalar(get(r.node, 'spec', 'serviceName'));
  return node && typeof node.value === 'string' && node.value !== '' ? node : null;
}

/** The Services a StatefulSet's serviceName names, nearest first. */
export function governingServices(snapshot: Snapshot, r: Resource, name: string): Resource[] {
  const found = new Set<Resource>();
  for (const ns of r.namespaces) for (const s of snapshot.lookup('Service', ns, name, r.uri)) found.add(s);
  return [...found];
}
