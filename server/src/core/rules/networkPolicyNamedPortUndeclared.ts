import { networkPolicyOf, peerPods, policyTemplates } from '../model/networkPolicy';
import type { PolicyRule, NetworkPolicyView } from '../model/networkPolicy';
import type { Snapshot } from '../model/snapshot';
import type { PodTemplate } from '../model/workloads';
import { plural } from '../strings';
import type { ResourceRule } from './types';
import { PODS } from '../model/signature';

export const networkPolicyNamedPortUndeclared: ResourceRule = {
  id: 'network-policy-named-port-undeclared',
  title: 'NetworkPolicy names a port no pod declares',
  description: 'A named port in a NetworkPolicy rule is resolved against the container ports of the pods the traffic goes to: the pods the policy selects for an ingress rule, the peer pods for an egress rule. When none of them declares a port with that name and protocol, the rule allows nothing on it.',
  remediation: 'Use the name of a container port that the destination pods declare (`ports[].name`), or the port number.',
  severity: 'information',
  category: 'links',
  kinds: ['NetworkPolicy'],
  scope: 'resource',
  reads: [PODS],
  check(ctx) {
    const policy = networkPolicyOf(ctx.resource);
    if (!policy) return;
    for (const rule of [...policy.ingress, ...policy.egress]) {
      const named = rule.ports.filter((p) => typeof p.port === 'string');
      if (named.length === 0) continue;
      const destinations = destinationTemplates(ctx.snapshot, policy, rule);
      if (!destinations || destinations.length === 0) continue;
      for (const p of named) {
        const declares = (t: PodTemplate) => t.containers.some((c) => c.ports.some((cp) => cp.name === p.port && cp.protocol === p.protocol));
        if (destinations.some(declares) || !p.portNode) continue;
        const whose = rule.direction === 'ingress' ? 'the pods the policy selects' : "the rule's peer pods";
        const other = destinations.flatMap((t) => t.containers.flatMap((c) => c.ports)).find((cp) => cp.name === p.port);
        ctx.report({
          start: p.portNode.start,
          end: p.portNode.end,
          message: `no container of ${whose} (${plural(destinations.length, 'pod template')}) declares a ${p.protocol} port named '${p.port}'${other ? ` ('${p.port}' is declared for ${other.protocol})` : declaredNames(destinations, p.protocol)}`,
        });
      }
    }
  },
};

/**
 * The pods traffic under the rule goes to: the policy's pods for ingress; for egress the union of the peers' pods,
 * or null when a peer is an ipBlock, unknown, or absent (every destination), since those pods cannot be listed.
 */
function destinationTemplates(snapshot: Snapshot, policy: NetworkPolicyView, rule: PolicyRule): PodTemplate[] | null {
  if (rule.direction === 'ingress') return policyTemplates(snapshot, policy);
  if (!rule.restrictsPeers) return null;
  const out = new Set<PodTemplate>();
  for (const peer of rule.peers) {
    const pods = peerPods(snapshot, policy, peer);
    if (!pods || !pods.complete) return null;
    pods.templates.forEach((t) => out.add(t));
  }
  return [...out];
}

function declaredNames(templates: PodTemplate[], protocol: string): string {
  const names = new Set(templates.flatMap((t) => t.containers.flatMap((c) => c.ports.filter((p) => p.name && p.protocol === protocol).map((p) => p.name!))));
  return names.size > 0 ? `; declared: ${[...names].sort().join(', ')}` : '';
}
