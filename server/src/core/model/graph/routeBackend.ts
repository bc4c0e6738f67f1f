/** A Gateway API route's backendRef links to the Service it names, and its port to the Service port. */
import { ROUTE_KINDS, isRoute, routeBackends } from '../routes';
import { serviceRefProviders } from './serviceRefLinks';

export const [routeBackendLinks, routeBackendPortLinks] = serviceRefProviders('route-backend', ROUTE_KINDS, (r) => (isRoute(r) ? routeBackends(r) : []));
