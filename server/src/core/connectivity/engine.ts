/**
 * Who can reach whom: the connections between the peers of a snapshot. Traffic needs egress allowed at the source
 * and ingress allowed at the destination; an address outside the cluster has no policies of its own. The external
 * peers are the address intervals that every ingress ipBlock cuts (as sources) and every egress ipBlock and admin
 * network cuts (as destinations). netpol-analyzer's pairs are left out: a workload with itself, and address to address.
 */
import type { Snapshot } from '../model/snapshot';
import type { ConnSet } from './portSet';
import { ALL_CONNS, intersect, isEmpty, NO_CONNS } from './portSet';
import { parseIP } from '../k8s/ip';
import type { ControllerPeer, ExternalPeer, Peer, PodLike, PodPeer, WorkloadPeer } from './peers';
import { externalPeer, ingressControllerPeer, isPod, workloadPeers } from './peers';
import { Selection } from './selection';
import type { AdminPolicy } from './adminPolicies';
import { adminBlocks, adminPolicies, subjectOf } from './adminPolicies';
import type { NamespacedPolicy } from './networkPolicies';
import { isolatingPolicies, networkPolicies, PeerClasses, policyBlocks } from './networkPolicies';
import type { DirectionVerdict, Layers } from './verdict';
import type { Connection } from './connection';
import { allowedConns, directionVerdict } from './verdict';
import { blockHolds, blockIntervals, disjointIntervals } from './ipRanges';
import type { Backend } from './ingressController';
import { ingressBackends } from './ingressController';
import type { PrimaryNetwork } from './networks';
import { networkLabel, POD_NETWORK, primaryNetworks, usesNetworks } from './networks';
import type { SecondaryNetwork } from './secondaryNetworks';
import { secondaryNetworks } from './secondaryNetworks';
import { explainConnection, podMatchingBlocks } from './explain';

export type { Connection };


export class Connectivity {
  readonly workloads: WorkloadPeer[];
  readonly controller: ControllerPeer;
  readonly sources: ExternalPeer[];
  readonly destinations: ExternalPeer[];
  readonly backends: Backend[];
  /** Each namespace's primary network other than the pod network; null when the manifests use no networks. */
  readonly networks: Map<string, PrimaryNetwork> | null;
  private readonly layers: Layers;
  /** The secondary networks and the MultiNetworkPolicies that apply on each. */
  readonly secondary: (SecondaryNetwork & { layers: Layers })[];

  constructor(readonly snapshot: Snapshot) {
    const sel = new Selection(snapshot);
    const policies = networkPolicies(snapshot);
    const { admin, baseline } = adminPolicies(snapshot);
    this.workloads = workloadPeers(snapshot);
    this.controller = ingressControllerPeer(snapshot.config.ingressControllerNamespaces[0]);
    this.layers = this.layersOf(sel, policies, admin, baseline);
    const all: AdminPolicy[] = baseline ? [...admin, baseline] : admin;
    this.sources = disjointIntervals(policyBlocks(policies, 'ingress')).map(externalPeer);
    this.destinations = disjointIntervals([...policyBlocks(policies, 'egress'), ...adminBlocks(all)]).map(externalPeer);
    this.backends = ingressBackends(snapshot, sel, this.workloads);
    this.networks = usesNetworks(snapshot) ? primaryNetworks(snapshot, sel) : null;
    this.secondary = this.networks ? secondaryNetworks(snapshot, this.workloads).map((n) => ({ ...n, layers: this.layersOf(sel, n.policies, [], null) })) : [];
  }

  /** The policy layers for one network: its NetworkPolicies (or MultiNetworkPolicies) and admin policies. */
  private layersOf(sel: Selection, policies: NamespacedPolicy[], admin: AdminPolicy[], baseline: AdminPolicy | null): Layers {
    const cache = new Map<PodLike, { ingress?: NamespacedPolicy[]; egress?: NamespacedPolicy[]; admin?: AdminPolicy[]; baseline?: AdminPolicy | null }>();
    const cached = (pod: PodLike) => {
      let c = cache.get(pod);
      if (!c) cache.set(pod, (c = {}));
      return c;
    };
    return {
      sel,
      admin: (pod) => (cached(pod).admin ??= admin.filter((p) => subjectOf(sel, p, pod))),
      baseline: (pod) => {
        const c = cached(pod);
        if (c.baseline === undefined) c.baseline = baseline && subjectOf(sel, baseline, pod) ? baseline : null;
        return c.baseline;
      },
      isolating: (pod, d) => (cached(pod)[d] ??= isolatingPolicies(sel, policies, pod, d)),
      classes: new PeerClasses(sel, policies),
    };
  }

  /** The policies that restrict a pod in a direction: the NetworkPolicies isolating it, and the admin policies whose subject it is. */
  restrictions(pod: PodPeer, direction: 'ingress' | 'egress'): { networkPolicies: string[]; adminPolicies: string[] } {
    const baseline = this.layers.baseline(pod);
    const admin = this.layers.admin(pod).filter((p) => p[direction].length > 0).map((p) => `AdminNetworkPolicy ${p.name}`);
    if (baseline && baseline[direction].length > 0) admin.push(`BaselineAdminNetworkPolicy ${baseline.name}`);
    return { networkPolicies: this.layers.isolating(pod, direction).map((p) => p.name), adminPolicies: admin };
  }

  /** The primary network of a pod (the ingress controller's is the pod network, and it reaches every network). */
  networkOf(peer: PodPeer): PrimaryNetwork {
    return (peer.type === 'workload' && this.networks?.get(peer.namespace)) || POD_NETWORK;
  }

  /** Pods on different primary networks cannot reach each other, whatever the policies say. */
  private isolatedNetworks(src: Peer, dst: Peer): boolean {
    return !!this.networks && src.type === 'workload' && dst.type === 'workload' && networkLabel(this.networkOf(src)) !== networkLabel(this.networkOf(dst));
  }

  /** What both ends allow from `src` to `dst`, without the record of who decided. */
  private allowed(src: Peer, dst: Peer, layers = this.layers): ConnSet {
    if (layers === this.layers && this.isolatedNetworks(src, dst)) return NO_CONNS;
    const dstPod = isPod(dst) ? dst : null;
    const egress = isPod(src) ? allowedConns(layers, src, dst, 'egress', dstPod) : ALL_CONNS;
    if (isEmpty(egress)) return egress;
    return intersect(egress, dstPod ? allowedConns(layers, dstPod, src, 'ingress', dstPod) : ALL_CONNS);
  }

  /** Both directions of the connection from `src` to `dst`; each direction's record is worked out when read. */
  between(src: Peer, dst: Peer, conns = this.allowed(src, dst), layers = this.layers): Connection {
    const dstPod = isPod(dst) ? dst : null;
    let egress: DirectionVerdict | null | undefined;
    let ingress: DirectionVerdict | null | undefined;
    return {
      src,
      dst,
      conns,
      get egress() {
        return (egress ??= isPod(src) ? directionVerdict(layers, src, dst, 'egress', dstPod) : null);
      },
      get ingress() {
        return (ingress ??= dstPod ? directionVerdict(layers, dstPod, src, 'ingress', dstPod) : null);
      },
    };
  }

  /** The connection as the connlist has it: the ingress controller goes only where Ingress and routes send it. */
  connection(src: Peer, dst: Peer): Connection {
    const c = this.between(src, dst);
    if (src.type !== 'ingress-controller') return c;
    const backend = this.backends.find((b) => b.peer === dst);
    return backend ? { ...c, conns: intersect(c.conns, backend.conns), backend } : { ...c, conns: NO_CONNS };
  }

  /** Every pair with some allowed connection, as netpol-analyzer lists them. */
  connections(): Connection[] {
    const out: Connection[] = [];
    const keep = (c: Connection) => {
      if (!isEmpty(c.conns)) out.push(c);
    };
    for (const src of [...this.sources, ...this.workloads]) {
      for (const dst of [...this.destinations, ...this.workloads]) {
        if (src === dst || (src.type === 'external' && dst.type === 'external') || this.isolatedNetworks(src, dst)) continue;
        const conns = this.allowed(src, dst);
        if (!isEmpty(conns)) out.push(this.between(src, dst, conns));
      }
    }
    for (const b of this.backends) keep(this.connection(this.controller, b.peer));
    for (const net of this.secondary) {
      for (const src of net.members) {
        for (const dst of net.members) {
          const conns = src === dst ? NO_CONNS : this.allowed(src, dst, net.layers);
          if (!isEmpty(conns)) out.push({ ...this.between(src, dst, conns, net.layers), network: net.name });
        }
      }
    }
    return out;
  }

  /** A peer for a question: a workload or the ingress controller by name, or the external interval holding an address. */
  peer(name: string, role: 'source' | 'destination'): Peer | null {
    const pod = this.find(name)[0];
    if (pod) return pod;
    const ip = parseIP(name);
    if (!ip) return null;
    const x = blockIntervals(`${ip.canonical}/${ip.family === 'IPv4' ? 32 : 128}`, [])![0];
    return (role === 'source' ? this.sources : this.destinations).find((p) => blockHolds([p.interval], x)) ?? null;
  }

  /** The connection in words, both directions, with a note for ipBlocks that may also match pods. */
  explain(c: Connection): string[] {
    const config = this.snapshot.config;
    const notes = [...(isPod(c.src) ? podMatchingBlocks(this.layers.isolating(c.src, 'egress'), 'egress', config) : []), ...(isPod(c.dst) ? podMatchingBlocks(this.layers.isolating(c.dst, 'ingress'), 'ingress', config) : [])];
    return [...explainConnection(c), ...notes.map((n) => `  note: ${n}`)];
  }

  /** The peers a name such as `ns/name`, `ns/name[Kind]`, `name`, `{ingress-controller}` or an address stands for. */
  find(name: string): PodPeer[] {
    if (name === this.controller.name) return [this.controller];
    return this.workloads.filter((w) => w.name === name || `${w.namespace}/${w.workload}` === name || w.workload === name);
  }
}
