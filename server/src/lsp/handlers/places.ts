/** Core places (a file key and offsets) to LSP locations, with the client's spelling of each URI. */
import type { Location } from 'vscode-languageserver';
import type { Place, Snapshot } from '../../core';
import type { ServerState } from '../state';
import { toRange } from '../convert';

export function toLocation(state: ServerState, snapshot: Snapshot, p: Place): Location | null {
  const file = snapshot.files.get(p.uri);
  return file ? { uri: state.clientUri(p.uri), range: toRange(file, p.start, p.end) } : null;
}

export function toLocations(state: ServerState, snapshot: Snapshot, places: Place[]): Location[] {
  return places.map((p) => toLocation(state, snapshot, p)).filter((l): l is Location => l !== null);
}

/** Edits of several files, grouped by the client's URI of each file, as a WorkspaceEdit's `changes`. */
export function toChanges(state: ServerState, snapshot: Snapshot, edits: { uri: string; start: number; end: number; newText: string }[]) {
  const changes: Record<string, { range: ReturnType<typeof toRange>; newText: string }[]> = {};
  for (const e of edits) {
    const file = snapshot.files.get(e.uri);
    if (!file) continue;
    (changes[state.clientUri(e.uri)] ??= []).push({ range: toRange(file, e.start, e.end), newText: e.newText });
  }
  return changes;
}
