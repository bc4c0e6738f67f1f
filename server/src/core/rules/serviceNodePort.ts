import { get, getPair } from '../syntax/nodes';
import { defaultedProtocol, serviceType } from '../k8s/defaults';
import { checkIntField, deletion, deletionFixes, replacementFixes } from './_shared/fieldChecks';
import { readInt } from '../k8s/goyaml';
import { portEntries } from '../k8s/servicePorts';
import type { ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

export const serviceNodePort: ResourceRule = {
  id: 'service-node-port',
  title: 'Service nodePort is not allowed, repeated or out of range',
  description: 'A `nodePort` may not be set on a ClusterIP Service (the default type); each nodePort and protocol may appear once per Service; and an explicit nodePort (or `healthCheckNodePort`) must lie in the cluster\'s node port range (`kubeNetlens.nodePortRange`, by default 30000-32767). The API server rejects the Service otherwise.',
  remediation: 'Remove the nodePort from a ClusterIP Service (or set `type: NodePort`), pick a port in the node port range, or leave it out to let Kubernetes choose one.',
  ...SERVICE_ERROR,
  check: serviceCheck((ctx, spec) => {
    const type = serviceType(spec);
    const range = ctx.config.nodePortRange;
    const seen = new Map<string, number>();
    for (const { node, index } of portEntries(spec)) {
      const pair = getPair(node, 'nodePort');
      const np = pair?.value ? readInt(pair.value) : null;
      if (!pair?.value || !np) continue;
      if (np.ok && np.value === 0) continue;
      if (type === 'ClusterIP') {
        ctx.report({ start: pair.key.start, end: pair.key.end, message: "nodePort may not be set when type is 'ClusterIP' (the default); set type: NodePort or LoadBalancer, or remove it", data: deletion(ctx.file.text, node, pair, 'Remove nodePort') ?? undefined });
        continue;
      }
      if (type !== 'NodePort' && type !== 'LoadBalancer') continue;
      const value = checkIntField(ctx.report, pair.value, 'nodePort', range, deletion(ctx.file.text, node, pair, 'Remove nodePort (Kubernetes allocates one in range)') ?? undefined);
      if (value === null || value < range.min || value > range.max) continue;
      const key = `${value}/${defaultedProtocol(node)}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else ctx.report({ start: pair.value.start, end: pair.value.end, message: `nodePort ${key} is already used by ports[${first}]; each nodePort and protocol may appear once` });
    }
    const hc = get(spec, 'healthCheckNodePort');
    const hcValue = readInt(hc);
    if (type === 'LoadBalancer' && hcValue && !(hcValue.ok && hcValue.value === 0)) checkIntField(ctx.report, hc, 'healthCheckNodePort', range);
  }),
  fixes(ctx) {
    return [...deletionFixes(ctx), ...replacementFixes(ctx)];
  },
};
