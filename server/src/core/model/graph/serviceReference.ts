/**
 * Services named in configuration (model/serviceReferences.ts): the name in `cart.shop:7000` links to Service
 * shop/cart, and the port to the Service port it reaches, so that definition, references and hover work both ways.
 */
import { serviceReferencesOf } from '../serviceReferences';
import { BUILTIN_WORKLOAD_KINDS } from '../workloads';
import { nameLink, portLink } from './serviceRefLinks';
import type { LinkProvider } from './types';

export const serviceReferenceLinks: LinkProvider = {
  kind: 'service-reference',
  sourceKinds: [...new Set(BUILTIN_WORKLOAD_KINDS.map((k) => k.kind)), 'ConfigMap'],
  reads: ['Service', 'Namespace'],
  links: (snapshot, r) => serviceReferencesOf(snapshot, r).flatMap((ref) => [nameLink(snapshot, ref, 'service-reference'), ...portLink(snapshot, ref, 'service-reference')]),
};
