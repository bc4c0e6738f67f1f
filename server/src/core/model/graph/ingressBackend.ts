/** An Ingress backend's Service name links to the Service, and its port to the Service port it selects. */
import { ingressView, isIngress } from '../ingress';
import { serviceRefLinks } from './serviceRefLinks';
import type { LinkProvider } from './types';

export const ingressBackendLinks: LinkProvider = {
  kind: 'ingress-backend',
  sourceKinds: ['Ingress'],
  links(snapshot, r) {
    if (!isIngress(r)) return [];
    return ingressView(r).backends.flatMap((ref) => serviceRefLinks(snapshot, ref, 'ingress-backend'));
  },
};
