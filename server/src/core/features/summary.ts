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

/** The files of a snapshot that hold nothing checked, by why: for the output channel's account of indexing. */
export interface LeftOutFiles {
  /** Files not analysed (too large, not text), by the reason given. */
  skipped: ReadonlyMap<string, string[]>;
  /** Files with a document that does not parse or runs two objects together. */
  unreadable: string[];
  /** YAML files with no Kubernetes object (kustomizations, a chart's Chart.yaml and values, other YAML). */
  notKubernetes: string[];
}

export function leftOutFiles(snapshot: Snapshot): LeftOutFiles {
  const skipped = new Map<string, string[]>();
  const notKubernetes: string[] = [];
  const manifests = new Set(snapshot.resources.map((r) => r.uri));
  const unreadable = new Set(snapshot.unknown.filter((u) => u.reason === 'syntax' || u.reason === 'merged').map((u) => u.uri));
  const partial = new Set(snapshot.unknown.map((u) => u.uri));
  for (const [uri, file] of snapshot.files) {
    if (file.skipped) skipped.set(file.skipped, [...(skipped.get(file.skipped) ?? []), uri]);
    else if (!manifests.has(uri) && !partial.has(uri) && /\.ya?ml$/i.test(uri)) notKubernetes.push(uri);
  }
  return { skipped, unreadable: [...unreadable], notKubernetes };
}
