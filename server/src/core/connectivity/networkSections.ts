/**
 * The connlist text when the manifests use multiple networks, as netpol-analyzer writes it: the pod network's
 * connections, then one section per primary UserDefinedNetwork and ClusterUserDefinedNetwork (a UDN's workloads
 * named `namespace[udn]/name[Kind]`) and per secondary network, then which networks each workload is on.
 */
import type { Connection } from './connection';
import type { Connectivity } from './engine';
import type { Peer } from './peers';
import { networkLabel } from './networks';
import { formatConns } from './portSet';

const HEADER = 'Permitted connectivity analyzed in ';

export function sectionedText(model: Connectivity, connections: readonly Connection[]): string {
  const sections = new Map<string, { title: string; lines: string[] }>();
  // A UDN's workloads are tagged on their primary network only; on a secondary network they are named plainly.
  const name = (p: Peer, c: Connection) => (c.network === undefined && p.type === 'workload' && model.networkOf(p).kind === 'UDN' ? `${p.namespace}[udn]/${p.workload}[${p.kind}]` : p.name);
  for (const c of connections) {
    const pod = c.dst.type === 'workload' ? c.dst : c.src.type === 'workload' ? c.src : null;
    if (!pod) continue;
    const network = model.networkOf(pod);
    const key = c.network !== undefined ? `3\0${c.network}` : `${network.kind === 'UDN' ? 1 : network.kind === 'CUDN' ? 2 : 0}\0${network.name}`;
    const section = sections.get(key) ?? { title: c.network !== undefined ? `secondary NAD ${c.network}` : `primary ${network.kind} ${network.name}`, lines: [] };
    sections.set(key, section);
    section.lines.push(`${name(c.src, c)} => ${name(c.dst, c)} : ${formatConns(c.conns)}`);
  }
  const keys = [...sections.keys()].sort();
  const podKey = `0\0pod-network`;
  const others = keys.filter((k) => k !== podKey);
  const out: string[] = [];
  if (others.length > 0) {
    out.push(`${HEADER}Pod network:`);
    if (!sections.has(podKey)) {
      const onPodNetwork = model.workloads.some((w) => model.networkOf(w).kind === 'pod-network');
      out.push(onPodNetwork ? 'All connections are not allowed for the workloads in the pod-network' : 'all input workloads are configured with (C)UDN as their primary network interface');
    }
  }
  out.push(...(sections.get(podKey)?.lines.sort(byPair) ?? []));
  for (const k of others) {
    const { title, lines } = sections.get(k)!;
    out.push('', `${HEADER}${title}:`, ...lines.sort(byPair));
  }
  out.push('', 'Workload-to-Networks Mapping:');
  for (const w of [...model.workloads].sort((a, b) => compare(a.name, b.name))) {
    out.push(`${w.name}: `, `\tPrimary Network: ${networkLabel(model.networkOf(w))}`);
    const secondary = model.secondary.filter((n) => n.members.includes(w)).map((n) => `${n.name}[NAD]`).sort(compare);
    if (secondary.length > 0) out.push(`\tSecondary Networks: ${secondary.join(',')}`);
  }
  return out.join('\n') + '\n';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lines sort by source, then destination: by the text before ` : `. */
function byPair(a: string, b: string): number {
  const [x, y] = [a.slice(0, a.lastIndexOf(' : ')), b.slice(0, b.lastIndexOf(' : '))];
  const [xs, xd] = x.split(' => ');
  const [ys, yd] = y.split(' => ');
  return compare(xs, ys) || compare(xd, yd);
}
