/**
 * Focus and filters on a map: the part of the workspace to show (a file, a namespace, an object and its neighbours
 * within N hops), then the namespaces and kinds kept. The Internet, the ingress controllers and the ghosts are kept
 * while an edge ties them to a node that stays.
 */
import type { MapFocus, MapNode, MapOptions, NetworkMap } from './types';

const VIRTUAL = new Set(['external', 'controller', 'ghost']);

export function focusMap(map: NetworkMap, options: MapOptions): NetworkMap {
  let keep = focused(map, options.focus ?? { kind: 'workspace' });
  const { namespaces, kinds } = options;
  keep = keep.filter((n) => VIRTUAL.has(n.category) || ((!namespaces?.length || namespaces.includes(n.namespace ?? '')) && (!kinds?.length || kinds.includes(n.kind))));
  return withNodes(map, withAttachedVirtuals(map, new Set(keep.filter((n) => !VIRTUAL.has(n.category)).map((n) => n.id))));
}

function focused(map: NetworkMap, focus: MapFocus): MapNode[] {
  switch (focus.kind) {
    case 'workspace':
      return map.nodes;
    case 'namespace':
      return map.nodes.filter((n) => n.namespace === focus.namespace);
    case 'file': {
      const inFile = new Set(map.nodes.filter((n) => n.place?.uri === focus.uri).map((n) => n.id));
      return map.nodes.filter((n) => within(map, inFile, 1).has(n.id));
    }
    case 'object': {
      const start = map.nodes.filter((n) => n.id === focus.target || `${n.namespace}/${n.name}` === focus.target);
      const near = within(map, new Set(start.map((n) => n.id)), focus.hops);
      return map.nodes.filter((n) => near.has(n.id));
    }
  }
}

/** The nodes within `hops` edges of the start nodes, edges taken either way. */
function within(map: NetworkMap, start: Set<string>, hops: number): Set<string> {
  const seen = new Set(start);
  let frontier = new Set(start);
  for (let i = 0; i < hops && frontier.size > 0; i++) {
    const next = new Set<string>();
    for (const e of map.edges) {
      for (const [a, b] of [[e.source, e.target], [e.target, e.source]]) {
        if (frontier.has(a) && !seen.has(b)) {
          seen.add(b);
          next.add(b);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

/**
 * The kept objects, the entry points upstream of them (Internet → controller → Ingress, walked backwards) and their
 * ghosts.
 */
function withAttachedVirtuals(map: NetworkMap, objects: Set<string>): Set<string> {
  const category = new Map(map.nodes.map((n) => [n.id, n.category]));
  const keep = new Set(objects);
  for (let grew = true; grew; ) {
    grew = false;
    for (const e of map.edges) {
      const add = keep.has(e.target) && VIRTUAL.has(category.get(e.source)!) ? e.source : keep.has(e.source) && category.get(e.target) === 'ghost' ? e.target : null;
      if (add && !keep.has(add)) {
        keep.add(add);
        grew = true;
      }
    }
  }
  return keep;
}

function withNodes(map: NetworkMap, keep: Set<string>): NetworkMap {
  const nodes = map.nodes.filter((n) => keep.has(n.id));
  const edges = map.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const groups = map.groups.map((g) => ({ id: g.id, nodes: nodes.filter((n) => n.namespace === g.id).length })).filter((g) => g.nodes > 0);
  return { nodes, edges, groups };
}
