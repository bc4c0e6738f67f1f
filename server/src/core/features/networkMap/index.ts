/** The network map of a snapshot, focused and filtered: plain data for the webview and the CLI's pictures. */
import type { Snapshot } from '../../model/snapshot';
import { buildNetworkMap } from './build';
import { focusMap } from './focus';
import type { MapOptions, NetworkMap } from './types';

export type { EdgeKind, MapBadge, MapEdge, MapFocus, MapGroup, MapNode, MapOptions, NetworkMap, NodeCategory } from './types';

/** The map of the snapshot, focused and filtered. */
export function networkMap(snapshot: Snapshot, options: MapOptions = {}): NetworkMap {
  return focusMap(buildNetworkMap(snapshot), options);
}
