import { getPair } from '../syntax/nodes';
import type { ResourceRule } from './types';

export const hostNetworkPorts: ResourceRule = {
  id: 'host-network-ports',
  title: 'Ports of a hostNetwork pod bind on the node',
  description: "With `hostNetwork: true` the pod uses the node's network namespace: every port its containers listen on is opened on the node's own addresses, shared with the node's daemons and with any other hostNetwork pod, and one replica per node at most can listen on each.",
  remediation: 'Make sure the ports are free on every node and reachable only where intended (a firewall or NetworkPolicy does not cover host-network pods in every CNI). Drop `hostNetwork` unless the pod really needs the node\'s network.',
  severity: 'information',
  category: 'advice',
  kinds: ['*'],
  scope: 'resource',
  check(ctx) {
    const t = ctx.snapshot.templateOf(ctx.resource);
    if (!t || !t.hostNetwork || !t.spec) return;
    const ports = [...new Set(t.containers.flatMap((c) => c.ports.filter((p) => p.containerPort !== null).map((p) => `${p.containerPort}/${p.protocol}`)))];
    const node = getPair(t.spec, 'hostNetwork')?.value;
    if (ports.length === 0 || !node) return;
    ctx.report({
      start: node.start,
      end: node.end,
      message: `with hostNetwork: true, the container ports ${ports.join(', ')} bind on the node's own network interfaces, not in a pod network namespace; only one such pod per node can listen on each`,
      data: { ports },
    });
  },
};
