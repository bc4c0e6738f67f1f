/**
 * What one file contributes to the links between files, as a string. Two snapshots in which a file has the same
 * signature give every *other* file the same diagnostics, so an edit that leaves it unchanged (typing in a CRD's
 * schema, a ConfigMap's data, a comment) needs only the edited file re-checked.
 *
 * An object of a kind that the analysis reads across files (`reads`: the kinds that rules and link providers declare
 * they read, `pods` for every pod source) is summarised by its whole content; any other object by kind, namespace and
 * name only, since anything may look objects up by name. Unreadable documents count too, since they turn broken links
 * into "cannot verify".
 */
import type { Config } from '../config';
import type { Snapshot } from './snapshot';
import type { SourceFile } from './sourceFile';
import { isPodSourceKind } from './serviceTargets';

/** Kinds read across files; `pods` stands for the pod templates of every pod source kind. */
export type Reads = ReadonlySet<string>;
export const PODS = 'pods';

export function linkSignature(snapshot: Snapshot, uri: string, reads: Reads): string {
  const parts: string[] = [];
  const read = (kind: string) => reads.has(kind) || (reads.has(PODS) && isPodSourceKind(snapshot, kind));
  for (const info of snapshot.documents(uri)) {
    for (const r of info.resources) {
      const id = `${r.apiVersion}|${r.kind}|${r.namespaces.join(',')}|${r.name}`;
      parts.push(read(r.kind) ? `${id}|${snapshot.files.get(uri)!.text.slice(r.node.start, r.node.end)}` : id);
    }
  }
  for (const u of snapshot.unknown) {
    if (u.uri === uri) parts.push(`?${u.reason}|${u.kinds.join(',')}|${u.namespace}|${u.name ?? ''}`);
  }
  if (snapshot.kustomizations.some((k) => k.uri === uri)) parts.push(`kustomization|${snapshot.files.get(uri)!.text}`);
  return parts.join('\n');
}

/**
 * Each file's signature with its URI, hashed, remembered per parsed file (an edit makes a new SourceFile), settings
 * and read set (the rules' and the link providers' are asked for in turn).
 */
const fileHashes = new WeakMap<SourceFile, { config: Config; byReads: Map<Reads, [number, number]> }>();
const epochs = new WeakMap<Snapshot, Map<Reads, string>>();

/**
 * The link state of a whole snapshot, as one short string: equal for two snapshots whose files all have the same link
 * signatures. A document that did not change has the same findings in both, since rules see other documents only
 * through links. Each file's signature is computed once per parsed file: what could make it differ for the same file
 * (namespaces and patches that a kustomization adds) comes from the kustomization's own signature, its whole text.
 * The files' 64-bit hashes are added up, lane by lane, so that the sum does not depend on the order of the files and
 * costs one addition per file.
 */
export function linkEpoch(snapshot: Snapshot, reads: Reads): string {
  let mine = epochs.get(snapshot);
  if (!mine) epochs.set(snapshot, (mine = new Map()));
  let epoch = mine.get(reads);
  if (epoch !== undefined) return epoch;
  let a = 0;
  let b = 0;
  for (const [uri, file] of snapshot.files) {
    let h = fileHashes.get(file);
    if (!h || h.config !== snapshot.config) fileHashes.set(file, (h = { config: snapshot.config, byReads: new Map() }));
    let hash = h.byReads.get(reads);
    if (!hash) h.byReads.set(reads, (hash = hash64(`${uri}\0${linkSignature(snapshot, uri, reads)}`)));
    a = (a + hash[0]) >>> 0;
    b = (b + hash[1]) >>> 0;
  }
  epoch = `${a.toString(36)}.${b.toString(36)}.${snapshot.files.size}`;
  mine.set(reads, epoch);
  return epoch;
}

/** A 64-bit string hash, as two 32-bit lanes (cyrb53's mixing, without folding the lanes together). */
function hash64(s: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}
