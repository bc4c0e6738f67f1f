/**
 * What one file contributes to the links between files, as a string. Two snapshots in which a file has the same
 * signature give every *other* file the same diagnostics, so an edit that leaves it unchanged (typing in a CRD's
 * schema, a ConfigMap's data, a comment) needs only the edited file re-checked.
 *
 * Objects of kinds that no cross-file rule reads are summarised by kind, namespace and name (a rule may still look up
 * a Secret or ConfigMap by name); every other object by its whole content, which is safe whatever the rules read.
 * Unreadable documents count too, since they turn broken links into "cannot verify".
 */
import type { Config } from '../config';
import type { Snapshot } from './snapshot';
import type { SourceFile } from './sourceFile';

const INERT_KINDS = new Set([
  'CustomResourceDefinition',
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'PriorityClass',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'PodDisruptionBudget',
  'HorizontalPodAutoscaler',
  'LimitRange',
  'ResourceQuota',
]);

export function linkSignature(snapshot: Snapshot, uri: string): string {
  const parts: string[] = [];
  for (const info of snapshot.documents(uri)) {
    for (const r of info.resources) {
      const id = `${r.apiVersion}|${r.kind}|${r.namespaces.join(',')}|${r.name}`;
      parts.push(INERT_KINDS.has(r.kind) ? id : `${id}|${snapshot.files.get(uri)!.text.slice(r.node.start, r.node.end)}`);
    }
  }
  for (const u of snapshot.unknown) {
    if (u.uri === uri) parts.push(`?${u.reason}|${u.kinds.join(',')}|${u.namespace}|${u.name ?? ''}`);
  }
  if (snapshot.kustomizations.some((k) => k.uri === uri)) parts.push(`kustomization|${snapshot.files.get(uri)!.text}`);
  return parts.join('\n');
}

/** Each file's signature with its URI, hashed, remembered per parsed file (an edit makes a new SourceFile) and settings. */
const fileHashes = new WeakMap<SourceFile, { config: Config; hash: [number, number] }>();
const epochs = new WeakMap<Snapshot, string>();

/**
 * The link state of a whole snapshot, as one short string: equal for two snapshots whose files all have the same link
 * signatures. A document that did not change has the same findings in both, since rules see other documents only
 * through links. Each file's signature is computed once per parsed file: what could make it differ for the same file
 * (namespaces and patches that a kustomization adds) comes from the kustomization's own signature, its whole text.
 * The files' 64-bit hashes are added up, lane by lane, so that the sum does not depend on the order of the files and
 * costs one addition per file.
 */
export function linkEpoch(snapshot: Snapshot): string {
  let epoch = epochs.get(snapshot);
  if (epoch !== undefined) return epoch;
  let a = 0;
  let b = 0;
  for (const [uri, file] of snapshot.files) {
    let h = fileHashes.get(file);
    if (!h || h.config !== snapshot.config) fileHashes.set(file, (h = { config: snapshot.config, hash: hash64(`${uri}\0${linkSignature(snapshot, uri)}`) }));
    a = (a + h.hash[0]) >>> 0;
    b = (b + h.hash[1]) >>> 0;
  }
  epoch = `${a.toString(36)}.${b.toString(36)}.${snapshot.files.size}`;
  epochs.set(snapshot, epoch);
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
