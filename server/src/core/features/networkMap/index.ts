/** The network map of a snapshot, focused and filtered: plain data for the webview and the CLI's pictures. */
import type { Snapshot } from '../../model/snapshot';
import { buildNetworkMap } from './build';
import { focusMap } from './focus';
import type { MapOptions, NetworkMap } from './types';
import type { Place } from '../../model/graph/types';

export type { EdgeKind, MapBadge, MapEdge, MapFocus, MapGroup, MapNode, MapOptions, NetworkMap, NodeCategory } from './types';

/** The map of the snapshot, focused and filtered. */
export function networkMap(snapshot: Snapshot, options: MapOptions = {}): NetworkMap {
  return focusMap(buildNetworkMap(snapshot), options);
}

/** The same map with every place converted by `at` (offsets to lines and columns, at the edge). */
export function relocateMap<P>(map: NetworkMap, at: (place: Place) => P): NetworkMap<P> {
  const maybe = (p: Place | null) => (p ? at(p) : null);
  return {
    nodes: map.nodes.map((n) => ({ ...n, place: maybe(n.place), reveal: maybe(n.reveal), badges: n.badges.map((b) => ({ ...b, place: at(b.place) })) })),
    edges: map.edges.map((e) => ({ ...e, place: maybe(e.place) })),
    groups: map.groups,
  };
}
