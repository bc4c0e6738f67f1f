import { resolveProbePort } from '../model/probes';
import { probePortsOf } from './podTemplate';
import type { ResourceRule } from './types';

export const probePortNumberUndeclared: ResourceRule = {
  id: 'probe-port-number-undeclared',
  title: 'Probe port number not declared by the pod',
  description: "A probe (or lifecycle hook) connects to a port number that no container of the pod declares, while the probe's container declares other ports. Declaring ports is optional (a port opened through arguments works), so this is advice, but it often means the probe and the container disagree about the port.",
  remediation: "Check which port the application listens on. Declare it under the container's `ports`, or point the probe at a declared port.",
  severity: 'information',
  category: 'advice',
  kinds: ['*'],
  scope: 'resource',
  check(ctx) {
    for (const p of probePortsOf(ctx)) {
      // A container that declares no ports says nothing about where it listens.
      if (typeof p.port !== 'number' || p.container.ports.length === 0 || resolveProbePort(p).length > 0) continue;
      const declared = [...new Set(p.template.containers.flatMap((c) => c.ports.filter((cp) => cp.containerPort !== null).map((cp) => `${cp.containerPort}/${cp.protocol}`)))].sort();
      ctx.report({
        start: p.node.start,
        end: p.node.end,
        message: `${p.path}.port ${p.port} is not declared by any container of the pod; declared: ${declared.join(', ')}`,
        data: { port: p.port },
      });
    }
  },
};
