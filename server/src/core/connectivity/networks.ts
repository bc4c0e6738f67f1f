/**
 * Primary networks of OVN-Kubernetes: a namespace labelled `k8s.ovn.org/primary-user-defined-network` that a
 * Primary UserDefinedNetwork (in it) or ClusterUserDefinedNetwork (selecting it) names has its pods on that network,
 * isolated from every other; other pods are on the cluster's pod network. As netpol-analyzer reads them: only
 * Namespace objects of the workspace count, never `default` or `openshift-*`, and the kinds by name (no other API
 * has them).
 */
import type { Snapshot } from '../model/snapshot';
import { labelSelector } from '../model/selectors';
import type { YNode } from '../syntax/nodes';
import { get, str } from '../syntax/nodes';
import type { Selection } from './selection';

export const PRIMARY_UDN_LABEL = 'k8s.ovn.org/primary-user-defined-network';

export interface PrimaryNetwork {
  kind: 'pod-network' | 'UDN' | 'CUDN';
  /** The namespace for a UDN, the object's name for a CUDN. */
  name: string;
}

export const POD_NETWORK: PrimaryNetwork = { kind: 'pod-network', name: 'pod-network' };

/** True when the workspace describes multiple networks or KubeVirt machines: the connlist then says which is which. */
export function usesNetworks(snapshot: Snapshot): boolean {
  return ['UserDefinedNetwork', 'ClusterUserDefinedNetwork', 'NetworkAttachmentDefinition'].some((k) => snapshot.ofKind(k).length > 0) || snapshot.ofKind('VirtualMachine').some((r) => r.group === 'kubevirt.io');
}

function isPrimary(spec: YNode | null): boolean {
  return ['layer2', 'layer3'].some((t) => str(get(spec, t, 'role')) === 'Primary');
}

/** The primary network of each namespace that is not on the pod network. */
export function primaryNetworks(snapshot: Snapshot, sel: Selection): Map<string, PrimaryNetwork> {
  const eligible = new Set(snapshot.ofKind('Namespace').filter((r) => r.group === '' && r.name && r.labels.some((l) => l.key === PRIMARY_UDN_LABEL) && r.name !== 'default' && !r.name.startsWith('openshift-')).map((r) => r.name!));
  const out = new Map<string, PrimaryNetwork>();
  for (const r of snapshot.ofKind('UserDefinedNetwork')) {
    const ns = r.namespaces[0];
    if (isPrimary(get(r.node, 'spec')) && eligible.has(ns) && !out.has(ns)) out.set(ns, { kind: 'UDN', name: ns });
  }
  for (const r of snapshot.ofKind('ClusterUserDefinedNetwork')) {
    if (r.name === null || !isPrimary(get(r.node, 'spec', 'network'))) continue;
    const selector = labelSelector(get(r.node, 'spec', 'namespaceSelector'));
    for (const ns of eligible) if (!out.has(ns) && sel.namespaceMatches(selector, ns)) out.set(ns, { kind: 'CUDN', name: r.name });
  }
  return out;
}

/** `blue[UDN]`, `colored-enterprise[CUDN]` or `pod-network`, as the workload-to-networks mapping names them. */
export function networkLabel(n: PrimaryNetwork): string {
  return n.kind === 'pod-network' ? n.name : `${n.name}[${n.kind}]`;
}
