/**
 * Inside one Helm chart, a selector and a pod template's labels that both `include` the same named template
 * (`{{- include "web.selectorLabels" . | nindent 4 }}`) render the same labels: the selector matches the pods,
 * whatever the values. Such a link is symbolic (nothing is rendered): each include under a Service's `spec.selector` or
 * a NetworkPolicy's `spec.podSelector.matchLabels` links to the same include under the chart's pod template labels.
 */
import type { Resource } from '../resource';
import { getPair } from '../../syntax/nodes';
import type { YPair } from '../../syntax/nodes';
import { lineStartAt } from '../../strings';
import type { Link, LinkProvider, LinkTarget } from './types';

interface Include {
  name: string;
  start: number;
  end: number;
}

const SELECTOR_PATHS: Record<string, string[]> = {
  Service: ['spec', 'selector'],
  NetworkPolicy: ['spec', 'podSelector', 'matchLabels'],
};

export const helmIncludeLinks: LinkProvider = {
  kind: 'helm-include',
  sourceKinds: Object.keys(SELECTOR_PATHS),
  links(snapshot, r) {
    const root = chartRoot(r);
    const path = SELECTOR_PATHS[r.kind];
    if (!r.templated || root === null || !path) return [];
    const text = snapshot.files.get(r.uri)?.text ?? '';
    const from = includesUnder(text, getPair(r.node, ...path));
    if (from.length === 0) return [];
    const targets: (LinkTarget & { name: string })[] = [];
    for (const t of snapshot.templates) {
      if (!t.owner.templated || chartRoot(t.owner) !== root) continue;
      const ownerText = snapshot.files.get(t.owner.uri)?.text ?? '';
      for (const inc of includesUnder(ownerText, getPair(t.owner.node, ...t.workload.templatePath, 'metadata', 'labels'))) {
        targets.push({ uri: t.owner.uri, start: inc.start, end: inc.end, resource: t.owner, name: inc.name });
      }
    }
    return from.map((inc): Link => ({
      kind: 'helm-include',
      from: { uri: r.uri, start: inc.start, end: inc.end },
      fromResource: r,
      to: targets.filter((t) => t.name === inc.name).map(({ name: _name, ...target }) => target),
    }));
  },
};

/** The folder that holds a template's `templates/` folder, or null for a file outside one. */
export function chartRoot(r: Resource): string | null {
  const at = r.uri.lastIndexOf('/templates/');
  return at < 0 ? null : r.uri.slice(0, at);
}

/**
 * The named templates included in a key's block: the lines after the key, up to the first one indented no deeper than
 * the key (blanked action lines leave the key without a value, so the block is read from the text).
 */
function includesUnder(text: string, pair: YPair | null): Include[] {
  if (!pair) return [];
  const keyColumn = pair.key.start - lineStartAt(text, pair.key.start);
  let end = text.indexOf('\n', pair.key.end);
  const out: Include[] = [];
  while (end >= 0 && end < text.length) {
    const next = text.indexOf('\n', end + 1);
    const line = text.slice(end + 1, next < 0 ? text.length : next);
    const indent = line.length - line.trimStart().length;
    if (line.trim() !== '' && indent <= keyColumn) break;
    for (const m of line.matchAll(/\{\{-?\s*(?:include|template)\s+"([^"]+)"/g)) {
      // The quoted name, quotes included: the opening quote stands before the name, the closing one ends the match.
      const start = end + 1 + m.index + m[0].length - m[1].length - 2;
      out.push({ name: m[1], start, end: start + m[1].length + 2 });
    }
    end = next;
  }
  return out;
}
