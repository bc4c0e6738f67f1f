/**
 * A Service port's targetPort (or its port, when targetPort is absent and defaults to it) links to the container
 * ports it resolves to in every selected pod template: the port's name for a named targetPort, its containerPort for
 * a number.
 */
import { effectiveSelectors, kustomizeVia, resolveTargetPort, selectedTemplates } from '../serviceTargets';
import type { Link, LinkProvider } from './types';
import { PODS } from '../signature';

export const targetPortLinks: LinkProvider = {
  kind: 'target-port',
  reads: [PODS],
  sourceKinds: ['Service'],
  links(snapshot, r) {
    const svc = snapshot.service(r);
    if (!svc || effectiveSelectors(svc).length === 0) return [];
    const templates = selectedTemplates(snapshot, svc);
    const via = kustomizeVia(snapshot, svc, templates);
    return svc.ports.flatMap((sp): Link[] => {
      const node = sp.targetPortNode ?? sp.portNode;
      if (!node) return [];
      return [{
        kind: 'target-port',
        from: { uri: r.uri, start: node.start, end: node.end },
        fromResource: r,
        to: templates.flatMap((t) =>
          resolveTargetPort(t, sp).map((hit) => {
            const place = typeof sp.targetPort === 'string' ? hit.port.nameNode ?? hit.port.node : hit.port.containerPortNode ?? hit.port.node;
            return { uri: t.owner.uri, start: place.start, end: place.end, resource: t.owner };
          }),
        ),
        ...(via ? { via: `through kustomization ${via}` } : {}),
      }];
    });
  },
};
