/** A Service's selector entries link to the matching label lines of every pod template the selector selects. */
import { effectiveSelectors, kustomizeVia, selectedTemplates } from '../serviceTargets';
import { asMap, keyText, pairOf } from '../../syntax/nodes';
import type { Link, LinkProvider } from './types';
import { labelTargets } from './labelTargets';
import { PODS } from '../signature';

export const serviceSelectorLinks: LinkProvider = {
  kind: 'service-selector',
  reads: [PODS],
  sourceKinds: ['Service'],
  links(snapshot, r) {
    const svc = snapshot.service(r);
    if (!svc || effectiveSelectors(svc).length === 0) return [];
    const templates = selectedTemplates(snapshot, svc);
    const via = kustomizeVia(snapshot, svc, templates);
    const extra = via ? { via: `through kustomization ${via}` } : {};
    const selector = asMap(svc.selectorNode);
    // A selector that only a kustomization creates (commonLabels on a Service without one) links from the Service's spec.
    const anchor = selector ? null : pairOf(r.node, 'spec') ?? pairOf(r.node, 'kind');
    if (anchor) return [{ kind: 'service-selector', from: { uri: r.uri, start: anchor.key.start, end: anchor.key.end }, fromResource: r, to: labelTargets(templates, null), ...extra }];
    return (selector?.items ?? []).flatMap((pair): Link[] => {
      const key = keyText(pair);
      if (key === null) return [];
      return [{ kind: 'service-selector', from: { uri: r.uri, start: pair.start, end: pair.end }, fromResource: r, to: labelTargets(templates, key), ...extra }];
    });
  },
};
