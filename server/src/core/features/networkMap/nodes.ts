/** The map's object nodes: what each kind shows (a Service's type and ports, a workload's replicas and ports). */
import type { Resource } from '../../model/resource';
import type { Snapshot } from '../../model/snapshot';
import type { ServiceView } from '../../model/service';
import type { PodTemplate } from '../../model/workloads';
import { intValue } from '../../model/workloads';
import type { YNode } from '../../syntax/nodes';
import { get, seqItems, str } from '../../syntax/nodes';
import type { MapNode, NodeCategory } from './types';

/**
 * A name as the user wrote it: in a Helm template, a value made by an action is blanked for parsing
 * (syntax/helmBlank.ts), so the map shows the action's text, `{{ include "web.fullname" . }}`.
 */
export function written(snapshot: Snapshot, r: Resource, node: YNode | null): string | null {
  const value = str(node);
  if (!node || value === null || !r.templated) return value;
  const text = snapshot.files.get(r.uri)?.text.slice(node.start, node.end).trim() ?? '';
  return (/^(["']).*\1$/s.test(text) ? text.slice(1, -1) : text) || value;
}

export const writtenName = (snapshot: Snapshot, r: Resource): string => written(snapshot, r, r.nameNode) ?? '(unnamed)';

/** The node of an object, without id (the builder gives ids). */
export function objectNode(snapshot: Snapshot, r: Resource, category: NodeCategory, details: string[]): Omit<MapNode, 'id'> {
  const name = r.nameNode ?? r.node;
  return {
    category,
    kind: r.kind,
    name: writtenName(snapshot, r),
    namespace: r.namespaces[0] ?? null,
    details,
    badges: [],
    place: { uri: r.uri, start: r.node.start, end: r.node.end },
    reveal: { uri: r.uri, start: name.start, end: name.end },
  };
}

/** `ClusterIP`, `headless`, `ExternalName → db.example.com`, then `80/TCP http`, … */
export function serviceDetails(snapshot: Snapshot, svc: ServiceView): string[] {
  const typeWritten = written(snapshot, svc.resource, get(svc.resource.node, 'spec', 'type')) ?? svc.type;
  const type = svc.headless ? 'headless' : svc.type === 'ExternalName' ? `ExternalName → ${svc.externalName ?? '?'}` : typeWritten;
  const ports = svc.ports.map((sp) => `${sp.port ?? '?'}/${sp.protocol}${sp.name ? ` ${sp.name}` : ''}${sp.nodePort !== null ? ` node ${sp.nodePort}` : ''}`);
  return [type, ...ports];
}

/** `3 replicas`, then each serving container port, `http 8080`. */
export function workloadDetails(r: Resource, t: PodTemplate): string[] {
  const replicas = intValue(get(r.node, 'spec', 'replicas'));
  const count = replicas !== null ? [`${replicas} replica${replicas === 1 ? '' : 's'}`] : [];
  const ports = t.containers.filter((c) => !c.init).flatMap((c) => c.ports.map((p) => `${p.name ? `${p.name} ` : ''}${p.containerPort ?? '?'}${p.protocol !== 'TCP' ? `/${p.protocol}` : ''}`));
  return [...count, ...ports];
}

/** An Ingress's hosts; a Gateway's listeners (`https :443`). */
export function entryDetails(snapshot: Snapshot, r: Resource): string[] {
  if (r.kind === 'Gateway') return seqItems(get(r.node, 'spec', 'listeners')).map((l) => `${str(get(l, 'protocol')) ?? '?'} :${intValue(get(l, 'port')) ?? '?'}${str(get(l, 'hostname')) ? ` ${str(get(l, 'hostname'))}` : ''}`);
  const hosts = r.kind === 'Ingress' ? seqItems(get(r.node, 'spec', 'rules')).map((rule) => written(snapshot, r, get(rule, 'host'))) : seqItems(get(r.node, 'spec', 'hostnames')).map((h) => written(snapshot, r, h));
  return [...new Set(hosts.filter((h): h is string => !!h))];
}

/** The ingress class an Ingress asks for (field, then the deprecated annotation); null for the cluster's default. */
export function ingressClass(snapshot: Snapshot, r: Resource): string | null {
  const field = get(r.node, 'spec', 'ingressClassName');
  if (str(field) !== null) return written(snapshot, r, field);
  return r.annotations.find((a) => a.key === 'kubernetes.io/ingress.class')?.value ?? null;
}

/** The Gateways a route attaches to (its parentRefs of kind Gateway), by the snapshot's lookup. */
export function parentGateways(snapshot: Snapshot, route: Resource): Resource[] {
  return seqItems(get(route.node, 'spec', 'parentRefs')).flatMap((p) => {
    const name = str(get(p, 'name'));
    if (!name || (str(get(p, 'kind')) ?? 'Gateway') !== 'Gateway') return [];
    const ns = str(get(p, 'namespace'));
    return (ns ? [ns] : route.namespaces).flatMap((n) => snapshot.lookup('Gateway', n, name, route.uri));
  });
}
