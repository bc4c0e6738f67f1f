/** A probe's or lifecycle hook's port links to the container port it reaches: the port's name, or its containerPort. */
import { probePorts, resolveProbePort } from '../probes';
import { BUILTIN_WORKLOAD_KINDS } from '../workloads';
import type { Link, LinkProvider } from './types';

export const probePortLinks: LinkProvider = {
  kind: 'probe-port',
  reads: [],
  // Kinds added through the additionalWorkloadKinds setting are not known here; their probes are not linked.
  sourceKinds: [...new Set(BUILTIN_WORKLOAD_KINDS.map((k) => k.kind))],
  links(snapshot, r) {
    const t = snapshot.templateOf(r);
    if (!t) return [];
    return probePorts(t).map((p): Link => ({
      kind: 'probe-port',
      from: { uri: r.uri, start: p.node.start, end: p.node.end },
      fromResource: r,
      to: resolveProbePort(p).map(({ port }) => {
        const place = (typeof p.port === 'string' ? port.nameNode : port.containerPortNode) ?? port.node;
        return { uri: r.uri, start: place.start, end: place.end, resource: r };
      }),
    }));
  },
};
