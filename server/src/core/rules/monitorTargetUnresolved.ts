import { deployedTogether } from '../model/hostPorts';
import { monitorNamespaces, monitorView, MONITOR_KINDS } from '../model/prometheusMonitors';
import type { MonitorView } from '../model/prometheusMonitors';
import { monitorTargets } from '../model/graph/monitor';
import type { Resource } from '../model/resource';
import { refName } from '../model/resource';
import { formatSelector } from '../model/selectors';
import { isPodSourceKind, namespacesPhrase } from '../model/serviceTargets';
import { PODS } from '../model/signature';
import { plural } from '../strings';
import { namespaceUnwritten } from './_shared/policyNamespaces';
import { describeUnknown } from './serviceSelectorNoMatch';
import type { ResourceContext, ResourceRule } from './types';

export const monitorTargetUnresolved: ResourceRule = {
  id: 'monitor-target-unresolved',
  title: 'ServiceMonitor or PodMonitor selects nothing, or scrapes a port its targets do not name',
  description: "A Prometheus operator ServiceMonitor selects Services by their own labels (`selector`) in the namespaces of its `namespaceSelector` (its own namespace when absent, `any: true` for all), and scrapes the Service ports that `endpoints[].port` names; a PodMonitor selects pod templates and scrapes the container ports that `podMetricsEndpoints[].port` names. When nothing matches, Prometheus scrapes nothing and no alert says so (kube-linter's `dangling-servicemonitor`). A monitor that selects nothing is reported when the objects applied with it (the same folder or kustomization) hold Services (pods) in those namespaces, or when matching ones exist in a namespace the monitor does not look in; a monitor for something installed by other means is common and correct, and one whose namespace is not written may be applied where its targets are.",
  remediation: "Make `selector` match the labels under the Service's `metadata.labels` (for a PodMonitor, the pod template's), list the Service's namespace in `namespaceSelector.matchNames`, and name a port by its `name` (`ports[].name` of the Service, or the container port's `name`).",
  severity: 'warning',
  category: 'links',
  kinds: MONITOR_KINDS,
  scope: 'resource',
  reads: ['Service', 'Namespace', PODS],
  check(ctx) {
    const m = monitorView(ctx.resource);
    if (!m || m.selector.unreadable) return;
    const targets = monitorTargets(ctx.snapshot, m);
    if (targets.length === 0) checkSelected(ctx, m);
    else if (!targets.some((t) => t.labels.resource.templated)) checkPorts(ctx, m, targets);
  },
};

function targetWord(m: MonitorView): string {
  return m.kind === 'ServiceMonitor' ? 'Service' : 'pod template';
}

function checkSelected(ctx: ResourceContext, m: MonitorView): void {
  const { snapshot } = ctx;
  const r = m.resource;
  const namespaces = monitorNamespaces(snapshot, m);
  const isTarget = (k: string) => (m.kind === 'ServiceMonitor' ? k === 'Service' : isPodSourceKind(snapshot, k));
  const unknown = snapshot.unknownSourcesFor(r.uri, namespaces, isTarget, m.kind === 'PodMonitor' ? { selector: m.selector } : undefined);
  const sel = formatSelector(m.selector) || '{} (everything)';
  const where = m.namespaces === null ? 'any namespace' : namespacesPhrase(namespaces);
  const range = { start: m.selectorKey.start, end: m.selectorKey.end };
  if (unknown.length > 0) {
    ctx.reportUnverifiable({ ...range, message: `cannot verify selector ${sel}: no ${targetWord(m)} in ${where} matches it, but ${plural(unknown.length, 'document')} that might hold one could not be read (${describeUnknown(unknown[0])})` });
    return;
  }
  const elsewhere = matchingElsewhere(ctx, m);
  // Its namespace not written, the monitor may be applied where its targets are (`kubectl apply -n`).
  if (elsewhere.length > 0 && !m.namespacesWritten && namespaceUnwritten(snapshot, r)) return;
  const unit = candidates(ctx, m).some((o) => o.namespaces.some((n) => namespaces.includes(n)) && deployedTogether(snapshot, r, o));
  if (elsewhere.length === 0 && !unit) return;
  const hint = elsewhere.length > 0 ? `; ${refName(elsewhere[0])} in namespace '${elsewhere[0].namespaces[0]}' matches, but ${m.namespacesWritten ? 'namespaceSelector does not list that namespace' : 'without a namespaceSelector the monitor looks only in its own namespace'}` : '';
  ctx.report({ ...range, message: `selector ${sel} matches no ${targetWord(m)} in ${where}, so Prometheus scrapes nothing for ${refName(r)}${hint}` });
}

/** The Services (a PodMonitor: the pod sources) the selector would match in a namespace the monitor does not look in. */
function matchingElsewhere(ctx: ResourceContext, m: MonitorView): Resource[] {
  if (m.namespaces === null) return [];
  const others = [...new Set(candidates(ctx, m).flatMap((o) => o.namespaces))].filter((n) => !m.namespaces!.includes(n));
  const wider = { ...m, namespaces: others };
  return [...new Set(monitorTargets(ctx.snapshot, wider).map((t) => t.labels.resource))];
}

/** Every object of the kind the monitor selects: Services, or the owners of pod templates. */
function candidates(ctx: ResourceContext, m: MonitorView): Resource[] {
  if (m.kind === 'ServiceMonitor') return ctx.snapshot.ofKind('Service').filter((s) => s.group === '' && !s.templated);
  return [...new Set(ctx.snapshot.templates.map((t) => t.owner))];
}

function checkPorts(ctx: ResourceContext, m: MonitorView, targets: ReturnType<typeof monitorTargets>): void {
  for (const port of m.ports) {
    const name = String(port.value);
    if (targets.some((t) => t.ports(name).length > 0)) continue;
    const names = [...new Set(targets.flatMap((t) => portNames(ctx, m, t.labels.resource)))];
    const what = m.kind === 'ServiceMonitor' ? 'Service' : 'container';
    ctx.report({
      start: port.start,
      end: port.end,
      message: `no ${what} port named '${name}' in the ${plural(targets.length, targetWord(m))} ${refName(m.resource)} selects (${targets.slice(0, 3).map((t) => refName(t.labels.resource)).join(', ')}); named ports there: ${names.length > 0 ? names.join(', ') : 'none'}`,
      data: { port: name },
    });
  }
}

function portNames(ctx: ResourceContext, m: MonitorView, r: Resource): string[] {
  const names = m.kind === 'ServiceMonitor' ? (ctx.snapshot.service(r)?.ports ?? []).map((p) => p.name) : (ctx.snapshot.templateOf(r)?.containers ?? []).flatMap((c) => c.ports.map((p) => p.name));
  return names.filter((n): n is string => !!n);
}
