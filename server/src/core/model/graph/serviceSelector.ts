/** A Service's selector entries link to the matching label lines of every pod template the selector selects. */
import { selectedTemplates } from '../links';
import { asMap, keyText } from '../../syntax/nodes';
import type { Link, LinkProvider } from './types';
import { labelTargets } from './labelTargets';

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
      return [{ kind: 'service-selector', from: { uri: r.uri, start: pair.start, end: pair.end }, fromResource: r, to: labelTargets(templates, key) }];
    });
  },
};
