/**
 * The code lens above a NetworkPolicy that says what it does to connectivity: "isolates 3 workloads · opens 5
 * connections", counting the workloads it isolates and the allowed connections (source, destination) that one of its
 * rules admits. A click shows the workloads.
 */
import type { Snapshot } from '../model/snapshot';
import type { Resource } from '../model/resource';
import { networkPolicyOf } from '../model/networkPolicy';
import type { Place } from '../model/graph/types';
import type { Peer } from '../connectivity/peers';
import { isEmpty } from '../connectivity/portSet';
import { plural } from '../strings';
import { uniquePlaces } from './locate';
import { connectivityOfSnapshot } from './hoverConnectivity';

export interface PolicyLens {
  kind: 'opens';
  start: number;
  end: number;
  title: string;
  places: () => Place[];
}

export function connectivityLens(snapshot: Snapshot, r: Resource): PolicyLens | null {
  const policy = networkPolicyOf(r);
  if (!policy || policy.podSelector.unreadable) return null;
  const model = connectivityOfSnapshot(snapshot);
  const name = `${r.namespaces[0]}/${r.name ?? ''}`;
  const isolated = model.workloads.filter((w) => (['ingress', 'egress'] as const).some((d) => model.restrictions(w, d).networkPolicies.includes(name)));
  const others: Peer[] = [...model.workloads, model.controller];
  let opened = 0;
  for (const w of isolated) {
    const opens = (d: 'ingress' | 'egress', src: Peer, dst: Peer) => {
      const c = model.connection(src, dst);
      const verdict = d === 'ingress' ? c.ingress : c.egress;
      return !isEmpty(c.conns) && !!verdict?.decisions.some((x) => x.layer === 'NetworkPolicy' && x.policy === name);
    };
    for (const p of [...model.sources, ...others]) if (p !== w && opens('ingress', p, w)) opened++;
    for (const p of [...model.destinations, ...model.workloads]) if (p !== w && opens('egress', w, p)) opened++;
  }
  return {
    kind: 'opens',
    start: r.node.start,
    end: r.node.start,
    title: `isolates ${plural(isolated.length, 'workload')} · opens ${plural(opened, 'connection')}`,
    places: () => uniquePlaces(isolated.flatMap((w) => w.templates.map((t) => ({ uri: t.owner.uri, start: t.node.start, end: t.node.start })))),
  };
}
