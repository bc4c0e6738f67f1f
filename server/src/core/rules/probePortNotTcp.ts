import { resolveProbePort } from '../model/probes';
import { probePortsOf } from './podTemplate';
import type { ResourceRule } from './types';

export const probePortNotTcp: ResourceRule = {
  id: 'probe-port-not-tcp',
  title: 'Probe names a port its container declares only for UDP or SCTP',
  description: "An `httpGet` or `tcpSocket` probe (or lifecycle hook) names a container port declared with `protocol: UDP` (or SCTP). The kubelet finds the port by name whatever its protocol, then connects over TCP, where the container declared nothing: the probe fails unless something listens on TCP on that number too, and a liveness probe restarts the container.",
  remediation: 'Point the probe at a TCP port (declare one, and name it), or probe the UDP service with an `exec` command.',
  severity: 'warning',
  category: 'links',
  kinds: ['*'],
  scope: 'resource',
  check(ctx) {
    for (const p of probePortsOf(ctx)) {
      // grpc probes take a number; a number reaches only TCP declarations (see resolveProbePort).
      if (typeof p.port !== 'string' || p.path.endsWith('.grpc')) continue;
      const hits = resolveProbePort(p);
      // Port names are unique within a container: a name is one port.
      if (hits.length === 0 || hits.some((h) => h.port.protocol === 'TCP')) continue;
      const declared = [...new Set(hits.map((h) => `${h.port.containerPort ?? '?'}/${h.port.protocol}`))].join(', ');
      ctx.report({
        start: p.node.start,
        end: p.node.end,
        message: `${p.path}.port '${p.port}' is ${declared} in container '${p.container.name ?? '?'}', but the probe connects over TCP`,
        data: { name: p.port },
      });
    }
  },
};
