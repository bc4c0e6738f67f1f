/**
 * What the status bar says of a snapshot: how many files hold Kubernetes objects, and how many Service → pod template
 * links the analysis found.
 */
import type { Snapshot } from '../model/snapshot';
import { selectedTemplates } from '../model/serviceTargets';
import { PODS } from '../model/signature';
import type { Reads } from '../model/signature';

export interface WorkspaceSummary {
  /** Files holding at least one Kubernetes object. */
  manifests: number;
  /** Service → pod template links. */
  links: number;
}

/** What the summary reads across files: it changes only when an object of these kinds does (see model/signature.ts). */
export const SUMMARY_READS: Reads = new Set(['Service', PODS]);

export function workspaceSummary(snapshot: Snapshot): WorkspaceSummary {
  const manifests = new Set(snapshot.resources.map((r) => r.uri)).size;
  let links = 0;
  for (const r of snapshot.ofKind('Service')) {
    const svc = snapshot.service(r);
    if (svc) links += selectedTemplates(snapshot, svc).length;
  }
  return { manifests, links };
}
