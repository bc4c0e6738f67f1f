import type { YNode } from '../syntax/nodes';
import { get, getPair } from '../syntax/nodes';
import { isHeadless, listLength, serviceType, stringField } from '../k8s/defaults';
import { TOPOLOGY_HINTS, TOPOLOGY_MODE } from './serviceTrafficDistribution';
import type { ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

export const serviceIgnoredField: ResourceRule = {
  id: 'service-ignored-field',
  title: 'Service field is ignored or deprecated',
  description: 'The API server accepts these Services but answers with a warning: `externalName` on a Service that is not ExternalName, `externalIPs` on an ExternalName Service, `loadBalancerIP`, `externalIPs` or ClientIP `sessionAffinity` on a headless Service (all ignored), `trafficDistribution: PreferClose` and the `service.kubernetes.io/topology-aware-hints` annotation (deprecated).',
  remediation: 'Remove the ignored field, or use the replacement the message names.',
  ...SERVICE_ERROR,
  severity: 'warning',
  check: serviceCheck((ctx, spec) => {
    const r = ctx.resource;
    const type = serviceType(spec);
    const warn = (node: YNode | undefined, message: string) => node && ctx.report({ start: node.start, end: node.end, message });
    const key = (field: string) => getPair(spec, field)?.key;
    if (type !== 'ExternalName' && stringField(spec, 'externalName') !== '') warn(key('externalName'), `externalName is ignored because type is ${type}, not ExternalName`);
    if (type === 'ExternalName' && listLength(spec, 'externalIPs') > 0) warn(key('externalIPs'), 'externalIPs is ignored on a Service of type ExternalName');
    if (type !== 'ExternalName' && isHeadless(spec)) {
      if (stringField(spec, 'loadBalancerIP') !== '') warn(key('loadBalancerIP'), 'loadBalancerIP is ignored on a headless Service (clusterIP: None)');
      if (listLength(spec, 'externalIPs') > 0) warn(key('externalIPs'), 'externalIPs is ignored on a headless Service (clusterIP: None)');
      if (stringField(spec, 'sessionAffinity') === 'ClientIP') warn(key('sessionAffinity'), 'sessionAffinity is ignored on a headless Service (clusterIP: None): clients connect to pod IPs directly');
    }
    if (stringField(spec, 'trafficDistribution') === 'PreferClose') warn(get(spec, 'trafficDistribution') ?? undefined, "trafficDistribution 'PreferClose' is deprecated; use 'PreferSameZone', which means the same");
    const hints = r.annotations.find((a) => a.key === TOPOLOGY_HINTS);
    if (hints) warn(hints.pair.key, `the ${TOPOLOGY_HINTS} annotation is deprecated; use ${TOPOLOGY_MODE}`);
  }),
};
