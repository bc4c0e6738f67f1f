import { asMap, get, getPair, seqItems } from '../syntax/nodes';
import { checkEndpointPorts } from './_shared/endpointChecks';
import { checkEnumField, looksTemplated, replacementFixes, checkSubdomainName } from './_shared/fieldChecks';
import { checkIPField } from './_shared/ipChecks';
import { readString } from '../k8s/goyaml';
import { isDns1123Label, isDns1123Subdomain, isFullyQualifiedDomainName } from '../k8s/names';
import type { ResourceRule } from './types';

const MAX_ADDRESSES = 100;

export const endpointSliceInvalid: ResourceRule = {
  id: 'endpoint-slice-invalid',
  title: 'EndpointSlice is invalid',
  description: 'An EndpointSlice is named with a lower-case DNS subdomain and needs `addressType` IPv4, IPv6 or FQDN; every endpoint needs 1 to 100 addresses of that type (IPs that are not unspecified, loopback or link-local; or fully qualified domain names); hostnames are DNS-1123 labels, node names DNS subdomains; port names are empty or DNS-1123 labels and unique; protocols TCP, UDP or SCTP. The API server rejects the slice otherwise.',
  remediation: 'Make each address match the slice\'s addressType, and fix the field the message names.',
  severity: 'error',
  category: 'api-validation',
  kinds: ['EndpointSlice'],
  scope: 'resource',
  check(ctx) {
    const r = ctx.resource;
    if (r.group !== 'discovery.k8s.io') return;
    checkSubdomainName(ctx.report, ctx.resource);
    const typePair = getPair(r.node, 'addressType');
    const addressType = typePair?.value ? checkEnumField(ctx.report, typePair.value, 'addressType', ['IPv4', 'IPv6', 'FQDN'], true) : null;
    if (!typePair?.value) {
      const anchor = getPair(r.node, 'kind')!.key;
      ctx.report({ start: anchor.start, end: anchor.end, message: 'an EndpointSlice needs addressType: IPv4, IPv6 or FQDN' });
    }
    for (const endpoint of seqItems(get(r.node, 'endpoints'))) {
      const m = asMap(endpoint);
      if (!m) continue;
      const addrPair = getPair(m, 'addresses');
      const addresses = seqItems(addrPair?.value);
      if (addresses.length === 0 || addresses.length > MAX_ADDRESSES) {
        const anchor = addrPair?.key ?? m.items[0]?.key ?? m;
        ctx.report({ start: anchor.start, end: anchor.end, message: `each endpoint needs 1 to ${MAX_ADDRESSES} addresses, this one has ${addresses.length}` });
      }
      for (const address of addresses) {
        if (addressType === 'FQDN') {
          const s = readString(address);
          if (s && (!s.ok || (!isFullyQualifiedDomainName(s.value) && !looksTemplated(s.value)))) ctx.report({ start: address.start, end: address.end, message: `address ${s.ok ? `'${s.value}' ` : ''}must be a fully qualified domain name (at least two lower-case DNS labels) in an FQDN slice` });
        } else if (addressType) {
          const ip = checkIPField(ctx.report, address, 'address', { nonSpecial: true });
          if (ip && ip.family !== addressType) ctx.report({ start: address.start, end: address.end, message: `address '${ip.text}' is ${ip.family}, but the slice's addressType is ${addressType}` });
        }
      }
      const hostname = get(m, 'hostname');
      const h = readString(hostname);
      if (hostname && h?.ok && !isDns1123Label(h.value)) ctx.report({ start: hostname.start, end: hostname.end, message: `hostname '${h.value}' is not a DNS-1123 label (at most 63 lower-case letters, digits and "-", no dots)` });
      const nodeName = get(m, 'nodeName');
      const n = readString(nodeName);
      if (nodeName && n?.ok && !isDns1123Subdomain(n.value)) ctx.report({ start: nodeName.start, end: nodeName.end, message: `nodeName '${n.value}' is not a valid node name (lower-case DNS subdomain)` });
    }
    checkEndpointPorts(ctx.report, r.node, { nameRequiredWhenMany: false, uniqueNames: true, portRange: null });
  },
  fixes: replacementFixes,
};
