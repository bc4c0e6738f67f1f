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
import { explainConnection, podMatchingBlocks } from './explain';

export type { Connection };


export class Connectivity {
  readonly workloads: WorkloadPeer[];
  readonly controller: ControllerPeer = ingressControllerPeer();
  readonly sources: ExternalPeer[];
  readonly destinations: ExternalPeer[];
  readonly backends: Backend[];
  private readonly layers: Layers;
  private readonly cache = new Map<PodLike, { ingress?: NamespacedPolicy[]; egress?: NamespacedPolicy[]; admin?: AdminPolicy[]; baseline?: AdminPolicy | null }>();

  constructor(readonly snapshot: Snapshot) {
    const sel = new Selection(snapshot);
    const policies = networkPolicies(snapshot);
    const { admin, baseline } = adminPolicies(snapshot);
    this.workloads = workloadPeers(snapshot);
    this.layers = {
      sel,
      admin: (pod) => (this.cached(pod).admin ??= admin.filter((p) => subjectOf(sel, p, pod))),
      baseline: (pod) => {
        const c = this.cached(pod);
        if (c.baseline === undefined) c.baseline = baseline && subjectOf(sel, baseline, pod) ? baseline : null;
        return c.baseline;
      },
      isolating: (pod, d) => (this.cached(pod)[d] ??= isolatingPolicies(sel, policies, pod, d)),
      classes: new PeerClasses(sel, policies),
    };
    const all: AdminPolicy[] = baseline ? [...admin, baseline] : admin;
    this.sources = disjointIntervals(policyBlocks(policies, 'ingress')).map(externalPeer);
    this.destinations = disjointIntervals([...policyBlocks(policies, 'egress'), ...adminBlocks(all)]).map(externalPeer);
    this.backends = ingressBackends(snapshot, sel, this.workloads);
  }

  private cached(pod: PodLike) {
    let c = this.cache.get(pod);
    if (!c) this.cache.set(pod, (c = {}));
    return c;
  }

  /** What both ends allow from `src` to `dst`, without the record of who decided. */
  private allowed(src: Peer, dst: Peer): ConnSet {
    const dstPod = isPod(dst) ? dst : null;
    const egress = isPod(src) ? allowedConns(this.layers, src, dst, 'egress', dstPod) : ALL_CONNS;
    if (isEmpty(egress)) return egress;
    return intersect(egress, dstPod ? allowedConns(this.layers, dstPod, src, 'ingress', dstPod) : ALL_CONNS);
  }

  /** Both directions of the connection from `src` to `dst`; each direction's record is worked out when read. */
  between(src: Peer, dst: Peer, conns = this.allowed(src, dst)): Connection {
    const layers = this.layers;
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
        if (src === dst || (src.type === 'external' && dst.type === 'external')) continue;
        const conns = this.allowed(src, dst);
        if (!isEmpty(conns)) out.push(this.between(src, dst, conns));
      }
    }
    for (const b of this.backends) keep(this.connection(this.controller, b.peer));
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
