import { asMap, get, getPair, seqItems } from '../syntax/nodes';
import { checkEndpointPorts } from './_shared/endpointChecks';
import { checkIPField } from './_shared/ipChecks';
import { readString } from '../k8s/goyaml';
import { isDns1123Label } from '../k8s/names';
import { PORT_RANGE, replacementFixes, checkSubdomainName } from './_shared/fieldChecks';
import type { ResourceRule } from './types';

export const endpointsInvalid: ResourceRule = {
  id: 'endpoints-invalid',
  title: 'Endpoints object is invalid',
  description: 'A core/v1 Endpoints object is named with a lower-case DNS subdomain. Each subset needs `addresses` or `notReadyAddresses`; each address needs `ip`, a valid IP that is not unspecified, loopback or link-local, and an optional DNS-1123 label `hostname`; each port needs a number from 1 to 65535, a DNS-1123 label name (required when the subset has several ports) and a TCP, UDP or SCTP protocol. The API server rejects the object otherwise.',
  remediation: 'Fix the address or port the message names; consider an EndpointSlice instead, the Endpoints API is deprecated.',
  severity: 'error',
  category: 'api-validation',
  kinds: ['Endpoints'],
  scope: 'resource',
  check(ctx) {
    if (ctx.resource.group !== '') return;
    checkSubdomainName(ctx.report, ctx.resource);
    for (const subset of seqItems(get(ctx.resource.node, 'subsets'))) {
      const m = asMap(subset);
      if (!m) continue;
      const addresses = [...seqItems(get(m, 'addresses')), ...seqItems(get(m, 'notReadyAddresses'))];
      if (addresses.length === 0 && m.items[0]) {
        ctx.report({ start: m.items[0].key.start, end: m.items[0].key.end, message: 'each subset needs at least one entry in addresses or notReadyAddresses' });
      }
      for (const address of addresses) {
        const ipPair = getPair(address, 'ip');
        if (ipPair?.value) checkIPField(ctx.report, ipPair.value, 'ip', { nonSpecial: true });
        else {
          const anchor = ipPair?.key ?? asMap(address)?.items[0]?.key ?? address;
          ctx.report({ start: anchor.start, end: anchor.end, message: 'each address needs an ip' });
        }
        const hostname = get(address, 'hostname');
        const h = readString(hostname);
        if (hostname && h?.ok && h.value !== '' && !isDns1123Label(h.value)) ctx.report({ start: hostname.start, end: hostname.end, message: `hostname '${h.value}' is not a DNS-1123 label (at most 63 lower-case letters, digits and "-", no dots)` });
      }
      checkEndpointPorts(ctx.report, m, { nameRequiredWhenMany: true, uniqueNames: false, portRange: PORT_RANGE });
    }
  },
  fixes: replacementFixes,
};
