/**
 * What a Service reaches, for rules and features alike: which pod templates it selects, how a Service port reaches a
 * container port, and what is "nearest" when nothing matches.
 */
import { sameUnit, unitNamespaces } from './units';
import type { Snapshot } from './snapshot';
import type { ServicePort, ServiceView } from './service';
import type { ContainerPort, Container, PodTemplate } from './workloads';
import { findWorkloadKind } from './workloads';
import { OPERATOR_POD_KINDS } from './operatorPods';
import type { Requirement, Selector } from './selectors';
import { requirementMatches } from './selectors';
import { editDistance } from '../strings';
import { proximity } from '../paths';
import { refName } from './resource';

/** The templates the Service selects as written, or as any kustomization that builds it makes its selector. */
export function selectedTemplates(snapshot: Snapshot, svc: ServiceView): PodTemplate[] {
  const out = new Set<PodTemplate>();
  for (const selector of effectiveSelectors(svc)) {
    for (const t of snapshot.selectTemplates(selector, svc.resource.namespaces, svc.resource.uri)) out.add(t);
  }
  return [...out].filter((t) => !t.base || !out.has(t.base));
}

/** The Service's selectors: as written, then as each kustomization builds it. */
export function effectiveSelectors(svc: ServiceView): Selector[] {
  return [...(svc.selector ? [svc.selector] : []), ...svc.variantSelectors.map((v) => v.selector)];
}

/**
 * When a Service reaches its pods only because a kustomization adds labels (to its selector or to their templates),
 * the kustomization that does, e.g. for `Link.via`; undefined when the selector as written selects them.
 */
export function kustomizeVia(snapshot: Snapshot, svc: ServiceView, templates: PodTemplate[]): string | undefined {
  if (templates.length === 0) return undefined;
  const direct = svc.selector ? snapshot.selectTemplates(svc.selector, svc.resource.namespaces).filter((t) => !t.via) : [];
  if (direct.length > 0) return undefined;
  return templates.find((t) => t.via)?.via ?? svc.variantSelectors[0]?.via;
}

/** True when a kind could hold pods (a Pod, any configured workload kind, or a custom resource an operator runs). */
export function isPodSourceKind(snapshot: Snapshot, kind: string): boolean {
  return snapshot.workloadKinds.some((k) => k.kind === kind) || OPERATOR_POD_KINDS.some((k) => k.kind === kind);
}

export interface NearMiss {
  template: PodTemplate;
  /** Requirements the template fails. */
  failing: Requirement[];
  /** For a failing equality requirement: the value the template has for that key, if any. */
  actual: Map<Requirement, string | undefined>;
  /** True when the template is in the referring file, or every failing value looks like a typo of the wanted one. */
  plausible: boolean;
}

/**
 * The pod template that comes closest to satisfying the selector: the fewest failing requirements, then the smallest
 * spelling distance between wanted and actual values. Null when no template shares a single key with the selector.
 */
export function nearestTemplate(snapshot: Snapshot, selector: Selector, namespaces: string[], fromUri: string): NearMiss | null {
  let best: { miss: NearMiss; score: number } | null = null;
  const seen = new Set<PodTemplate>();
  for (const ns of namespaces) {
    for (const t of snapshot.templatesIn(ns)) {
      if (seen.has(t)) continue;
      seen.add(t);
      const labels = { get: (k: string) => t.labels.find((l) => l.key === k)?.value, runtimeKeys: t.runtimeKeys };
      const failing = selector.requirements.filter((r) => !requirementMatches(r, labels));
      const sharedKeys = selector.requirements.filter((r) => labels.get(r.key) !== undefined).length;
      if (sharedKeys === 0) continue;
      const actual = new Map<Requirement, string | undefined>();
      let distance = 0;
      let typos = true;
      for (const r of failing) {
        const v = labels.get(r.key);
        actual.set(r, v);
        const wanted = r.values[0] ?? '';
        const d = v === undefined ? 10 : Math.min(10, editDistance(v, wanted, 10));
        distance += d;
        if (v === undefined || d > Math.max(2, Math.floor(wanted.length / 3))) typos = false;
      }
      const proximityPenalty = proximity(fromUri, t.owner.uri) / 100;
      const score = failing.length * 100 + distance + proximityPenalty;
      const plausible = t.owner.uri === fromUri || typos;
      if (!best || score < best.score) best = { miss: { template: t, failing, actual, plausible }, score };
    }
  }
  return best?.miss ?? null;
}

/** The regular containers of a template: only they receive Service traffic. */
export function servingContainers(t: PodTemplate): Container[] {
  return t.containers.filter((c) => !c.init);
}

export interface PortTarget {
  template: PodTemplate;
  container: Container;
  port: ContainerPort;
}

/**
 * Where a Service port's traffic lands in one template: a named targetPort resolves by container port name, a
 * number by containerPort. An absent targetPort means the same number as `port`.
 */
export function resolveTargetPort(t: PodTemplate, sp: ServicePort): PortTarget[] {
  const target = sp.targetPort ?? sp.port;
  if (target === null) return [];
  const out: PortTarget[] = [];
  for (const container of servingContainers(t)) {
    for (const port of container.ports) {
      const hit = typeof target === 'number' ? port.containerPort === target && port.protocol === sp.protocol : port.name === target;
      if (hit) out.push({ template: t, container, port });
    }
  }
  return out;
}

/** `deployment/web` for the workload that owns the template. */
export function templateOwnerName(t: PodTemplate): string {
  return refName(t.owner);
}

/** `namespace 'shop'`, or `namespaces 'a', 'b'` when a kustomization puts the object in several. */
/** The pod templates, in any of the namespaces, of the deployment unit of a file (units.ts). */
export function unitTemplates(snapshot: Snapshot, uri: string, namespaces: string[]): PodTemplate[] {
  const own = unitNamespaces(namespaces);
  return snapshot.templates.filter((t) => t.owner.namespaces.some((n) => own.includes(n)) && sameUnit(snapshot, uri, t.owner.uri));
}

/** The other namespaces where the selector selects pod templates: evidence that a reference names the wrong one. */
export function namespacesMatching(snapshot: Snapshot, selector: Selector, except: string[], fromUri: string): string[] {
  const others = new Set(snapshot.templates.flatMap((t) => t.owner.namespaces).filter((n) => !except.includes(n)));
  return [...others].filter((n) => snapshot.selectTemplates(selector, [n], fromUri).length > 0).sort();
}

export function namespacesPhrase(namespaces: string[]): string {
  return namespaces.length === 1 ? `namespace '${namespaces[0]}'` : `namespaces ${namespaces.map((n) => `'${n}'`).join(', ')}`;
}

export { findWorkloadKind };
