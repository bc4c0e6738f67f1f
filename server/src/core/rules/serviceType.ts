import { get, getPair } from '../syntax/nodes';
import { checkEnumField, replacementFixes } from './_shared/fieldChecks';
import { isHeadless, listLength, serviceType } from '../k8s/defaults';
import type { ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

export const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] as const;

export const serviceTypeRule: ResourceRule = {
  id: 'service-type',
  title: 'Service type is unknown, or the Service has no ports',
  description: '`spec.type` must be `ClusterIP` (the default), `NodePort`, `LoadBalancer` or `ExternalName`, spelled exactly. A Service needs at least one port unless it is headless (`clusterIP: None`) or of type ExternalName. The API server rejects the Service otherwise.',
  remediation: 'Fix the spelling of the type; add a port under `spec.ports`.',
  ...SERVICE_ERROR,
  check: serviceCheck((ctx, spec) => {
    const typeNode = get(spec, 'type');
    checkEnumField(ctx.report, typeNode, 'type', SERVICE_TYPES);
    const type = serviceType(spec);
    // A kustomize patch may add the ports, so a patched Service is not judged incomplete.
    if (type === 'ExternalName' || isHeadless(spec) || listLength(spec, 'ports') > 0 || !(SERVICE_TYPES as readonly string[]).includes(type)) return;
    if (ctx.snapshot.patchesFor(ctx.resource).length > 0) return;
    const anchor = getPair(spec, 'ports')?.key ?? getPair(ctx.resource.node, 'spec')?.key ?? ctx.resource.nameNode;
    if (anchor) ctx.report({ start: anchor.start, end: anchor.end, message: 'a Service needs at least one port under spec.ports, unless it is headless (clusterIP: None) or of type ExternalName' });
  }),
  fixes: replacementFixes,
};
