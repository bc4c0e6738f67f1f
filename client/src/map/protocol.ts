/**
 * What the map's page, its VS Code host and the language server say to each other. The server answers
 * `kubeNetlens/networkMap` with the core's map, its places as LSP locations plus a `file:line` to show; the CLI's
 * HTML page embeds the same data.
 */
import type { MapFocus, NetworkMap } from '../../../server/src/core';

export const NETWORK_MAP_REQUEST = 'kubeNetlens/networkMap';

export interface MapPlace {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** `shop/api.yaml:38`, for people. */
  where: string;
}

export type MapData = NetworkMap<MapPlace>;

export interface MapRequest {
  focus?: MapFocus;
}

/** What the host maps: the workspace, the active editor's file, or the selected object and its neighbours. */
export type FocusChoice = 'workspace' | 'file' | 'object';

/** From the page to its host. */
export type ToHost = { type: 'ready' } | { type: 'reveal'; place: MapPlace } | { type: 'focus'; focus: FocusChoice; selected: string | null };

/** From the host to the page: a new map, or the node the editor's cursor is in. */
export type ToPage = { type: 'map'; map: MapData } | { type: 'highlight'; id: string | null };
