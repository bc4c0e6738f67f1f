/**
 * The peers of the connectivity question: workloads (every pod template owner, and bare Pods, which a controller's
 * ownerReference folds into their owner as netpol-analyzer does), the ingress controller, and external address
 * intervals. A workload's pods are represented by its template (for Pods of one owner, the first one).
 */
import type { Snapshot } from '../model/snapshot';
import type { PodTemplate } from '../model/workloads';
import { asScalar, get, seqItems, str, stringEntries } from '../syntax/nodes';
import type { AddressInterval } from './ipRanges';
import { intervalName } from './ipRanges';

export interface PodPort {
  name: string | null;
  port: number | null;
  protocol: string;
}

/** What policies look at in a pod: where it lives, its labels, the ports its containers declare. */
export interface PodLike {
  namespace: string;
  labels: ReadonlyMap<string, string>;
  ports: readonly PodPort[];
}

export interface WorkloadPeer extends PodLike {
  type: 'workload';
  /** `namespace/name[Kind]`. */
  name: string;
  workload: string;
  kind: string;
  /** The templates (or Pods) that make its pods; the first one stands for all. */
  templates: PodTemplate[];
}

/**
 * The ingress controller: a pod without labels (its own are not in the manifests) in the first namespace of the
 * `ingressControllerNamespaces` setting, or, with none set, in a namespace of its own as netpol-analyzer models it.
 */
export interface ControllerPeer extends PodLike {
  type: 'ingress-controller';
  name: '{ingress-controller}';
}

export interface ExternalPeer {
  type: 'external';
  /** `10.0.0.0-10.255.255.255[External]`. */
  name: string;
  interval: AddressInterval;
}

export type PodPeer = WorkloadPeer | ControllerPeer;
export type Peer = PodPeer | ExternalPeer;

export const INGRESS_CONTROLLER_NAMESPACE = 'ingress-controller-ns';

export function ingressControllerPeer(namespace = INGRESS_CONTROLLER_NAMESPACE): ControllerPeer {
  return { type: 'ingress-controller', name: '{ingress-controller}', namespace, labels: new Map(), ports: [] };
}

export function externalPeer(interval: AddressInterval): ExternalPeer {
  return { type: 'external', name: `${intervalName(interval)}[External]`, interval };
}

export function isPod(p: Peer): p is PodPeer {
  return p.type !== 'external';
}

/**
 * The workloads of the snapshot, in workspace order; a template that a kustomization rebuilds counts as written.
 * KubeVirt VirtualMachines are workloads too (their `spec.template` labels); the virt-launcher Pod that runs one is
 * the VirtualMachine itself, not another workload.
 */
export function workloadPeers(snapshot: Snapshot): WorkloadPeer[] {
  const byName = new Map<string, WorkloadPeer>();
  for (const t of snapshot.templates) {
    if (t.via) continue;
    const owner = ownerOf(t);
    if (!owner || (owner.kind === 'VirtualMachineInstance' && t.owner.name?.startsWith('virt-launcher-'))) continue;
    for (const namespace of t.owner.namespaces) {
      const name = `${namespace}/${owner.name}[${owner.kind}]`;
      const known = byName.get(name);
      if (known) known.templates.push(t);
      else byName.set(name, { type: 'workload', name, workload: owner.name, kind: owner.kind, namespace, templates: [t], labels: labelsOf(t), ports: portsOf(t) });
    }
  }
  for (const vm of snapshot.ofKind('VirtualMachine')) {
    if (vm.group !== 'kubevirt.io' || vm.name === null) continue;
    const labels = new Map(stringEntries(get(vm.node, 'spec', 'template', 'metadata', 'labels')).map((l) => [l.key, l.value]));
    for (const namespace of vm.namespaces) {
      const name = `${namespace}/${vm.name}[VirtualMachine]`;
      if (!byName.has(name)) byName.set(name, { type: 'workload', name, workload: vm.name, kind: 'VirtualMachine', namespace, templates: [], labels, ports: [] });
    }
  }
  return [...byName.values()];
}

/** The workload a template belongs to: its object, or for a Pod the controller its ownerReferences name (not a Node). */
function ownerOf(t: PodTemplate): { name: string; kind: string } | null {
  const r = t.owner;
  if (r.name === null) return null;
  if (r.kind === 'Pod' && r.group === '') {
    const ref = seqItems(get(r.node, 'metadata', 'ownerReferences')).find((o) => asScalar(get(o, 'controller'))?.value === true);
    const name = str(get(ref, 'name'));
    const kind = str(get(ref, 'kind')) || 'Pod';
    if (ref && name && kind !== 'Node') return { name, kind };
  }
  return { name: r.name, kind: r.kind };
}

function labelsOf(t: PodTemplate): Map<string, string> {
  return new Map(t.labels.map((l) => [l.key, l.value]));
}

function portsOf(t: PodTemplate): PodPort[] {
  return t.containers.filter((c) => !c.init).flatMap((c) => c.ports.map((p) => ({ name: p.name, port: p.containerPort, protocol: p.protocol })));
}

/** The container port a named port stands for in this pod, with its protocol; null when no container declares it. */
export function namedPort(pod: PodLike, name: string): { port: number; protocol: string } | null {
  const p = pod.ports.find((x) => x.name === name && x.port !== null);
  return p ? { port: p.port!, protocol: p.protocol } : null;
}
