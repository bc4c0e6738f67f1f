/** Every link provider. Add a provider here (one import, one entry) to make its links navigable everywhere. */
import type { LinkProvider } from './types';
import type { Reads } from '../signature';
import { serviceSelectorLinks } from './serviceSelector';
import { targetPortLinks } from './targetPort';
import { networkPolicySelectorLinks } from './networkPolicySelector';
import { networkPolicyPeerLinks } from './networkPolicyPeer';
import { networkPolicyPortLinks } from './networkPolicyPort';
// Network links: Ingress, Gateway API routes, probes, StatefulSet serviceName, Endpoints.
import { ingressBackendLinks, ingressBackendPortLinks } from './ingressBackend';
import { routeBackendLinks, routeBackendPortLinks } from './routeBackend';
import { probePortLinks } from './probePort';
import { statefulSetServiceLinks } from './statefulSetService';
import { endpointsPortLinks, endpointsServiceLinks, serviceEndpointsLinks } from './endpoints';
import { helmIncludeLinks } from './helmInclude';
import { serviceReferenceLinks } from './serviceReference';
import { monitorLinks } from './monitor';

export const LINK_PROVIDERS: readonly LinkProvider[] = [
  serviceSelectorLinks,
  targetPortLinks,
  // NetworkPolicy: the pods a policy isolates, its from/to peers, and its named ports.
  networkPolicySelectorLinks,
  networkPolicyPeerLinks,
  networkPolicyPortLinks,
  // Network links: Ingress, Gateway API routes, probes, StatefulSet serviceName, Endpoints.
  ingressBackendLinks,
  ingressBackendPortLinks,
  routeBackendLinks,
  routeBackendPortLinks,
  probePortLinks,
  statefulSetServiceLinks,
  endpointsServiceLinks,
  endpointsPortLinks,
  serviceEndpointsLinks,
  // Services named by DNS in env, args, command and ConfigMap data.
  serviceReferenceLinks,
  // Prometheus operator: ServiceMonitor and PodMonitor selectors and ports.
  monitorLinks,
  // Helm: a selector and pod labels that include the same named template.
  helmIncludeLinks,
];

/** Every kind whose content some link resolves against: a graph is seeded from an earlier one while they stay the same. */
export const LINK_READS: Reads = new Set(LINK_PROVIDERS.flatMap((p) => p.reads));
