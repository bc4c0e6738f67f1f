/** Where a selector's link lands in a pod template: the label line with the selector's key. Shared by selector providers. */
import type { PodTemplate } from '../workloads';
import type { Resource } from '../resource';
import type { YPair } from '../../syntax/nodes';
import { selectorEntries } from '../networkPolicy';
import type { Link, LinkTarget } from './types';

/**
 * The label line with this key in each template. A runtime label (pod-template-hash, …) or a key a selector only
 * requires to be absent has no line to point at; the template's labels (or the template itself) stand in.
 */
export function labelTargets(templates: PodTemplate[], key: string | null): LinkTarget[] {
  return templates.map((t) => {
    const label = key === null ? undefined : t.labels.find((l) => l.key === key);
    const place = label ? label.pair : t.labelsNode ?? t.node;
    return { uri: t.owner.uri, start: place.start, end: place.end, resource: t.owner };
  });
}

/**
 * Links from a LabelSelector (`podSelector: {matchLabels, matchExpressions}`): one per entry, to `targets(key)`, e.g.
 * that key's label line in each selected template. An empty selector selects everything: its key links to
 * `targets(null)`, the selected objects as a whole.
 */
export function labelSelectorLinks(kind: string, from: Resource, pair: YPair | null, targets: (key: string | null) => LinkTarget[]): Link[] {
  if (!pair) return [];
  const entries = selectorEntries(pair.value);
  if (entries.length === 0) return [{ kind, from: { uri: from.uri, start: pair.key.start, end: pair.key.end }, fromResource: from, to: targets(null) }];
  return entries.map((e) => ({ kind, from: { uri: from.uri, start: e.node.start, end: e.node.end }, fromResource: from, to: targets(e.key) }));
}
