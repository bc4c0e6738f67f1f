import type { YNode } from '../syntax/nodes';
import { getPair, seqItems } from '../syntax/nodes';
import { serviceType, stringField } from '../k8s/defaults';
import { looksTemplated } from './_shared/fieldChecks';
import { goValue, readString } from '../k8s/goyaml';
import { parseCIDR } from '../k8s/ip';
import { qualifiedNameProblem } from '../k8s/names';
import type { ResourceContext, ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

export const SOURCE_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';

function checkCIDR(ctx: ResourceContext, value: string, at: { start: number; end: number }, where: string): void {
  if (looksTemplated(value) || parseCIDR(value)) return;
  const hint = /\//.test(value) ? 'the prefix length must fit the address family' : 'a CIDR needs a /prefix, e.g. 203.0.113.0/24 or 203.0.113.7/32';
  ctx.report({ ...at, message: `${where} '${value}' is not a valid CIDR: ${hint}` });
}

export const serviceLoadBalancer: ResourceRule = {
  id: 'service-load-balancer-fields',
  title: 'Load balancer field is invalid or set on a Service that is not a LoadBalancer',
  description: '`loadBalancerSourceRanges` (and the `service.beta.kubernetes.io/load-balancer-source-ranges` annotation), `allocateLoadBalancerNodePorts` and `loadBalancerClass` are only allowed on `type: LoadBalancer`. Source ranges must be CIDRs; the class must be a qualified name such as `example.com/internal-vip`. The API server rejects the Service otherwise.',
  remediation: 'Set `type: LoadBalancer`, or remove the load balancer fields; write each source range as a CIDR.',
  ...SERVICE_ERROR,
  check: serviceCheck((ctx, spec) => {
    const r = ctx.resource;
    const isLB = serviceType(spec) === 'LoadBalancer';
    const notLB = (key: YNode, field: string) => ctx.report({ start: key.start, end: key.end, message: `${field} may only be set when type is LoadBalancer; this Service is ${serviceType(spec)}` });
    const rangesPair = getPair(spec, 'loadBalancerSourceRanges');
    const ranges = seqItems(rangesPair?.value);
    if (rangesPair && ranges.length > 0) {
      if (!isLB) notLB(rangesPair.key, 'loadBalancerSourceRanges');
      for (const node of ranges) {
        const s = readString(node);
        if (s && !s.ok) ctx.report({ start: node.start, end: node.end, message: `loadBalancerSourceRanges entry must be a CIDR string; ${s.problem}` });
        else if (s) checkCIDR(ctx, s.value.trim(), node, 'loadBalancerSourceRanges entry');
      }
    }
    const annotation = r.annotations.find((a) => a.key === SOURCE_RANGES_ANNOTATION);
    if (annotation) {
      if (!isLB) notLB(annotation.pair.key, `the ${SOURCE_RANGES_ANNOTATION} annotation`);
      else if (ranges.length === 0 && annotation.pair.value) {
        const base = annotation.pair.value.start + (annotation.pair.value.type === 'scalar' && annotation.pair.value.style !== 'plain' ? 1 : 0);
        const raw = annotation.value;
        let offset = 0;
        for (const part of raw.split(',')) {
          const trimmed = part.trim();
          const at = base + offset + part.indexOf(trimmed);
          // Offsets inside a quoted or folded scalar only match the source when the text has no escapes.
          const exact = annotation.pair.value.type === 'scalar' && annotation.pair.value.raw.includes(raw);
          if (trimmed !== '') checkCIDR(ctx, trimmed, exact ? { start: at, end: at + trimmed.length } : annotation.pair.value, 'source range');
          offset += part.length + 1;
        }
      }
    }
    const alloc = getPair(spec, 'allocateLoadBalancerNodePorts');
    if (alloc?.value && goValue(alloc.value)?.type !== 'null' && !isLB) notLB(alloc.key, 'allocateLoadBalancerNodePorts');
    const classPair = getPair(spec, 'loadBalancerClass');
    const cls = stringField(spec, 'loadBalancerClass');
    if (classPair?.value && readString(classPair.value)) {
      if (!isLB) notLB(classPair.key, 'loadBalancerClass');
      else {
        const problem = looksTemplated(cls) ? null : qualifiedNameProblem(cls);
        if (problem) ctx.report({ start: classPair.value.start, end: classPair.value.end, message: `loadBalancerClass '${cls}' must be a qualified name (e.g. example.com/internal-vip): ${problem}` });
      }
    }
  }),
};
