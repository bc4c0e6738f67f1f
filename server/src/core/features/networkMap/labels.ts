/** Edge labels: where a route sends traffic (host, path, port) and how a Service port reaches its pods. */
import type { Resource } from '../../model/resource';
import type { ServiceView } from '../../model/service';
import type { ServiceRef } from '../../model/serviceRef';
import type { PodTemplate } from '../../model/workloads';
import { resolveTargetPort } from '../../model/serviceTargets';
import { ingressView } from '../../model/ingress';
import { routeBackends } from '../../model/routes';
import type { YNode } from '../../syntax/nodes';
import { get, seqItems } from '../../syntax/nodes';
import type { Snapshot } from '../../model/snapshot';
import { written } from './nodes';

/** The Service reference whose name is written at this offset. */
export function refAt(r: Resource, offset: number): ServiceRef | undefined {
  const refs = r.kind === 'Ingress' ? ingressView(r).backends : routeBackends(r);
  return refs.find((ref) => ref.nameNode.start === offset);
}

const containing = (items: YNode[], offset: number) => items.find((n) => n.start <= offset && offset <= n.end);

/** `shop.example.com/api :http`: the host and path of the rule holding the backend, and its port. */
export function routeLabel(snapshot: Snapshot, r: Resource, ref: ServiceRef): string {
  const text = (node: YNode | null) => written(snapshot, r, node);
  const at = ref.nameNode.start;
  const port = ref.port === null ? '' : ` :${ref.port}`;
  if (r.kind === 'Ingress') {
    const rule = containing(seqItems(get(r.node, 'spec', 'rules')), at);
    if (!rule) return `default backend${port}`;
    const path = containing(seqItems(get(rule, 'http', 'paths')), at);
    return `${text(get(rule, 'host')) ?? '*'}${text(get(path, 'path')) ?? ''}${port}`;
  }
  const hosts = seqItems(get(r.node, 'spec', 'hostnames')).map(text).filter(Boolean);
  const rule = containing(seqItems(get(r.node, 'spec', 'rules')), at);
  const paths = seqItems(get(rule, 'matches')).map((m) => text(get(m, 'path', 'value'))).filter(Boolean);
  return `${hosts.join(',')}${paths.join(',')}${port}`.trim() || port.trim();
}

/** `80 → http (8080)` for each Service port that reaches a container port of the template. */
export function servicePortLabel(svc: ServiceView, t: PodTemplate): string {
  const parts = svc.ports.flatMap((sp) => {
    const hit = resolveTargetPort(t, sp)[0];
    const target = sp.targetPort ?? sp.port;
    // A number no container declares still reaches the pods when something listens there.
    if (!hit) return typeof target === 'number' ? [`${sp.port ?? '?'} → ${target}`] : [];
    const { port } = hit;
    return [port.name ? `${sp.port ?? '?'} → ${port.name} (${port.containerPort ?? '?'})` : `${sp.port ?? '?'} → ${port.containerPort ?? '?'}`];
  });
  return [...new Set(parts)].join(', ');
}
