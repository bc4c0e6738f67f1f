/**
 * Broken links on the map: a link that resolves to nothing and that a rule reports where it is written (a selector
 * that selects no pods, a targetPort no container declares, a backend naming no Service). The ghost carries the
 * rule's message; a link without a finding (a Helm template that may render the target, a rule turned off) is no
 * ghost, so the map never says more than the diagnostics.
 */
import type { Snapshot } from '../../model/snapshot';
import type { Link } from '../../model/graph/types';
import type { Diagnostic } from '../../diagnostics';
import { checkFile } from '../../rules/runner';

export interface BrokenLink {
  link: Link;
  /** Stable per source node: `selector`, or the link kind and its index among the object's broken links of that kind. */
  key: string;
  label: string;
  message: string;
}

const LABELS: Record<string, string> = {
  'service-selector': 'selector',
  'target-port': 'targetPort',
  'ingress-backend': 'service',
  'ingress-backend-port': 'port',
  'route-backend': 'backendRef',
  'route-backend-port': 'port',
};

export function brokenLinks(snapshot: Snapshot, links: Link[]): BrokenLink[] {
  const findings = new Map<string, Diagnostic[]>();
  const findingsOf = (uri: string) => {
    let found = findings.get(uri);
    if (!found) findings.set(uri, (found = checkFile(snapshot, uri).filter((d) => d.severity !== 'hint')));
    return found;
  };
  const out = new Map<string, BrokenLink>();
  const counts = new Map<string, number>();
  for (const link of links) {
    const label = LABELS[link.kind];
    if (!label || link.to.length > 0) continue;
    const diagnostic = findingsOf(link.from.uri).find((d) => d.start <= link.from.end && d.end >= link.from.start);
    if (!diagnostic) continue;
    const owner = `${link.fromResource.id}\0${link.kind}`;
    // A selector is one link per entry, but one broken selection: one ghost per Service.
    const n = counts.get(owner) ?? 0;
    const key = link.kind === 'service-selector' ? 'selector' : `${link.kind}:${n}`;
    const id = `${link.fromResource.id}\0${key}`;
    if (out.has(id)) continue;
    counts.set(owner, n + 1);
    const written = snapshot.files.get(link.from.uri)?.text.slice(link.from.start, link.from.end) ?? '';
    out.set(id, { link, key, label: link.kind === 'service-selector' ? label : `${label} ${written}`.trim(), message: diagnostic.message });
  }
  return [...out.values()];
}
