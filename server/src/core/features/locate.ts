/**
 * Where a cursor is: the file, the document and the object around an offset, and the chain of keys from the object's
 * root down to the innermost node. Every feature starts here.
 */
import type { DocumentInfo, Snapshot } from '../model/snapshot';
import type { Resource } from '../model/resource';
import type { SourceFile } from '../model/sourceFile';
import type { NodePathStep } from '../syntax/nodes';
import { keyText, pathAt } from '../syntax/nodes';
import type { Place } from '../model/graph/types';

export interface Located {
  file: SourceFile;
  doc: DocumentInfo;
  /** The object under the cursor (a List item when the document is a List), or null. */
  resource: Resource | null;
  /** Steps from the object's root to the innermost node at the offset. */
  path: NodePathStep[];
  /** The keys and sequence indices along `path`, e.g. `['spec', 'ports', 0, 'targetPort']`. */
  keys: (string | number)[];
}

export function locate(snapshot: Snapshot, uri: string, offset: number): Located | null {
  const file = snapshot.files.get(uri);
  if (!file) return null;
  const doc = snapshot.documents(uri).find((d) => offset >= d.doc.span.start && offset <= d.doc.span.end);
  if (!doc) return null;
  const resource = doc.resources.find((r) => offset >= r.node.start && offset <= r.node.end) ?? null;
  const path = resource ? pathAt(resource.node, offset) : [];
  return { file, doc, resource, path, keys: keysOf(path) };
}

export function keysOf(path: NodePathStep[]): (string | number)[] {
  return path.map((s) => (s.index !== undefined ? s.index : s.pair ? keyText(s.pair) ?? '' : ''));
}

/** True when `keys` ends with `suffix`, where `*` in the suffix matches any single key or index. */
export function endsWith(keys: (string | number)[], ...suffix: (string | number)[]): boolean {
  if (suffix.length > keys.length) return false;
  const tail = keys.slice(keys.length - suffix.length);
  return suffix.every((s, i) => s === '*' || s === tail[i]);
}

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Drops repeated places (the same range in the same file), keeping the first. */
export function uniquePlaces<T extends Place>(places: T[]): T[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const k = `${p.uri}\0${p.start}\0${p.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
