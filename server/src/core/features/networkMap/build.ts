/**
 * Builds the whole workspace's network map from the link graph (model/graph): Ingress and route backends give route →
 * Service edges, Service selectors give Service → workload edges (labelled with the port chain), NetworkPolicy
 * selectors give badges, and a broken link becomes an edge to a "no match" ghost that carries the diagnostic. The
 * Internet, the ingress controllers and the Gateways are the entry points. No link is resolved here a second time.
 */
import type { Resource } from '../../model/resource';
import type { Snapshot } from '../../model/snapshot';
import { linkGraph } from '../../model/graph/ofSnapshot';
import type { Link } from '../../model/graph/types';
import { isRoute } from '../../model/routes';
import { isIngress } from '../../model/ingress';
import { get, seqItems, str } from '../../syntax/nodes';
import type { EdgeKind, MapEdge, MapNode, NetworkMap } from './types';
import { entryDetails, ingressClass, objectNode, parentGateways, serviceDetails, workloadDetails, writtenName } from './nodes';
import { refAt, routeLabel, servicePortLabel } from './labels';
import { configUses } from './config';
import { brokenLinks } from './broken';

export const INTERNET = 'internet';

class MapBuilder {
  readonly nodes = new Map<string, MapNode>();
  readonly edges = new Map<string, MapEdge>();
  private readonly ids = new Map<Resource, string>();

  constructor(readonly snapshot: Snapshot) {}

  /** The node of an object: `Kind:namespace/name`, made unique when two files define the same object. */
  add(r: Resource, node: Omit<MapNode, 'id'>): string {
    const base = `${r.kind}:${node.namespace ?? ''}/${node.name}`;
    let id = base;
    for (let n = 2; this.nodes.has(id); n++) id = `${base}#${n}`;
    this.nodes.set(id, { id, ...node });
    this.ids.set(r, id);
    return id;
  }

  idOf(r: Resource): string | undefined {
    return this.ids.get(r);
  }

  /** A node that is no object: the Internet, an ingress controller, a ghost. */
  addVirtual(node: MapNode): void {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
  }

  /** Edges between the same two nodes of the same kind merge, their labels joined. */
  edge(kind: EdgeKind, source: string, target: string, label: string, place: MapEdge['place'], message?: string): void {
    const id = `${kind}:${source}->${target}`;
    const had = this.edges.get(id);
    if (had) {
      if (label && !had.label.split(', ').includes(label)) had.label = had.label ? `${had.label}, ${label}` : label;
      return;
    }
    this.edges.set(id, { id, kind, source, target, label, place, ...(message ? { message } : {}) });
  }

  internet(): string {
    this.addVirtual({ id: INTERNET, category: 'external', kind: 'Internet', name: 'Internet', namespace: null, details: [], badges: [], place: null, reveal: null });
    return INTERNET;
  }
}

export function buildNetworkMap(snapshot: Snapshot): NetworkMap {
  const b = new MapBuilder(snapshot);
  addObjects(b);
  const links = linkGraph(snapshot).all;
  for (const link of links) addLink(b, link);
  addEntries(b);
  for (const ghost of brokenLinks(snapshot, links)) {
    const source = b.idOf(ghost.link.fromResource);
    if (!source) continue;
    const id = `${source}~${ghost.key}`;
    b.addVirtual({ id, category: 'ghost', kind: 'NoMatch', name: 'no match', namespace: b.nodes.get(source)!.namespace, details: [], badges: [], place: null, reveal: null, message: ghost.message });
    b.edge('broken', source, id, ghost.label, ghost.link.from, ghost.message);
  }
  const nodes = [...b.nodes.values()];
  return { nodes, edges: [...b.edges.values()], groups: groupsOf(nodes) };
}

function addObjects(b: MapBuilder): void {
  const { snapshot } = b;
  for (const r of snapshot.resources) {
    const t = snapshot.templateOf(r);
    const svc = r.kind === 'Service' ? snapshot.service(r) : null;
    if (t) b.add(r, objectNode(snapshot, r, 'workload', workloadDetails(r, t)));
    else if (svc) b.add(r, objectNode(snapshot, r, 'service', serviceDetails(snapshot, svc)));
    else if (isIngress(r) || isRoute(r) || (r.kind === 'Gateway' && r.group === 'gateway.networking.k8s.io')) b.add(r, objectNode(snapshot, r, 'route', entryDetails(snapshot, r)));
  }
  // ConfigMaps and Secrets appear only where a workload reads an address from them.
  for (const r of snapshot.resources) {
    const t = snapshot.templateOf(r);
    const workload = t && b.idOf(r);
    if (!t || !workload) continue;
    for (const use of configUses(snapshot, t)) {
      const id = b.idOf(use.config) ?? b.add(use.config, objectNode(snapshot, use.config, 'config', []));
      b.edge('config', id, workload, use.keys.join(', '), { uri: use.config.uri, start: use.config.node.start, end: use.config.node.end });
    }
  }
}

function addLink(b: MapBuilder, link: Link): void {
  const targets = new Set(link.to.map((t) => t.resource));
  if (link.kind === 'network-policy-selector') {
    for (const target of targets) {
      const to = b.idOf(target);
      if (to) addBadge(b.nodes.get(to)!, link.fromResource, writtenName(b.snapshot, link.fromResource));
    }
    return;
  }
  const source = b.idOf(link.fromResource);
  if (!source) return;
  for (const target of targets) {
    const to = b.idOf(target);
    if (!to) continue;
    if (link.kind === 'ingress-backend' || link.kind === 'route-backend') {
      const ref = refAt(link.fromResource, link.from.start);
      b.edge('route', source, to, ref ? routeLabel(b.snapshot, link.fromResource, ref) : '', link.from);
    } else if (link.kind === 'service-selector') {
      const svc = b.snapshot.service(link.fromResource);
      const t = b.snapshot.templateOf(target);
      b.edge('service', source, to, svc && t ? servicePortLabel(svc, t) : '', link.from);
    }
  }
}

function addBadge(node: MapNode, policy: Resource, name: string): void {
  const label = `${policy.namespaces[0] ?? ''}/${name}`;
  if (node.badges.some((x) => x.label === label)) return;
  const at = policy.nameNode ?? policy.node;
  node.badges.push({ label, place: { uri: policy.uri, start: at.start, end: at.end } });
}

/**
 * Where traffic enters: the Internet reaches each ingress controller (one per class) and its Ingresses, each Gateway
 * and the routes attached to it, and every LoadBalancer or NodePort Service (through its source ranges, if any).
 */
function addEntries(b: MapBuilder): void {
  const { snapshot } = b;
  for (const r of snapshot.resources) {
    const id = b.idOf(r);
    if (!id) continue;
    const place = { uri: r.uri, start: r.node.start, end: r.node.end };
    if (isIngress(r)) {
      const cls = ingressClass(snapshot, r);
      const controller = `controller:${cls ?? 'default'}`;
      b.addVirtual({ id: controller, category: 'controller', kind: 'IngressController', name: cls ? `ingress controller (${cls})` : 'ingress controller', namespace: null, details: [], badges: [], place: null, reveal: null });
      b.edge('entry', b.internet(), controller, '', null);
      b.edge('entry', controller, id, entryDetails(snapshot, r).join(', '), place);
    } else if (r.kind === 'Gateway') {
      b.edge('entry', b.internet(), id, '', place);
    } else if (isRoute(r)) {
      for (const g of parentGateways(snapshot, r)) {
        const gw = b.idOf(g);
        if (gw) b.edge('entry', gw, id, '', place);
      }
    } else if (r.kind === 'Service') {
      const svc = snapshot.service(r);
      if (!svc || (svc.type !== 'LoadBalancer' && svc.type !== 'NodePort')) continue;
      const ranges = seqItems(get(r.node, 'spec', 'loadBalancerSourceRanges')).map(str).filter(Boolean);
      b.edge('entry', b.internet(), id, ranges.length ? ranges.join(', ') : svc.type, place);
    }
  }
}

function groupsOf(nodes: MapNode[]): NetworkMap['groups'] {
  const counts = new Map<string, number>();
  for (const n of nodes) if (n.namespace !== null) counts.set(n.namespace, (counts.get(n.namespace) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([id, nodes]) => ({ id, nodes }));
}
