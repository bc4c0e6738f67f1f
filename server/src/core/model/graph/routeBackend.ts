/** A Gateway API route's backendRef links to the Service it names, and its port to the Service port. */
import { ROUTE_KINDS, isRoute, routeBackends } from '../routes';
import { serviceRefLinks } from './serviceRefLinks';
import type { LinkProvider } from './types';

export const routeBackendLinks: LinkProvider = {
  kind: 'route-backend',
  sourceKinds: ROUTE_KINDS,
  links(snapshot, r) {
    if (!isRoute(r)) return [];
    return routeBackends(r).flatMap((ref) => serviceRefLinks(snapshot, ref, 'route-backend'));
  },
};
