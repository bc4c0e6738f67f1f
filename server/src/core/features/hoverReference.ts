/**
 * Hover on a Service named in configuration (`cart.shop:7000` in an env value, a ConfigMap's data): what the name
 * means in words (the Service, the namespace the name spells, the port, the StatefulSet pod), then the Service.
 */
import type { Snapshot } from '../model/snapshot';
import type { Resource } from '../model/resource';
import { refName } from '../model/resource';
import { isClusterService, serviceReferencesOf } from '../model/serviceReferences';
import type { ServiceDnsRef } from '../model/serviceReferences';
import { referencedServices, servicePortsMatching } from '../model/serviceRef';
import { serviceHover } from './hoverService';

/** The hover of the reference under the offset, or null when there is none. */
export function serviceReferenceHover(snapshot: Snapshot, r: Resource, offset: number): string | null {
  const ref = serviceReferencesOf(snapshot, r).find((x) => offset >= x.dns.start && offset <= x.dns.end);
  if (!ref) return null;
  const services = referencedServices(snapshot, ref);
  const view = services.length > 0 ? snapshot.service(services[0]) : null;
  const head = `**Service reference** \`${ref.dns.host}${ref.portNode ? `:${ref.port}` : ''}\` in ${ref.where}: ${meaning(ref)}.`;
  if (!view) return `${head}\n\n${missing(ref)}`;
  const ports = ref.port === null ? [] : servicePortsMatching(view, ref.port);
  const port = ref.port === null ? '' : ports.length > 0 || view.headless ? '' : `\n\nService \`${ref.name}\` exposes no port ${ref.port}.`;
  return `${head}${port}\n\n---\n\n${serviceHover(snapshot, view, ports[0])}`;
}

/** "Service cart in namespace shop, port 7000 (the default of http)", "pod redis-0 of the StatefulSet governed by …". */
function meaning(ref: ServiceDnsRef): string {
  const ns = ref.dns.namespace === null ? `in the namespace of ${refName(ref.from)} (${ref.namespaces.join(', ')})` : `in namespace ${ref.dns.namespace}`;
  const pod = ref.dns.pod === null ? '' : `the pod \`${ref.dns.pod}\` of the StatefulSet whose headless Service is `;
  const port = ref.port === null ? '' : `, port ${ref.port}${ref.portNode ? '' : ' (the default of its URL scheme)'}`;
  return `${pod}Service \`${ref.name}\` ${ns}${port}`;
}

function missing(ref: ServiceDnsRef): string {
  if (ref.namespaces.every((ns) => isClusterService(ref.name, ns))) return 'A Service of the cluster itself: manifests do not define it.';
  return 'No such Service in the workspace: it resolves only if something else creates it (a chart, an operator, another repository).';
}
