/**
 * Hover on a workload (its name or its pod template labels): who can reach it and whom it can reach under the
 * policies, per direction, "not isolated" when no policy restricts it. The connectivity model is worked out once per
 * snapshot, so that a hover costs one row and one column of it.
 */
import type { Snapshot } from '../model/snapshot';
import { Connectivity } from '../connectivity/engine';
import type { Peer, WorkloadPeer } from '../connectivity/peers';
import type { ConnSet } from '../connectivity/portSet';
import { formatConns, isAll, isEmpty } from '../connectivity/portSet';
import { listSome } from './hoverService';
import type { Located } from './locate';

const models = new WeakMap<Snapshot, Connectivity>();

export function connectivityOfSnapshot(snapshot: Snapshot): Connectivity {
  let m = models.get(snapshot);
  if (!m) models.set(snapshot, (m = new Connectivity(snapshot)));
  return m;
}

/** On a workload's `metadata.name` or its pod template's labels: both directions of its connectivity. */
export function connectivitySection(snapshot: Snapshot, at: Located, offset: number): string | null {
  const r = at.resource!;
  const t = snapshot.templateOf(r);
  const onName = at.keys[0] === 'metadata' && at.keys[1] === 'name';
  const onLabels = !!t?.labelsNode && offset >= t.labelsNode.start && offset <= t.labelsNode.end;
  if (!t || (!onName && !onLabels)) return null;
  const model = connectivityOfSnapshot(snapshot);
  const w = model.workloads.find((p) => p.templates.some((x) => x.owner === r) && p.namespace === r.namespaces[0]);
  return w ? workloadConnectivity(model, w) : null;
}

export function workloadConnectivity(model: Connectivity, w: WorkloadPeer): string {
  const peers: Peer[] = [...model.workloads, model.controller];
  const from = [...model.sources, ...peers].filter((p) => p !== w).map((p) => [p, model.connection(p, w).conns] as const);
  const to = [...model.destinations, ...model.workloads].filter((p) => p !== w).map((p) => [p, model.connection(w, p).conns] as const);
  return [direction(model, w, 'ingress', 'from', from), direction(model, w, 'egress', 'to', to)].join('\n\n');
}

function direction(model: Connectivity, w: WorkloadPeer, d: 'ingress' | 'egress', word: string, conns: (readonly [Peer, ConnSet])[]): string {
  const { networkPolicies, adminPolicies } = model.restrictions(w, d);
  const title = `**${d === 'ingress' ? 'Ingress' : 'Egress'}** of ${w.name}`;
  if (networkPolicies.length === 0 && adminPolicies.length === 0) return `${title}: not isolated.`;
  const by = [...networkPolicies.map((n) => `NetworkPolicy ${n}`), ...adminPolicies];
  const allowed = conns.filter(([, c]) => !isEmpty(c)).map(([p, c]) => `${word} ${p.name}${isAll(c) ? '' : ` on ${formatConns(c)}`}`);
  return `${title}: restricted by ${listSome(by)}; ${allowed.length ? `allowed ${listSome(allowed)}` : 'nothing is allowed'}.`;
}

