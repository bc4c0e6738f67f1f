import type { Container } from '../model/workloads';
import { findWorkloadKind, podTemplateOf } from '../model/workloads';
import { asScalar, get } from '../syntax/nodes';
import type { ResourceRule } from './types';

/** Containers that run at the same time: regular ones, and init containers that are sidecars (`restartPolicy: Always`). */
function concurrentContainers(containers: Container[]): Container[] {
  return containers.filter((c) => !c.init || asScalar(get(c.node, 'restartPolicy'))?.value === 'Always');
}

export const containerPortConflict: ResourceRule = {
  id: 'container-port-conflict',
  title: 'Two containers of one pod declare the same port',
  description: "All containers of a pod share one network namespace, so only one of them can listen on a given port and protocol. Two declarations of the same containerPort mean one container will fail to bind, or the declaration is a copy-paste mistake.",
  remediation: 'Give each container its own port, or remove the duplicate declaration.',
  severity: 'warning',
  category: 'links',
  kinds: ['*'],
  scope: 'resource',
  check(ctx) {
    const wk = findWorkloadKind(ctx.snapshot.workloadKinds, ctx.resource);
    const t = wk && podTemplateOf(ctx.resource, wk);
    if (!t) return;
    const seen = new Map<string, { container: Container; name: string | null; start: number; end: number }>();
    for (const c of concurrentContainers(t.containers)) {
      for (const p of c.ports) {
        if (p.containerPort === null || !p.containerPortNode) continue;
        const key = `${p.containerPort}/${p.protocol}`;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { container: c, name: p.name, start: p.containerPortNode.start, end: p.containerPortNode.end });
          continue;
        }
        const same = first.container === c;
        // One container may declare a port twice under two names: an alias, so that two Service targetPorts
        // (say http and https behind a TLS-terminating load balancer) resolve to the same listener.
        if (same && first.name !== p.name && first.name && p.name) continue;
        ctx.report({
          start: p.containerPortNode.start,
          end: p.containerPortNode.end,
          message: same
            ? `port ${key} is declared twice in container '${c.name ?? '?'}'`
            : `port ${key} is also declared by container '${first.container.name ?? '?'}'; containers of a pod share its network namespace, so only one can listen on it`,
          related: [{ uri: ctx.resource.uri, start: first.start, end: first.end, message: `first declaration, in container '${first.container.name ?? '?'}'` }],
          data: { port: p.containerPort, protocol: p.protocol },
        });
      }
    }
  },
};
