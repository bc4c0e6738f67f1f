/**
 * The hover of what sends traffic to Services: an Ingress or a Gateway API route lists every path (host, path, the
 * rule's matches) resolved to its Service and port and on down to the pods' container ports; an Endpoints object or
 * an EndpointSlice names the Service whose addresses it holds.
 */
import type { Resource } from '../model/resource';
import { endpointsView, servicesOfEndpoints, SERVICE_NAME_LABEL } from '../model/endpoints';
import { ingressView, isIngress } from '../model/ingress';
import { isRoute, routeBackends } from '../model/routes';
import type { ServiceRef } from '../model/serviceRef';
import { referencedServices, servicePortsMatching } from '../model/serviceRef';
import type { Snapshot } from '../model/snapshot';
import type { YNode } from '../syntax/nodes';
import { get, seqItems, str } from '../syntax/nodes';
import { portChain, serviceHover } from './hoverService';
import { objectName } from './linkWords';

/** On an Ingress's or a route's name: every path down to the pods. */
export function routeHover(snapshot: Snapshot, r: Resource): string | null {
  const refs = isIngress(r) ? ingressView(r).backends : isRoute(r) ? routeBackends(r) : null;
  if (!refs) return null;
  const where = isIngress(r) ? ingressPlaces(r) : routePlaces(r);
  const lines = refs.map((ref) => `- ${where.find((w) => w.node.start <= ref.nameNode.start && ref.nameNode.end <= w.node.end)?.label ?? 'default backend'} → ${refChain(snapshot, ref)}`);
  return [`**${r.kind}** \`${r.namespaces[0]}/${r.name ?? '<unnamed>'}\``, lines.length ? lines.join('\n') : 'No backend Service.'].join('\n\n');
}

/** `Service shop/web port 80 → targetPort http → 8080 (container web in deployment/web)`. */
function refChain(snapshot: Snapshot, ref: ServiceRef): string {
  const services = referencedServices(snapshot, ref);
  if (services.length === 0) return `Service \`${ref.name}\`: not in the workspace`;
  return services.map((s) => {
    const svc = snapshot.service(s);
    if (!svc) return objectName(s);
    const ports = ref.port === null ? svc.ports : servicePortsMatching(svc, ref.port);
    if (ports.length === 0) return `${objectName(s)}: no port ${ref.port ?? ''} on it`;
    return `${objectName(s)} ${ports.map((sp) => portChain(snapshot, svc, sp, snapshot.config)).join('; ')}`;
  }).join('; ');
}

interface Place {
  node: YNode;
  label: string;
}

/** Each path of each rule, labelled `host/path (Prefix)`. */
function ingressPlaces(r: Resource): Place[] {
  const out: Place[] = [];
  for (const rule of seqItems(get(r.node, 'spec', 'rules'))) {
    const host = str(get(rule, 'host')) ?? '*';
    for (const p of seqItems(get(rule, 'http', 'paths'))) out.push({ node: p, label: `\`${host}${str(get(p, 'path')) ?? '/'}\` (${str(get(p, 'pathType')) ?? 'no pathType'})` });
  }
  return out;
}

/** Each rule of a route, labelled by its hostnames and its path matches. */
function routePlaces(r: Resource): Place[] {
  const hosts = seqItems(get(r.node, 'spec', 'hostnames')).map((h) => str(h) ?? '?');
  const host = hosts.length ? hosts.join(', ') : '*';
  return seqItems(get(r.node, 'spec', 'rules')).map((rule, i) => {
    const paths = seqItems(get(rule, 'matches')).map((m) => str(get(m, 'path', 'value'))).filter((p): p is string => !!p);
    return { node: rule, label: `rule ${i + 1}${paths.length ? ` \`${paths.join('`, `')}\`` : ''} on ${host}` };
  });
}

/** On the name of an Endpoints object or an EndpointSlice: the Service it gives addresses to. */
export function endpointsHover(snapshot: Snapshot, r: Resource): string | null {
  const v = endpointsView(r);
  if (!v) return null;
  const how = r.kind === 'EndpointSlice' ? `its \`${SERVICE_NAME_LABEL}\` label` : 'its name';
  const services = servicesOfEndpoints(snapshot, v);
  const head = `**${objectName(r)}** holds addresses for Service \`${v.serviceName}\` (by ${how})`;
  if (services.length === 0) return `${head}: no such Service in the workspace.`;
  return [`${head}.`, ...services.flatMap((s) => {
    const svc = snapshot.service(s);
    return svc ? [serviceHover(snapshot, svc)] : [];
  })].join('\n\n---\n\n');
}
