/**
 * What one file contributes to the links between files, as a string. Two snapshots in which a file has the same
 * signature give every *other* file the same diagnostics, so an edit that leaves it unchanged (typing in a CRD's
 * schema, a ConfigMap's data, a comment) needs only the edited file re-checked.
 *
 * Objects of kinds that no cross-file rule reads are summarised by kind, namespace and name (a rule may still look up
 * a Secret or ConfigMap by name); every other object by its whole content, which is safe whatever the rules read.
 * Unreadable documents count too, since they turn broken links into "cannot verify".
 */
import type { Snapshot } from './snapshot';

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
