/**
 * Inside one Helm chart, a selector and a pod template's labels that `include` the same named template
 * (`{{- include "web.selectorLabels" . | nindent 4 }}`) render the same labels: the selector matches the pods,
 * whatever the values. Such a link is symbolic (nothing is rendered): each include under a Service's `spec.selector` or
 * a NetworkPolicy's `spec.podSelector.matchLabels` links to the include under the chart's pod template labels that
 * renders it, itself or through the named templates it includes (`web.labels` often includes `web.selectorLabels`).
 */
import type { Resource } from '../resource';
import type { Snapshot } from '../snapshot';
import type { PodTemplate } from '../workloads';
import { includeClosure } from '../chart';
import { getPair, stringEntries } from '../../syntax/nodes';
import type { YPair } from '../../syntax/nodes';
import { includesUnder, podLabelsPair, templatedEntry } from '../chartLabels';
import { keyBlockEnd, renderingLines } from '../../syntax/helmBlank';
import type { Link, LinkProvider, LinkTarget } from './types';
import { PODS } from '../signature';

const SELECTOR_PATHS: Record<string, string[]> = {
  Service: ['spec', 'selector'],
  NetworkPolicy: ['spec', 'podSelector', 'matchLabels'],
};

export const helmIncludeLinks: LinkProvider = {
  kind: 'helm-include',
  reads: [PODS],
  sourceKinds: Object.keys(SELECTOR_PATHS),
  links(snapshot, r) {
    const root = chartRoot(r);
    const path = SELECTOR_PATHS[r.kind];
    if (!r.templated || root === null || !path) return [];
    const from = includesUnder(textOf(snapshot, r), getPair(r.node, ...path));
    if (from.length === 0) return [];
    const targets: (LinkTarget & { renders: Set<string> })[] = [];
    for (const t of chartTemplates(snapshot, root)) {
      for (const inc of includesUnder(textOf(snapshot, t.owner), podLabelsPair(t))) {
        targets.push({ uri: t.owner.uri, start: inc.start, end: inc.end, resource: t.owner, renders: includeClosure(chartDefines(snapshot, root), [inc.name]) });
      }
    }
    return from.map((inc): Link => ({
      kind: 'helm-include',
      from: { uri: r.uri, start: inc.start, end: inc.end },
      fromResource: r,
      to: targets.filter((t) => t.renders.has(inc.name)).map(({ renders: _renders, ...target }) => target),
    }));
  },
};

/**
 * The pod templates of its chart that a templated selector may select, or null when that is unknown: the selector
 * renders more than includes (`toYaml .Values.selector` could be any labels), or the object is not in a chart. A
 * template may be selected when its labels render every named template the selector includes, and either carry the
 * selector's literal labels or render more labels that might be them.
 */
export function chartSelectedTemplates(snapshot: Snapshot, r: Resource, selector: YPair): PodTemplate[] | null {
  const root = chartRoot(r);
  const text = textOf(snapshot, r);
  if (root === null) return null;
  const lines = renderingLines(text, selector.key.start, keyBlockEnd(text, selector));
  const wanted = includesUnder(text, selector).map((i) => i.name);
  if (lines.length > wanted.length) return null;
  const literal = stringEntries(selector.value).filter((e) => !templatedEntry(e));
  const defines = chartDefines(snapshot, root);
  return chartTemplates(snapshot, root).filter((t) => {
    const labels = podLabelsPair(t);
    if (!labels) return false;
    const ownerText = textOf(snapshot, t.owner);
    const renders = includeClosure(defines, includesUnder(ownerText, labels).map((i) => i.name));
    if (!wanted.every((name) => renders.has(name))) return false;
    const open = renderingLines(ownerText, labels.key.start, keyBlockEnd(ownerText, labels)).length > 0;
    return open || literal.every((e) => t.labels.some((l) => l.key === e.key && (l.value === e.value || templatedEntry(l))));
  });
}

/** The folder that holds a template's `templates/` folder, or null for a file outside one. */
export function chartRoot(r: Resource): string | null {
  const at = r.uri.lastIndexOf('/templates/');
  return at < 0 ? null : r.uri.slice(0, at);
}

function chartTemplates(snapshot: Snapshot, root: string): PodTemplate[] {
  return snapshot.templates.filter((t) => t.owner.templated && chartRoot(t.owner) === root);
}

function chartDefines(snapshot: Snapshot, root: string) {
  return snapshot.charts().find((c) => c.root === root)?.defines ?? [];
}

function textOf(snapshot: Snapshot, r: Resource): string {
  return snapshot.files.get(r.uri)?.text ?? '';
}
