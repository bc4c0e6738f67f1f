import { asMap, get, getPair, seqItems } from '../syntax/nodes';
import { checkEndpointPorts } from './_shared/endpointChecks';
import { checkEnumField, looksTemplated, replacementFixes, checkSubdomainName } from './_shared/fieldChecks';
import { checkIPField } from './_shared/ipChecks';
import { readString } from '../k8s/goyaml';
import { isDns1123Label, isDns1123Subdomain, isFullyQualifiedDomainName, labelValueProblem } from '../k8s/names';
import type { YPair } from '../syntax/nodes';
import type { Report } from './_shared/fieldChecks';
import type { ResourceRule } from './types';

const MAX_ADDRESSES = 100;
const MAX_ZONE_HINTS = 8;

export const endpointSliceInvalid: ResourceRule = {
  id: 'endpoint-slice-invalid',
  title: 'EndpointSlice is invalid',
  description: 'An EndpointSlice is named with a lower-case DNS subdomain and needs `addressType` IPv4, IPv6 or FQDN; every endpoint needs 1 to 100 addresses of that type (IPs that are not unspecified, loopback or link-local; or fully qualified domain names); hostnames are DNS-1123 labels, node names DNS subdomains; topology hints name at most 8 zones, each once; port names are empty or DNS-1123 labels and unique; protocols TCP, UDP or SCTP. The API server rejects the slice otherwise.',
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
      checkZoneHints(ctx.report, getPair(get(m, 'hints'), 'forZones'));
      const nodeName = get(m, 'nodeName');
      const n = readString(nodeName);
      if (nodeName && n?.ok && !isDns1123Subdomain(n.value)) ctx.report({ start: nodeName.start, end: nodeName.end, message: `nodeName '${n.value}' is not a valid node name (lower-case DNS subdomain)` });
    }
    checkEndpointPorts(ctx.report, r.node, { nameRequiredWhenMany: false, uniqueNames: true, portRange: null });
  },
  fixes: replacementFixes,
};

/** Topology hints name at most 8 zones, each once, each a valid label value (validateHints). */
function checkZoneHints(report: Report, forZones: YPair | null): void {
  const zones = seqItems(forZones?.value);
  if (!forZones || zones.length === 0) return;
  if (zones.length > MAX_ZONE_HINTS) {
    report({ start: forZones.key.start, end: forZones.key.end, message: `hints.forZones names ${zones.length} zones; at most ${MAX_ZONE_HINTS} are allowed` });
    return;
  }
  const seen = new Set<string>();
  for (const zone of zones) {
    const node = get(zone, 'name');
    const name = readString(node);
    if (!node || !name?.ok) continue;
    const problem = labelValueProblem(name.value);
    if (problem) report({ start: node.start, end: node.end, message: `zone name '${name.value}' is not a valid label value: ${problem}` });
    else if (seen.has(name.value)) report({ start: node.start, end: node.end, message: `zone '${name.value}' is hinted twice; each zone of hints.forZones must be unique` });
    seen.add(name.value);
  }
}
