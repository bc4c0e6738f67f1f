/**
 * Completion for the values that link objects together and for the network enums: selector label keys and values
 * from the pod templates in the namespace (most used first), whole selectors where none is written yet, targetPorts from the selected pods, Ingress and route
 * backends from the Services in the namespace and their ports, and the enums of Service, NetworkPolicy and Ingress.
 */
import type { Range } from '../text';
import type { Snapshot } from '../model/snapshot';
import type { Resource } from '../model/resource';
import { extractResources } from '../model/resource';
import { servingContainers, templateOwnerName } from '../model/serviceTargets';
import { serviceView } from '../model/service';
import type { PodTemplate } from '../model/workloads';
import { parseSpan } from '../syntax/parse';
import type { DocumentSpan } from '../syntax/documents';
import type { YNode } from '../syntax/nodes';
import { asMap, get, keyText, pathAt, str } from '../syntax/nodes';
import { lineEndAt, lineStartAt } from '../strings';
import type { CompletionContext } from './completionContext';
import { completionContext } from './completionContext';
import { labelSetItems } from './completionLabelSets';
import { endsWith } from './locate';

export interface CompletionItem {
  label: string;
  kind: 'key' | 'value' | 'enum' | 'reference';
  detail?: string;
  /** Text to insert instead of the label (e.g. `app: ` for a label key). */
  insertText?: string;
  sortText: string;
}

export interface CompletionList {
  /** The range every item replaces: the word being typed. */
  replace: Range;
  items: CompletionItem[];
}

interface Site {
  snapshot: Snapshot;
  uri: string;
  offset: number;
  ctx: CompletionContext;
  resource: Resource;
  namespaces: string[];
  /** The parsed path to the key of the cursor's line. */
  steps: ReturnType<typeof pathAt>;
}

export function completion(snapshot: Snapshot, uri: string, offset: number): CompletionList | null {
  const file = snapshot.files.get(uri);
  const info = snapshot.documents(uri).find((d) => offset >= d.doc.span.start && offset <= d.doc.span.end);
  if (!file || !info) return null;
  const ctx = completionContext(file.text, info.doc.span.start, offset);
  if (!ctx) return null;
  const resource = info.resources.find((r) => offset >= r.node.start && offset <= r.node.end + 1) ?? repaired(snapshot, uri, info.index, info.doc.span, offset);
  if (!resource) return null;
  const extra = snapshot.kustomizeContext(uri)?.namespaces;
  const namespaces = [...new Set([...(extra ?? []), ...resource.namespaces])];
  const site: Site = { snapshot, uri, offset, ctx, resource, namespaces, steps: pathAt(resource.node, ctx.keyStart) };
  const items = labelItems(site) ?? labelSetItems(resource, ctx, templatesIn(site)) ?? targetPortItems(site) ?? backendItems(site) ?? enumItems(site) ?? [];
  return items.length ? { replace: ctx.replace, items: items.map((it, i) => ({ ...it, sortText: String(i).padStart(4, '0') })) } : null;
}

/**
 * While a key is half typed the document does not parse; a copy with the cursor's line blanked usually does, and
 * gives the object's kind, namespace and selector. Blanking keeps every offset where it was.
 */
function repaired(snapshot: Snapshot, uri: string, index: number, span: DocumentSpan, offset: number): Resource | null {
  const text = snapshot.files.get(uri)!.text;
  const start = lineStartAt(text, offset);
  const end = lineEndAt(text, offset);
  const blanked = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  const doc = parseSpan(blanked, span);
  return extractResources(uri, index, doc, snapshot.config.defaultNamespace).find((r) => offset >= r.node.start) ?? null;
}

type Items = Omit<CompletionItem, 'sortText'>[] | null;

/** Selector maps whose keys are pod template label keys. */
function isLabelSelectorMap(r: Resource, parents: string[]): boolean {
  if (r.kind === 'Service') return parents.join('.') === 'spec.selector';
  if (r.kind === 'NetworkPolicy') return endsWith(parents, 'podSelector', 'matchLabels');
  return false;
}

function templatesIn(site: Site): PodTemplate[] {
  return [...new Set(site.namespaces.flatMap((ns) => site.snapshot.templatesIn(ns)))];
}

/** Values counted and sorted: the most used first, then alphabetically. */
function byUse(values: string[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function labelItems(site: Site): Items {
  const { ctx, resource } = site;
  if (ctx.mode === 'item') return null;
  const parents = ctx.parents;
  if (!isLabelSelectorMap(resource, parents)) return null;
  const templates = templatesIn(site);
  if (ctx.mode === 'key') {
    const present = new Set(asMap(parents.includes('*') ? null : get(resource.node, ...parents))?.items.map(keyText) ?? []);
    return byUse(templates.flatMap((t) => t.labels.map((l) => l.key)))
      .filter((k) => !present.has(k.value))
      .map((k) => ({ label: k.value, kind: 'key', insertText: `${k.value}: `, detail: `label of ${k.count} pod template${k.count === 1 ? '' : 's'}` }));
  }
  return byUse(templates.flatMap((t) => t.labels.filter((l) => l.key === ctx.key).map((l) => l.value))).map((v) => ({
    label: v.value,
    kind: 'value',
    detail: `${ctx.key}=${v.value} on ${listOwners(templates.filter((t) => t.labels.some((l) => l.key === ctx.key && l.value === v.value)))}`,
  }));
}

function listOwners(ts: PodTemplate[]): string {
  const names = [...new Set(ts.map(templateOwnerName))];
  return names.length > 2 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} more` : names.join(', ');
}

function targetPortItems(site: Site): Items {
  const { ctx, resource, snapshot } = site;
  if (ctx.mode !== 'value' || ctx.key !== 'targetPort' || resource.kind !== 'Service' || ctx.parents.join('.') !== 'spec.ports.*') return null;
  const svc = serviceView(resource);
  if (!svc.selector) return [];
  const names: Items = [];
  const numbers: Items = [];
  const seen = new Set<string>();
  for (const t of snapshot.selectTemplates(svc.selector, site.namespaces, site.uri)) {
    for (const c of servingContainers(t)) {
      for (const p of c.ports) {
        const where = `container ${c.name ?? '?'} in ${templateOwnerName(t)}`;
        if (p.name && !seen.has(`n${p.name}`)) {
          seen.add(`n${p.name}`);
          names.push({ label: p.name, kind: 'reference', detail: `${p.containerPort ?? '?'}/${p.protocol}, ${where}` });
        }
        if (p.containerPort !== null && !seen.has(`p${p.containerPort}`)) {
          seen.add(`p${p.containerPort}`);
          numbers.push({ label: String(p.containerPort), kind: 'value', detail: `${p.name ? `${p.name}, ` : ''}${where}` });
        }
      }
    }
  }
  return [...names, ...numbers];
}

/** The map `up` levels above the pair being typed (0: the map holding it). */
function mapAbove(site: Site, up: number): YNode | null {
  const maps = site.steps.map((s) => s.node).filter((n) => asMap(n));
  const holder = [site.resource.node, ...maps];
  return holder[holder.length - 1 - up] ?? null;
}

function servicesIn(site: Site, namespace: string | null): Resource[] {
  const nss = namespace ? [namespace] : site.namespaces;
  return site.snapshot.ofKind('Service').filter((s) => s.name !== null && s.namespaces.some((n) => nss.includes(n)));
}

function serviceNameItems(site: Site, namespace: string | null): Items {
  const seen = new Set<string>();
  return servicesIn(site, namespace)
    .filter((s) => !seen.has(s.name!) && seen.add(s.name!))
    .map((s) => {
      const v = site.snapshot.service(s)!;
      return { label: s.name!, kind: 'reference' as const, detail: `Service (${v.type}) ports ${v.ports.map((p) => p.name ?? p.port).join(', ') || 'none'}` };
    });
}

function servicePortItems(site: Site, name: string | null, namespace: string | null, want: 'name' | 'number'): Items {
  if (!name) return [];
  const out: Items = [];
  const seen = new Set<string>();
  for (const s of servicesIn(site, namespace).filter((x) => x.name === name)) {
    for (const p of site.snapshot.service(s)!.ports) {
      const label = want === 'name' ? p.name : p.port === null ? null : String(p.port);
      if (label === null || seen.has(label)) continue;
      seen.add(label);
      out.push({ label, kind: 'reference', detail: want === 'name' ? `port ${p.port ?? '?'}/${p.protocol} of service/${name}` : `${p.name ? `${p.name}, ` : ''}${p.protocol} port of service/${name}` });
    }
  }
  return out;
}

function backendItems(site: Site): Items {
  const { ctx, resource } = site;
  if (ctx.mode !== 'value') return null;
  const p = ctx.parents;
  if (resource.kind === 'Ingress') {
    if (ctx.key === 'name' && endsWith(p, 'service') && (endsWith(p, 'backend', 'service') || endsWith(p, 'defaultBackend', 'service'))) return serviceNameItems(site, null);
    if ((ctx.key === 'name' || ctx.key === 'number') && endsWith(p, 'service', 'port')) return servicePortItems(site, str(get(mapAbove(site, 1), 'name')), null, ctx.key);
    if (ctx.key === 'serviceName' && endsWith(p, 'backend')) return serviceNameItems(site, null);
    if (ctx.key === 'servicePort' && endsWith(p, 'backend')) return servicePortItems(site, str(get(mapAbove(site, 0), 'serviceName')), null, 'number');
  }
  if (resource.kind.endsWith('Route') && resource.group === 'gateway.networking.k8s.io' && endsWith(p, 'backendRefs', '*')) {
    const ref = mapAbove(site, 0);
    const refKind = str(get(ref, 'kind'));
    if (refKind && refKind !== 'Service') return null;
    const namespace = str(get(ref, 'namespace'));
    if (ctx.key === 'name') return serviceNameItems(site, namespace);
    if (ctx.key === 'port') return servicePortItems(site, str(get(ref, 'name')), namespace, 'number');
  }
  return null;
}

interface EnumSpec {
  kinds: string[];
  /** Parent keys the value sits under (`*` any single key), and its key (null for sequence items). */
  parents: string[];
  key: string | null;
  values: [string, string][];
}

const PROTOCOLS: [string, string][] = [['TCP', 'the default'], ['UDP', ''], ['SCTP', '']];

const ENUMS: EnumSpec[] = [
  { kinds: ['Service'], parents: ['spec'], key: 'type', values: [['ClusterIP', 'a virtual IP inside the cluster (the default)'], ['NodePort', 'ClusterIP plus a port on every node'], ['LoadBalancer', 'NodePort plus an external load balancer'], ['ExternalName', 'a DNS CNAME to spec.externalName']] },
  { kinds: ['Service'], parents: ['spec', 'ports', '*'], key: 'protocol', values: PROTOCOLS },
  { kinds: ['NetworkPolicy'], parents: ['ports', '*'], key: 'protocol', values: PROTOCOLS },
  { kinds: ['*'], parents: ['containers', '*', 'ports', '*'], key: 'protocol', values: PROTOCOLS },
  { kinds: ['Service'], parents: ['spec'], key: 'externalTrafficPolicy', values: [['Cluster', 'any node forwards to any ready pod (the default); hides the client IP'], ['Local', 'only nodes with a ready pod receive traffic; keeps the client IP']] },
  { kinds: ['Service'], parents: ['spec'], key: 'internalTrafficPolicy', values: [['Cluster', 'route to all ready endpoints (the default)'], ['Local', 'route only to endpoints on the same node']] },
  { kinds: ['Service'], parents: ['spec'], key: 'ipFamilyPolicy', values: [['SingleStack', 'one IP family (the default)'], ['PreferDualStack', 'two families when the cluster has them'], ['RequireDualStack', 'two families, or the Service is refused']] },
  { kinds: ['Service'], parents: ['spec'], key: 'sessionAffinity', values: [['None', 'no affinity (the default)'], ['ClientIP', 'a client keeps reaching the same pod']] },
  { kinds: ['Service'], parents: ['spec', 'ipFamilies', '*'], key: null, values: [['IPv4', ''], ['IPv6', '']] },
  { kinds: ['NetworkPolicy'], parents: ['spec', 'policyTypes', '*'], key: null, values: [['Ingress', 'isolate incoming traffic'], ['Egress', 'isolate outgoing traffic']] },
  { kinds: ['Ingress'], parents: ['paths', '*'], key: 'pathType', values: [['Prefix', 'matches by path segments'], ['Exact', 'matches the exact path, case-sensitively'], ['ImplementationSpecific', "left to the IngressClass's controller"]] },
];

function enumItems(site: Site): Items {
  const { ctx, resource } = site;
  if (ctx.mode === 'key') return null;
  const key = ctx.mode === 'value' ? ctx.key : null;
  const spec = ENUMS.find((e) => (e.kinds.includes('*') || e.kinds.includes(resource.kind)) && e.key === key && endsWith(ctx.parents, ...e.parents) && (e.parents[0] !== 'spec' || ctx.parents.length === e.parents.length));
  return spec ? spec.values.map(([label, detail]) => ({ label, kind: 'enum', ...(detail ? { detail } : {}) })) : null;
}
