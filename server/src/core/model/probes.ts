/**
 * The ports that probes and lifecycle hooks connect to: `httpGet.port` and `tcpSocket.port` (a number or a port name)
 * of liveness, readiness and startup probes and of postStart/preStop hooks, and `grpc.port` (a number) of probes.
 * The kubelet resolves a port name among the ports of the probe's own container only.
 */
import type { YScalar } from '../syntax/nodes';
import { asScalar, get } from '../syntax/nodes';
import type { Container, ContainerPort, PodTemplate } from './workloads';

export interface ProbePort {
  template: PodTemplate;
  container: Container;
  /** Where the port is written, e.g. `livenessProbe.httpGet` or `lifecycle.preStop.tcpSocket`. */
  path: string;
  port: number | string;
  node: YScalar;
}

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const HOOKS = ['postStart', 'preStop'];

export function probePorts(t: PodTemplate): ProbePort[] {
  const out: ProbePort[] = [];
  for (const container of t.containers) {
    const add = (path: string[], handlers: string[]) => {
      for (const handler of handlers) {
        const node = asScalar(get(container.node, ...path, handler, 'port'));
        if (!node || (typeof node.value !== 'number' && typeof node.value !== 'string') || node.value === '') continue;
        out.push({ template: t, container, path: [...path, handler].join('.'), port: node.value, node });
      }
    };
    for (const probe of PROBES) add([probe], ['httpGet', 'tcpSocket', 'grpc']);
    for (const hook of HOOKS) add(['lifecycle', hook], ['httpGet', 'tcpSocket']);
  }
  return out;
}

/**
 * The container ports a probe port reaches: by name in the probe's own container; by number in any container of the
 * pod, since they all share the pod's network namespace.
 */
export function resolveProbePort(p: ProbePort): { container: Container; port: ContainerPort }[] {
  const containers = typeof p.port === 'string' ? [p.container] : p.template.containers;
  return containers.flatMap((container) =>
    container.ports.filter((cp) => (typeof p.port === 'string' ? cp.name === p.port : cp.containerPort === p.port && cp.protocol === 'TCP')).map((port) => ({ container, port })),
  );
}
