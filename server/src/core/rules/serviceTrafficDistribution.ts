import { get } from '../syntax/nodes';
import { checkEnumField, replacementFixes } from './_shared/fieldChecks';
import type { ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

export const TOPOLOGY_MODE = 'service.kubernetes.io/topology-mode';
export const TOPOLOGY_HINTS = 'service.kubernetes.io/topology-aware-hints';

export const serviceTrafficDistribution: ResourceRule = {
  id: 'service-traffic-distribution',
  title: 'Service trafficDistribution or topology annotations are invalid',
  description: '`trafficDistribution` is `PreferSameZone`, `PreferSameNode` or the older `PreferClose`. When both the `service.kubernetes.io/topology-mode` annotation and the deprecated `service.kubernetes.io/topology-aware-hints` annotation are set, they must agree. The API server rejects the Service otherwise.',
  remediation: 'Use one of the supported values; keep only the topology-mode annotation.',
  ...SERVICE_ERROR,
  check: serviceCheck((ctx) => {
    const r = ctx.resource;
    checkEnumField(ctx.report, get(r.node, 'spec', 'trafficDistribution'), 'trafficDistribution', ['PreferClose', 'PreferSameZone', 'PreferSameNode']);
    const mode = r.annotations.find((a) => a.key === TOPOLOGY_MODE);
    const hints = r.annotations.find((a) => a.key === TOPOLOGY_HINTS);
    if (mode && hints && mode.value !== hints.value) {
      const at = hints.pair.value ?? hints.pair.key;
      ctx.report({ start: at.start, end: at.end, message: `the ${TOPOLOGY_HINTS} annotation ('${hints.value}') must equal ${TOPOLOGY_MODE} ('${mode.value}') when both are set; remove the deprecated one` });
    }
  }),
  fixes: replacementFixes,
};
