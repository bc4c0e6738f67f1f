/** A Service's selector entries link to the matching label lines of every pod template the selector selects. */
import { selectedTemplates } from '../links';
import { asMap, keyText } from '../../syntax/nodes';
import type { Link, LinkProvider } from './types';

export const serviceSelectorLinks: LinkProvider = {
  kind: 'service-selector',
  sourceKinds: ['Service'],
  links(snapshot, r) {
    const svc = snapshot.service(r);
    const selector = asMap(svc?.selectorNode);
    if (!svc || !svc.selector || !selector) return [];
    const templates = selectedTemplates(snapshot, svc);
    return selector.items.flatMap((pair): Link[] => {
      const key = keyText(pair);
      if (key === null) return [];
      return [{
        kind: 'service-selector',
        from: { uri: r.uri, start: pair.start, end: pair.end },
        fromResource: r,
        to: templates.flatMap((t) => {
          const label = t.labels.find((l) => l.key === key);
          // A runtime label (pod-template-hash, …) matches without a line to point at; the template itself stands in.
          const place = label ? label.pair : t.labelsNode ?? t.node;
          return [{ uri: t.owner.uri, start: place.start, end: place.end, resource: t.owner }];
        }),
      }];
    });
  },
};
