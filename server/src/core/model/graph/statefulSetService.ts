/** A StatefulSet's serviceName links to the governing Service's metadata.name. */
import { governingServiceNode, governingServices, isStatefulSet } from '../statefulSet';
import type { LinkProvider } from './types';

export const statefulSetServiceLinks: LinkProvider = {
  kind: 'statefulset-service',
  reads: ['Service'],
  sourceKinds: ['StatefulSet'],
  links(snapshot, r) {
    const node = governingServiceNode(r);
    if (!isStatefulSet(r) || !node) return [];
    return [{
      kind: 'statefulset-service',
      from: { uri: r.uri, start: node.start, end: node.end },
      fromResource: r,
      to: governingServices(snapshot, r, String(node.value)).map((s) => {
        const place = s.nameNode ?? s.node;
        return { uri: s.uri, start: place.start, end: place.end, resource: s };
      }),
    }];
  },
};
