import { get, seqItems } from '../syntax/nodes';
import { checkIPField } from './_shared/ipChecks';
import type { ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

export const serviceExternalIPs: ResourceRule = {
  id: 'service-external-ips',
  title: 'Service externalIPs entry is not a usable IP address',
  description: 'Each entry of `spec.externalIPs` must be a single IP address (not a host name, not a CIDR), and not the unspecified, a loopback or a link-local address. The API server rejects the Service otherwise.',
  remediation: 'List plain IP addresses that route to your nodes, e.g. `203.0.113.10`.',
  ...SERVICE_ERROR,
  check: serviceCheck((ctx) => {
    for (const node of seqItems(get(ctx.resource.node, 'spec', 'externalIPs'))) checkIPField(ctx.report, node, 'externalIPs entry', { nonSpecial: true });
  }),
};
