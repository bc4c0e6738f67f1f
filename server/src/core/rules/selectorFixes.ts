/**
 * Quick fixes of service-selector-no-match: change a selector value to the one the nearest template has (a typo), or
 * add the selector's labels to the pod template of the workload that should serve the traffic.
 */
import type { Fix, TextEdit } from '../diagnostics';
import type { Snapshot } from '../model/snapshot';
import type { PodTemplate } from '../model/workloads';
import { templateOwnerName } from '../model/serviceTargets';
import type { YMap } from '../syntax/nodes';
import { asMap, asScalar, get, getPair, pairOf } from '../syntax/nodes';
import { labelSourceOf, requirementMatches } from '../model/selectors';
import { editDistance, eolOf, lineStartAt } from '../strings';
import type { FixContext } from './types';
import { yamlString } from '../syntax/yamlText';

function serviceAt(snapshot: Snapshot, uri: string, offset: number) {
  const r = snapshot.documents(uri).flatMap((d) => d.resources).find((x) => offset >= x.node.start && offset <= x.node.end);
  return r ? snapshot.service(r) : null;
}

/**
 * `app: ngnix` → `app: nginx`: offered only when the two values are a plausible typo of each other and the change makes
 * the selector match the nearest template. A neighbour with an unrelated value is named in the message, but changing
 * the selector to it would point the Service at the wrong pods.
 */
export function didYouMeanFix({ snapshot, file, diagnostic }: FixContext): Fix[] {
  const { key, suggestion, workload } = diagnostic.data ?? {};
  if (typeof key !== 'string' || typeof suggestion !== 'string') return [];
  const svc = serviceAt(snapshot, file.uri, diagnostic.start);
  const value = pairOf(svc?.selectorNode, key)?.value;
  const current = asScalar(value)?.value;
  const t = snapshot.templates.find((x) => x.owner.id === workload);
  if (!svc?.selector || !value || typeof current !== 'string' || !t) return [];
  const typo = editDistance(current.toLowerCase(), suggestion.toLowerCase(), 10) <= Math.max(2, Math.floor(current.length / 3));
  const others = svc.selector.requirements.filter((q) => q.key !== key);
  if (!typo || !others.every((q) => requirementMatches(q, labelSourceOf(t.labels, t.runtimeKeys)))) return [];
  return [{ title: `Change the selector's ${key} to '${suggestion}'`, preferred: true, edits: [{ uri: file.uri, start: value.start, end: value.end, newText: yamlString(suggestion) }] }];
}

/**
 * Adds the selector's labels that the workload's pod template lacks. Offered only when the template has none of those
 * keys with another value, so that the fix makes the Service match without relabelling pods other selectors rely on.
 */
export function addLabelsFix({ snapshot, file, diagnostic }: FixContext): Fix[] {
  const workload = diagnostic.data?.workload;
  const svc = serviceAt(snapshot, file.uri, diagnostic.start);
  const t = snapshot.templates.find((x) => x.owner.id === workload);
  if (!svc?.selector || !t || t.owner.templated) return [];
  const wanted = svc.selector.requirements.map((q) => ({ key: q.key, value: q.values[0] ?? '' }));
  if (wanted.some((w) => t.labels.some((l) => l.key === w.key && l.value !== w.value))) return [];
  const missing = wanted.filter((w) => !t.labels.some((l) => l.key === w.key));
  const target = snapshot.files.get(t.owner.uri);
  if (missing.length === 0 || !target) return [];
  const edit = insertLabels(target.text, t, missing);
  if (!edit) return [];
  const list = missing.map((m) => `${m.key}=${m.value}`).join(', ');
  return [{ title: `Add ${list} to the pod template of ${templateOwnerName(t)}`, edits: [{ uri: t.owner.uri, ...edit }] }];
}

function column(text: string, offset: number): number {
  return offset - lineStartAt(text, offset);
}

function entries(labels: { key: string; value: string }[]): string[] {
  return labels.map((l) => `${yamlString(l.key)}: ${yamlString(l.value)}`);
}

/** The edit that adds labels to a template: into its labels map (block or flow), or a new `labels:` under metadata. */
function insertLabels(text: string, t: PodTemplate, labels: { key: string; value: string }[]): Omit<TextEdit, 'uri'> | null {
  const eol = eolOf(text);
  const map = asMap(t.labelsNode);
  if (map && map.flow) {
    const close = text.lastIndexOf('}', map.end - 1);
    if (close < map.start) return null;
    const sep = map.items.length ? ', ' : '';
    const before = text.slice(map.start, close).trimEnd();
    return { start: map.start + before.length, end: map.start + before.length, newText: `${sep}${entries(labels).join(', ')}` };
  }
  if (map && map.items.length > 0) {
    const indent = ' '.repeat(column(text, map.items[0].start));
    const last = map.items[map.items.length - 1];
    return { start: last.end, end: last.end, newText: entries(labels).map((e) => `${eol}${indent}${e}`).join('') };
  }
  const metadata = getPair(t.node, 'metadata');
  const meta = asMap(metadata?.value);
  if (!metadata || !meta || meta.flow || meta.items.length === 0 || get(meta, 'labels')) return null;
  return blockLabelsUnder(text, meta, labels, eol);
}

function blockLabelsUnder(text: string, meta: YMap, labels: { key: string; value: string }[], eol: string): Omit<TextEdit, 'uri'> {
  const indent = ' '.repeat(column(text, meta.items[0].start));
  const last = meta.items[meta.items.length - 1];
  const lines = [`${indent}labels:`, ...entries(labels).map((e) => `${indent}  ${e}`)];
  return { start: last.end, end: last.end, newText: lines.map((l) => `${eol}${l}`).join('') };
}
