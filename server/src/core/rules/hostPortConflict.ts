import { deployedTogether, hostAddress, sameObject } from '../model/hostPorts';
import { refName } from '../model/resource';
import { basename } from '../paths';
import { getPair } from '../syntax/nodes';
import type { PodTemplate } from '../model/workloads';
import type { ResourceRule } from './types';
import { PODS } from '../model/signature';

export const hostPortConflict: ResourceRule = {
  id: 'host-port-conflict',
  title: 'Two workloads claim the same hostPort',
  description: "A `hostPort` binds the port on the node itself. Two workloads deployed together that ask for the same hostPort, hostIP and protocol can never run on the same node: the scheduler keeps their pods apart, and with more replicas than nodes some stay Pending.",
  remediation: 'Use different host ports, or expose the pods through a Service (NodePort or LoadBalancer) instead of host ports.',
  severity: 'information',
  category: 'advice',
  kinds: ['*'],
  scope: 'resource',
  reads: [PODS],
  check(ctx) {
    const t = ctx.snapshot.templateOf(ctx.resource);
    if (!t) return;
    const claims = (o: PodTemplate, key: string) => o.containers.some((oc) => oc.ports.some((op) => op.hostPort && `${hostAddress(op.hostIP)}:${op.hostPort}/${op.protocol}` === key));
    for (const c of t.containers) {
      for (const p of c.ports) {
        if (!p.hostPort) continue;
        const key = `${hostAddress(p.hostIP)}:${p.hostPort}/${p.protocol}`;
        const clash = ctx.snapshot.templates.find((o) => o !== t && !o.owner.templated && claims(o, key) && !sameObject(o.owner, t.owner) && deployedTogether(ctx.snapshot, t.owner, o.owner));
        if (!clash) continue;
        const node = getPair(p.node, 'hostPort')?.value ?? p.node;
        ctx.report({
          start: node.start,
          end: node.end,
          message: `hostPort ${p.hostPort}/${p.protocol}${p.hostIP ? ` on ${p.hostIP}` : ''} is also claimed by ${refName(clash.owner)}${clash.owner.uri === ctx.resource.uri ? '' : ` (${basename(clash.owner.uri)})`}; their pods can never run on the same node`,
          data: { hostPort: p.hostPort, protocol: p.protocol, other: clash.owner.id },
        });
      }
    }
  },
};
