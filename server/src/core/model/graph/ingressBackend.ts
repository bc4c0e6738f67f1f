/** An Ingress backend's Service name links to the Service, and its port to the Service port it selects. */
import { ingressView, isIngress } from '../ingress';
import { serviceRefProviders } from './serviceRefLinks';

export const [ingressBackendLinks, ingressBackendPortLinks] = serviceRefProviders('ingress-backend', ['Ingress'], (r) => (isIngress(r) ? ingressView(r).backends : []));
