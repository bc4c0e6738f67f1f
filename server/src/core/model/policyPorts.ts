/**
 * The container ports a NetworkPolicy rule's port names: a port name (`port: http`) or number (with `endPort`, a
 * range) of the rule's protocol, on the pods the traffic goes to. For an ingress rule those are the pods the policy
 * isolates; for an egress rule the pods of its `to` peers (a rule without peers goes anywhere: nothing to resolve
 * against).
 */
import type { NetworkPolicyView, PolicyPort, PolicyRule } from './networkPolicy';
import { peerPods, policyTemplates } from './networkPolicy';
import type { Snapshot } from './snapshot';
import type { Container, ContainerPort, PodTemplate } from './workloads';

export interface PolicyPortHit {
  template: PodTemplate;
  container: Container;
  port: ContainerPort;
}

/** The pod templates whose ports a rule's ports are read against. */
export function ruleDestinations(snapshot: Snapshot, policy: NetworkPolicyView, rule: PolicyRule): PodTemplate[] {
  if (rule.direction === 'ingress') return policyTemplates(snapshot, policy);
  const found = new Set<PodTemplate>();
  for (const peer of rule.peers) for (const t of peerPods(snapshot, policy, peer)?.templates ?? []) found.add(t);
  return [...found];
}

/** The container ports of `templates` that the policy port allows. */
export function policyPortHits(templates: PodTemplate[], pp: PolicyPort): PolicyPortHit[] {
  const out: PolicyPortHit[] = [];
  for (const template of templates) {
    for (const container of template.containers) {
      if (container.init) continue;
      for (const port of container.ports) if (port.protocol === pp.protocol && allows(pp, port)) out.push({ template, container, port });
    }
  }
  return out;
}

function allows(pp: PolicyPort, port: ContainerPort): boolean {
  if (typeof pp.port === 'string') return port.name === pp.port;
  if (pp.port === null || port.containerPort === null) return false;
  return port.containerPort >= pp.port && port.containerPort <= (pp.endPort ?? pp.port);
}
