/**
 * The Prometheus operator's monitors, as links: a ServiceMonitor's `selector` and `namespaceSelector` select Services
 * by their own labels, and each `endpoints[].port` names one of their ports; a PodMonitor's select pod templates, and
 * each `podMetricsEndpoints[].port` names a container port. Without a namespaceSelector a monitor looks in its own
 * namespace; `matchNames` lists namespaces; `any: true` means every namespace.
 */
import type { YNode, YScalar } from '../syntax/nodes';
import { asScalar, get, getPair, seqItems, str } from '../syntax/nodes';
import { knownNamespaces } from './networkPolicy';
import type { Resource } from './resource';
import { labelSelector, labelSourceOf, selectorMatches } from './selectors';
import type { Selector } from './selectors';
import type { Snapshot } from './snapshot';
import type { PodTemplate } from './workloads';

export const MONITOR_KINDS = ['ServiceMonitor', 'PodMonitor'];

export interface MonitorView {
  resource: Resource;
  kind: 'ServiceMonitor' | 'PodMonitor';
  selector: Selector;
  /** The `selector` key, where a monitor that selects nothing is reported. */
  selectorKey: YNode;
  /** The namespaces looked in; null for `any: true`. */
  namespaces: string[] | null;
  /** True when `namespaceSelector` names the namespaces, so the monitor's own (possibly unwritten) one does not matter. */
  namespacesWritten: boolean;
  /** The port names the endpoints scrape. */
  ports: YScalar[];
}

export function monitorView(r: Resource): MonitorView | null {
  if (r.group !== 'monitoring.coreos.com' || !MONITOR_KINDS.includes(r.kind)) return null;
  const kind = r.kind as MonitorView['kind'];
  const key = (getPair(r.node, 'spec', 'selector') ?? getPair(r.node, 'spec') ?? getPair(r.node, 'kind'))?.key;
  if (!key) return null;
  const nsSel = get(r.node, 'spec', 'namespaceSelector');
  const any = asScalar(get(nsSel, 'any'))?.value === true;
  const names = seqItems(get(nsSel, 'matchNames')).map(str).filter((n): n is string => !!n);
  const endpoints = get(r.node, 'spec', kind === 'ServiceMonitor' ? 'endpoints' : 'podMetricsEndpoints');
  return {
    resource: r,
    kind,
    selector: labelSelector(get(r.node, 'spec', 'selector')),
    selectorKey: key,
    namespaces: any ? null : names.length > 0 ? names : r.namespaces,
    namespacesWritten: any || names.length > 0,
    ports: seqItems(endpoints).map((e) => asScalar(get(e, 'port'))).filter((p): p is YScalar => typeof p?.value === 'string' && p.value !== ''),
  };
}

/** The namespaces a monitor looks in, as names: for `any`, every namespace the workspace knows. */
export function monitorNamespaces(snapshot: Snapshot, m: MonitorView): string[] {
  return m.namespaces ?? knownNamespaces(snapshot).map((n) => n.name);
}

/** The Services a ServiceMonitor selects: by their labels as written or as a kustomization builds them. */
export function monitoredServices(snapshot: Snapshot, m: MonitorView): Resource[] {
  if (m.selector.unreadable) return [];
  const namespaces = monitorNamespaces(snapshot, m);
  return snapshot.ofKind('Service').filter((s) => s.group === '' && s.namespaces.some((n) => namespaces.includes(n)) && carriesLabels(snapshot, s, m.selector));
}

function carriesLabels(snapshot: Snapshot, s: Resource, selector: Selector): boolean {
  if (selectorMatches(selector, labelSourceOf(s.labels))) return true;
  return snapshot.builtAs(s).some((b) => selectorMatches(selector, labelSourceOf(Object.entries(b.labels).map(([key, value]) => ({ key, value })))));
}

/** The pod templates a PodMonitor selects. */
export function monitoredTemplates(snapshot: Snapshot, m: MonitorView): PodTemplate[] {
  return m.selector.unreadable ? [] : snapshot.selectTemplates(m.selector, monitorNamespaces(snapshot, m), m.resource.uri);
}
