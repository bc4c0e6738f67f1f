import { asMap, get, getPair } from '../syntax/nodes';
import { externallyAccessible, serviceType, stringField } from '../k8s/defaults';
import { checkEnumField, deletion, deletionFixes, replacementFixes } from './_shared/fieldChecks';
import { readInt } from '../k8s/goyaml';
import type { ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

const POLICIES = ['Cluster', 'Local'] as const;

export const serviceTrafficPolicy: ResourceRule = {
  id: 'service-traffic-policy',
  title: 'Service traffic policy is invalid or not allowed for its type',
  description: '`externalTrafficPolicy` and `internalTrafficPolicy` are `Cluster` or `Local`. externalTrafficPolicy is only allowed on externally reachable Services: NodePort, LoadBalancer, or ClusterIP with `externalIPs`. `healthCheckNodePort` is only allowed on a LoadBalancer with `externalTrafficPolicy: Local`. The API server rejects the Service otherwise.',
  remediation: 'Remove externalTrafficPolicy (and healthCheckNodePort) from internal Services, or change the type.',
  ...SERVICE_ERROR,
  check: serviceCheck((ctx, spec) => {
    const specMap = asMap(spec);
    const etpPair = getPair(spec, 'externalTrafficPolicy');
    const etp = stringField(spec, 'externalTrafficPolicy');
    if (etpPair?.value && etp !== '') {
      if (!externallyAccessible(spec)) {
        ctx.report({
          start: etpPair.key.start,
          end: etpPair.key.end,
          message: `externalTrafficPolicy may only be set on externally reachable Services (NodePort, LoadBalancer, or ClusterIP with externalIPs); this one is ${serviceType(spec)}`,
          data: (specMap && deletion(ctx.file.text, specMap, etpPair, 'Remove externalTrafficPolicy')) ?? undefined,
        });
      } else checkEnumField(ctx.report, etpPair.value, 'externalTrafficPolicy', POLICIES);
    }
    const hcPair = getPair(spec, 'healthCheckNodePort');
    const hc = readInt(hcPair?.value);
    if (hcPair && hc && !(hc.ok && hc.value === 0) && !(serviceType(spec) === 'LoadBalancer' && etp === 'Local')) {
      ctx.report({
        start: hcPair.key.start,
        end: hcPair.key.end,
        message: 'healthCheckNodePort may only be set on a LoadBalancer Service with externalTrafficPolicy: Local',
        data: (specMap && deletion(ctx.file.text, specMap, hcPair, 'Remove healthCheckNodePort')) ?? undefined,
      });
    }
    checkEnumField(ctx.report, get(spec, 'internalTrafficPolicy'), 'internalTrafficPolicy', POLICIES);
  }),
  fixes(ctx) {
    return [...deletionFixes(ctx), ...replacementFixes(ctx)];
  },
};
