/**
 * Secondary networks (Multus NetworkAttachmentDefinitions): a pod joins one through its
 * `k8s.v1.cni.cncf.io/networks` annotation, a KubeVirt VirtualMachine through a `multus.networkName`. On a secondary
 * network only its members meet, and only MultiNetworkPolicies whose `k8s.v1.cni.cncf.io/policy-for` names it apply,
 * with NetworkPolicy semantics.
 */
import type { Snapshot } from '../model/snapshot';
import { policyViewOf } from '../model/networkPolicy';
import { get, seqItems, str, stringEntries } from '../syntax/nodes';
import type { YNode } from '../syntax/nodes';
import type { WorkloadPeer } from './peers';
import type { NamespacedPolicy } from './networkPolicies';

const NETWORKS_ANNOTATION = 'k8s.v1.cni.cncf.io/networks';
const POLICY_FOR_ANNOTATION = 'k8s.v1.cni.cncf.io/policy-for';

export interface SecondaryNetwork {
  name: string;
  members: WorkloadPeer[];
  policies: NamespacedPolicy[];
}

/** `ns/name@iface` → `name`, the network's name. */
function networkName(ref: string): string {
  return ref.trim().replace(/@.*$/, '').replace(/^.*\//, '');
}

/** The names in a networks annotation: a comma list, or the JSON list form with `name` fields. */
function annotationNetworks(value: string): string[] {
  const v = value.trim();
  if (v.startsWith('[')) {
    try {
      const list = JSON.parse(v) as { name?: unknown }[];
      return Array.isArray(list) ? list.flatMap((x) => (typeof x?.name === 'string' ? [networkName(x.name)] : [])) : [];
    } catch {
      return [];
    }
  }
  return v.split(',').map(networkName).filter(Boolean);
}

function annotation(node: YNode | null, key: string): string | null {
  return stringEntries(get(node, 'metadata', 'annotations')).find((e) => e.key === key)?.value ?? null;
}

/** The secondary networks the workloads join, by name, with their members and policies. */
export function secondaryNetworks(snapshot: Snapshot, workloads: readonly WorkloadPeer[]): SecondaryNetwork[] {
  const defined = new Set(snapshot.ofKind('NetworkAttachmentDefinition').flatMap((r) => (r.name ? [r.name] : [])));
  if (defined.size === 0) return [];
  const vms = new Map(snapshot.ofKind('VirtualMachine').flatMap((r) => r.namespaces.map((ns) => [`${ns}/${r.name}`, r] as const)));
  const byName = new Map<string, SecondaryNetwork>();
  for (const w of workloads) {
    const vm = w.kind === 'VirtualMachine' ? vms.get(`${w.namespace}/${w.workload}`) : undefined;
    const names = vm
      ? seqItems(get(vm.node, 'spec', 'template', 'spec', 'networks')).flatMap((n) => { const m = str(get(n, 'multus', 'networkName')); return m ? [networkName(m)] : []; })
      : annotationNetworks((w.templates[0] && annotation(w.templates[0].node, NETWORKS_ANNOTATION)) ?? '');
    for (const name of new Set(names)) {
      if (!defined.has(name)) continue;
      const net = byName.get(name) ?? { name, members: [], policies: [] };
      byName.set(name, net);
      net.members.push(w);
    }
  }
  for (const r of snapshot.ofKind('MultiNetworkPolicy')) {
    const targets = (annotation(r.node, POLICY_FOR_ANNOTATION) ?? '').split(',').map(networkName);
    for (const name of targets) for (const namespace of r.namespaces) byName.get(name)?.policies.push({ view: policyViewOf(r), namespace, name: `${namespace}/${r.name ?? ''}` });
  }
  return [...byName.values()];
}
