import { deployedTogether, sameObject } from '../model/hostPorts';
import { refName } from '../model/resource';
import { basename } from '../paths';
import type { ResourceRule } from './types';

export const nodePortConflict: ResourceRule = {
  id: 'node-port-conflict',
  title: 'Two Services claim the same nodePort',
  description: "A node port is allocated once for the whole cluster, whatever the namespace. When two Services deployed together (the same folder or kustomization) ask for the same `nodePort` and protocol, the API server rejects whichever is applied second (\"provided port is already allocated\").",
  remediation: 'Give each Service its own `nodePort`, or omit `nodePort` and let the cluster allocate one.',
  severity: 'error',
  category: 'api-validation',
  kinds: ['Service'],
  scope: 'resource',
  reads: ['Service'],
  check(ctx) {
    const svc = ctx.snapshot.service(ctx.resource);
    if (!svc || (svc.type !== 'NodePort' && svc.type !== 'LoadBalancer')) return;
    for (const sp of svc.ports) {
      if (sp.nodePort === null || sp.nodePort === 0 || !sp.nodePortNode) continue;
      // Cheap tests first: every Service of the workspace is looked at, for every Service with a nodePort.
      for (const o of ctx.snapshot.ofKind('Service')) {
        if (o === ctx.resource || o.templated) continue;
        const ov = ctx.snapshot.service(o);
        if (!ov || (ov.type !== 'NodePort' && ov.type !== 'LoadBalancer')) continue;
        const clash = ov.ports.find((p) => p.nodePort === sp.nodePort && p.protocol === sp.protocol);
        if (!clash?.nodePortNode || sameObject(o, ctx.resource) || !deployedTogether(ctx.snapshot, ctx.resource, o)) continue;
        ctx.report({
          start: sp.nodePortNode.start,
          end: sp.nodePortNode.end,
          message: `nodePort ${sp.nodePort}/${sp.protocol} is also claimed by ${refName(o)}${o.uri === ctx.resource.uri ? '' : ` (${basename(o.uri)})`}; node ports are allocated once per cluster, so whichever Service is applied second is rejected`,
          related: [{ uri: o.uri, start: clash.nodePortNode.start, end: clash.nodePortNode.end, message: `nodePort of ${refName(o)}` }],
          data: { nodePort: sp.nodePort, protocol: sp.protocol, other: o.id },
        });
        break;
      }
    }
  },
};
