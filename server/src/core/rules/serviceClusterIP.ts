import { asSeq, get, getPair } from '../syntax/nodes';
import { normalizedClusterIPs, serviceType, stringField } from '../k8s/defaults';
import { looksTemplated } from './_shared/fieldChecks';
import type { ParsedCIDR } from '../k8s/ip';
import { cidrContainsIP, firstAddress, lastAddress, parseCIDR, parseIP } from '../k8s/ip';
import type { ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

/**
 * The service IP allocator never hands out a CIDR's network address, nor an IPv4 CIDR's broadcast address, so a
 * Service cannot pin them. Small CIDRs (/31, /32 and IPv6 /128) have no such reserved addresses.
 */
function reservedAddress(cidr: ParsedCIDR, canonicalIP: string): 'network' | 'broadcast' | null {
  const bits = cidr.family === 'IPv4' ? 32 : 128;
  if (bits - cidr.prefix < 2) return null;
  if (canonicalIP === firstAddress(cidr)) return 'network';
  if (cidr.family === 'IPv4' && canonicalIP === lastAddress(cidr)) return 'broadcast';
  return null;
}

export const serviceClusterIP: ResourceRule = {
  id: 'service-cluster-ip',
  title: 'Service clusterIP or clusterIPs is invalid',
  description: '`clusterIP` and `clusterIPs` hold "" (allocate one), "None" (headless; first and only entry, not for NodePort or LoadBalancer) or IP addresses. `clusterIPs[0]` must equal `clusterIP`, there may be at most two, two must be one IPv4 and one IPv6, and each must match `ipFamilies` at the same index. When `kubeNetlens.serviceCIDRs` is set, a pinned IP must lie in one of them and not be its network (or IPv4 broadcast) address. The API server rejects the Service otherwise.',
  remediation: 'Leave clusterIP out to let Kubernetes allocate one, or pin a valid, free address from the service CIDR; keep clusterIP and clusterIPs[0] equal.',
  ...SERVICE_ERROR,
  check: serviceCheck((ctx, spec) => {
    const type = serviceType(spec);
    if (type === 'ExternalName') return;
    const singleNode = get(spec, 'clusterIP');
    const single = stringField(singleNode);
    const writtenPlural = asSeq(get(spec, 'clusterIPs'))?.items ?? [];
    const ips = normalizedClusterIPs(spec);
    if (writtenPlural.length > 0 && ips[0].value !== single) {
      const pluralKey = getPair(spec, 'clusterIPs')!.key;
      if (single === '') ctx.report({ start: pluralKey.start, end: pluralKey.end, message: 'clusterIPs is set but clusterIP is not; set clusterIP to the same first address (Kubernetes never copies clusterIPs into clusterIP)' });
      else ctx.report({ start: ips[0].node.start, end: ips[0].node.end, message: `clusterIPs[0] '${ips[0].value}' must equal clusterIP '${single}'` });
    }
    if (ips.length > 2) ctx.report({ start: ips[2].node.start, end: ips[2].node.end, message: `at most two cluster IPs (one IPv4, one IPv6) are allowed, there are ${ips.length}` });
    const families = (asSeq(get(spec, 'ipFamilies'))?.items ?? []).map((n) => stringField(n));
    const cidrs = ctx.config.serviceCIDRs.map((c) => parseCIDR(c)).filter((c): c is ParsedCIDR => c !== null);
    const seenFamilies: string[] = [];
    ips.forEach(({ value, node }, i) => {
      if (value === '' || looksTemplated(value)) return;
      if (value === 'None') {
        if (i > 0 || ips.length > 1) ctx.report({ start: node.start, end: node.end, message: "'None' must be the first and only cluster IP of a headless Service" });
        else if (type === 'NodePort' || type === 'LoadBalancer') ctx.report({ start: node.start, end: node.end, message: `a Service of type ${type} cannot be headless (clusterIP: None); use type ClusterIP or allocate a cluster IP` });
        return;
      }
      const ip = parseIP(value);
      if (!ip) {
        ctx.report({ start: node.start, end: node.end, message: `cluster IP '${value}' must be "", "None" or a valid IP address` });
        return;
      }
      if (i === 1 && seenFamilies[0] === ip.family) ctx.report({ start: node.start, end: node.end, message: `two cluster IPs must be one IPv4 and one IPv6 address; both are ${ip.family}` });
      seenFamilies.push(ip.family);
      if (families[i] && families[i] !== ip.family && (families[i] === 'IPv4' || families[i] === 'IPv6')) {
        ctx.report({ start: node.start, end: node.end, message: `cluster IP '${value}' is ${ip.family}, but ipFamilies[${i}] is ${families[i]}` });
      }
      if (cidrs.length > 0 && i < 2) {
        const sameFamily = cidrs.filter((c) => c.family === ip.family);
        if (sameFamily.length === 0) ctx.report({ start: node.start, end: node.end, message: `cluster IP '${value}' is ${ip.family}, but the cluster has no ${ip.family} service CIDR (kubeNetlens.serviceCIDRs: ${ctx.config.serviceCIDRs.join(', ')})` });
        else {
          const home = sameFamily.find((c) => cidrContainsIP(c, ip));
          const reserved = home && reservedAddress(home, ip.canonical);
          if (!home) ctx.report({ start: node.start, end: node.end, message: `cluster IP '${value}' is outside the service CIDR ${sameFamily.map((c) => c.text).join(', ')} (kubeNetlens.serviceCIDRs); the API server cannot allocate it` });
          else if (reserved) ctx.report({ start: node.start, end: node.end, message: `cluster IP '${value}' is the ${reserved} address of the service CIDR ${home.text}, which Kubernetes never allocates` });
        }
      }
    });
  }),
};
