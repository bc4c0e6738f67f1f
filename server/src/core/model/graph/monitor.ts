/**
 * Prometheus operator monitors (model/prometheusMonitors.ts): a ServiceMonitor's selector links to the labels of the
 * Services it selects and each endpoint port to their port names; a PodMonitor's to the pod template labels and
 * container port names. Navigation runs both ways, so a Service's labels find the monitors that scrape it.
 */
import { monitorView, monitoredServices, monitoredTemplates, MONITOR_KINDS } from '../prometheusMonitors';
import type { MonitorView } from '../prometheusMonitors';
import type { Snapshot } from '../snapshot';
import { PODS } from '../signature';
import type { Link, LinkProvider, LinkTarget } from './types';

const KIND = 'monitor';

export const monitorLinks: LinkProvider = {
  kind: KIND,
  sourceKinds: MONITOR_KINDS,
  reads: ['Service', 'Namespace', PODS],
  links(snapshot, r) {
    const m = monitorView(r);
    if (!m) return [];
    const targets = monitorTargets(snapshot, m);
    const from = (n: { start: number; end: number }) => ({ uri: r.uri, start: n.start, end: n.end });
    const links: Link[] = [{ kind: KIND, from: from(m.selectorKey), fromResource: r, to: targets.map((t) => t.labels) }];
    for (const port of m.ports) links.push({ kind: KIND, from: from(port), fromResource: r, to: targets.flatMap((t) => t.ports(String(port.value))) });
    return links;
  },
};

interface MonitorTarget {
  labels: LinkTarget;
  ports(name: string): LinkTarget[];
}

/** What the monitor selects: each Service or pod template, by its labels, and its ports by name. */
export function monitorTargets(snapshot: Snapshot, m: MonitorView): MonitorTarget[] {
  if (m.kind === 'ServiceMonitor') {
    return monitoredServices(snapshot, m).map((s) => {
      const at = (n: { start: number; end: number }): LinkTarget => ({ uri: s.uri, start: n.start, end: n.end, resource: s });
      return {
        labels: at(s.nameNode ?? s.node),
        ports: (name) => (snapshot.service(s)?.ports ?? []).filter((p) => p.name === name).map((p) => at(p.nameNode ?? p.node)),
      };
    });
  }
  return monitoredTemplates(snapshot, m).map((t) => {
    const at = (n: { start: number; end: number }): LinkTarget => ({ uri: t.owner.uri, start: n.start, end: n.end, resource: t.owner });
    return {
      labels: at(t.labelsNode ?? t.node),
      ports: (name) => t.containers.flatMap((c) => c.ports).filter((p) => p.name === name).map((p) => at(p.nameNode ?? p.node)),
    };
  });
}
