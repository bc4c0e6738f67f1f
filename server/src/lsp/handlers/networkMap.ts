/**
 * `kubeNetlens/networkMap`: the core's network map of the current snapshot, for the client's webview. Offsets become
 * LSP ranges here, with `folder/relative/path.yaml:line` for people; the webview only draws.
 */
import type { MapFocus, MapOptions, NetworkMap, Place } from '../../core';
import { networkMap, relocateMap } from '../../core';
import { toRange } from '../convert';
import { canonicalUri, relativePath, uriToPath } from '../uris';
import type { ServerState } from '../state';
import type { Feature } from './feature';
import { guarded } from './feature';

export const NETWORK_MAP_REQUEST = 'kubeNetlens/networkMap';

type Located = { uri: string; range: ReturnType<typeof toRange>; where: string };

const EMPTY: NetworkMap<Located> = { nodes: [], edges: [], groups: [] };

export const networkMapRequest: Feature = {
  capabilities: () => ({}),
  register(ctx) {
    ctx.connection.onRequest(
      NETWORK_MAP_REQUEST,
      guarded(ctx, NETWORK_MAP_REQUEST, EMPTY, (params: { focus?: MapFocus } | null): NetworkMap<Located> => {
        const focus = params?.focus?.kind === 'file' ? { ...params.focus, uri: canonicalUri(params.focus.uri) } : params?.focus;
        const options: MapOptions = focus ? { focus } : {};
        const snapshot = ctx.state.snapshot();
        return relocateMap(networkMap(snapshot, options), (p: Place): Located => {
          const range = toRange(snapshot.files.get(p.uri)!, p.start, p.end);
          return { uri: ctx.state.clientUri(p.uri), range, where: `${shown(ctx.state, p.uri)}:${range.start.line + 1}` };
        });
      }),
    );
  },
};

/** The file's path in its workspace folder, or the whole path outside any. */
function shown(state: ServerState, key: string): string {
  const path = uriToPath(key);
  if (path === null) return key;
  for (const f of state.getFolders()) {
    const rel = relativePath(f.path, path);
    if (rel !== null) return rel;
  }
  return path;
}
