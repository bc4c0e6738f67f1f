/**
 * What the ingress controller is asked to reach: every Ingress, Gateway API route and OpenShift Route backend is a
 * Service port, which leads to the Service's pods on its targetPort (a number, or a port name read in each pod).
 * Only TCP ports that a container of the pod declares count, as in netpol-analyzer.
 */
import type { Snapshot } from '../model/snapshot';
import type { Resource } from '../model/resource';
import type { ServicePort, ServiceView } from '../model/service';
import { ingressView, isIngress } from '../model/ingress';
import { isRoute, routeBackends } from '../model/routes';
import { asScalar, get, seqItems, str } from '../syntax/nodes';
import type { ConnSet } from './portSet';
import { NO_CONNS, portRange, union } from './portSet';
import type { WorkloadPeer } from './peers';
import { namedPort } from './peers';
import type { Selection } from './selection';

export interface Backend {
  peer: WorkloadPeer;
  conns: ConnSet;
  /** `Ingress default/web` and the like: the objects that send the controller there. */
  via: string[];
}

interface Wanted {
  from: Resource;
  namespace: string;
  service: string;
  /** A Service port number or name, a targetPort (OpenShift Routes), or null for every port. */
  port: number | string | null;
}

/** The backends, in workspace order of the Ingress and route objects. */
export function ingressBackends(snapshot: Snapshot, sel: Selection, workloads: readonly WorkloadPeer[]): Backend[] {
  const out = new Map<WorkloadPeer, Backend>();
  for (const w of wanted(snapshot)) {
    const via = `${w.from.kind} ${w.namespace}/${w.from.name ?? ''}`;
    for (const r of snapshot.lookup('Service', w.namespace, w.service)) {
      const svc = snapshot.service(r);
      if (!svc?.selector || svc.selector.empty) continue;
      const ports = accessPorts(svc, w.port);
      for (const peer of workloads) {
        if (peer.namespace !== w.namespace || !sel.podMatches(svc.selector, peer)) continue;
        const conns = ports.reduce((acc, p) => union(acc, podPort(peer, p)), NO_CONNS);
        if (conns === NO_CONNS) continue;
        const b = out.get(peer) ?? { peer, conns: NO_CONNS, via: [] };
        b.conns = union(b.conns, conns);
        if (!b.via.includes(via)) b.via.push(via);
        out.set(peer, b);
      }
    }
  }
  return [...out.values()];
}

function wanted(snapshot: Snapshot): Wanted[] {
  const out: Wanted[] = [];
  for (const r of snapshot.resources) {
    if (isIngress(r) || isRoute(r)) {
      const refs = isIngress(r) ? ingressView(r).backends : routeBackends(r);
      for (const ref of refs) for (const namespace of ref.namespaces) out.push({ from: r, namespace, service: ref.name, port: ref.port });
    } else if (r.kind === 'Route' && r.group === 'route.openshift.io') {
      const target = asScalar(get(r.node, 'spec', 'port', 'targetPort'))?.value;
      const port = typeof target === 'number' || typeof target === 'string' ? target : null;
      const services = [get(r.node, 'spec', 'to'), ...seqItems(get(r.node, 'spec', 'alternateBackends'))];
      for (const to of services) {
        const name = str(get(to, 'name'));
        if (name && (str(get(to, 'kind')) ?? 'Service') === 'Service') for (const namespace of r.namespaces) out.push({ from: r, namespace, service: name, port });
      }
    }
  }
  return out;
}

/** The pod-side ports of the Service ports a backend names (all of them when it names none): the targetPorts. */
function accessPorts(svc: ServiceView, port: number | string | null): (number | string)[] {
  const target = (sp: ServicePort) => sp.targetPort ?? sp.port;
  const chosen = port === null ? svc.ports : svc.ports.filter((sp) => (typeof port === 'string' && sp.name === port) || sp.port === port || sp.targetPort === port).slice(0, 1);
  return chosen.flatMap((sp) => {
    const t = target(sp);
    return t === null || sp.protocol !== 'TCP' ? [] : [t];
  });
}

/** The TCP connection to the pod's port, when a container declares it; a VirtualMachine declares none, so any number. */
function podPort(peer: WorkloadPeer, port: number | string): ConnSet {
  const n = typeof port === 'number' ? port : namedPort(peer, port)?.port;
  const declared = (peer.kind === 'VirtualMachine' && typeof port === 'number') || peer.ports.some((p) => p.port === n && p.protocol === 'TCP');
  return n !== undefined && declared ? portRange('TCP', n, n) : NO_CONNS;
}
