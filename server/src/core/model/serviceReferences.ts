/**
 * Services named in configuration: the cluster DNS names (model/serviceDns.ts) written in a container's `env` values,
 * `args` and `command`, and in a ConfigMap's `data`, as Service references (model/serviceRef.ts) that the link graph,
 * the hover and `service-reference-unresolved` read. `intendedConnections` lists them per workload, with the ConfigMaps
 * its pods read, for the reachability work: they are the connections the application means to make.
 */
import { asMap, asScalar, get, seqItems, str } from '../syntax/nodes';
import type { YNode, YScalar } from '../syntax/nodes';
import { dnsNamesIn } from './serviceDns';
import type { DnsName } from './serviceDns';
import { knownNamespaces } from './networkPolicy';
import type { Resource } from './resource';
import { isNearby, referencedServices } from './serviceRef';
import type { ServiceRef } from './serviceRef';
import type { Snapshot } from './snapshot';
import type { Container } from './workloads';

export interface ServiceDnsRef extends ServiceRef {
  port: number | null;
  /** The name as parsed, offsets absolute. */
  dns: DnsName;
  /** Where it is written, in words: `env CART_URL of container 'web'`, `data key 'nginx.conf'`. */
  where: string;
}

/** A scalar of configuration that may name Services, and what it is. */
interface ConfigText {
  node: YScalar;
  where: string;
}

const cache = new WeakMap<Snapshot, WeakMap<Resource, ServiceDnsRef[]>>();

/** The Service references written in the object's configuration: a pod source's containers, or a ConfigMap's data. */
export function serviceReferencesOf(snapshot: Snapshot, r: Resource): ServiceDnsRef[] {
  let mine = cache.get(snapshot);
  if (!mine) cache.set(snapshot, (mine = new WeakMap()));
  let refs = mine.get(r);
  if (!refs) mine.set(r, (refs = r.templated ? [] : configTexts(snapshot, r).flatMap((t) => refsIn(snapshot, r, t))));
  return refs;
}

function configTexts(snapshot: Snapshot, r: Resource): ConfigText[] {
  if (r.kind === 'ConfigMap' && r.group === '') {
    return (asMap(get(r.node, 'data'))?.items ?? []).flatMap((p) => scalarText(p.value, `data key '${str(p.key) ?? '?'}'`));
  }
  return (snapshot.templateOf(r)?.containers ?? []).flatMap(containerTexts);
}

function containerTexts(c: Container): ConfigText[] {
  const of = `of container '${c.name ?? '?'}'`;
  return [
    ...seqItems(get(c.node, 'env')).flatMap((e) => scalarText(get(e, 'value'), `env ${str(get(e, 'name')) ?? '?'} ${of}`)),
    ...seqItems(get(c.node, 'command')).flatMap((a) => scalarText(a, `command ${of}`)),
    ...seqItems(get(c.node, 'args')).flatMap((a) => scalarText(a, `args ${of}`)),
  ];
}

function scalarText(node: YNode | null, where: string): ConfigText[] {
  const s = asScalar(node);
  return s && typeof s.value === 'string' ? [{ node: s, where }] : [];
}

/**
 * The references in one scalar that are clearly Services: a `.svc` name; `<svc>.<ns>` when the workspace knows the
 * namespace; a bare `<svc>` only when such a Service lives nearby in the referrer's namespace (see serviceDns.ts).
 */
function refsIn(snapshot: Snapshot, r: Resource, text: ConfigText): ServiceDnsRef[] {
  const out: ServiceDnsRef[] = [];
  for (const found of dnsNamesIn(text.node.raw, snapshot.config.clusterDomain)) {
    const dns = { ...found, start: text.node.start + found.start, end: text.node.start + found.end, portStart: at(text.node, found.portStart), portEnd: at(text.node, found.portEnd) };
    const nameStart = dns.start + (dns.pod === null ? 0 : dns.pod.length + 1);
    const ref: ServiceDnsRef = {
      from: r,
      name: dns.service,
      nameNode: { start: nameStart, end: nameStart + dns.service.length },
      namespaces: dns.namespace === null ? r.namespaces : [dns.namespace],
      crossNamespace: dns.namespace !== null && !r.namespaces.includes(dns.namespace),
      port: dns.port,
      portNode: dns.portStart === null ? null : { start: dns.portStart, end: dns.portEnd! },
      dns,
      where: text.where,
    };
    if (dns.form === 'namespaced' && !knownNamespaces(snapshot).some((n) => n.name === dns.namespace)) continue;
    if (dns.form === 'bare' && !referencedServices(snapshot, ref).some((s) => isNearby(r.uri, s.uri))) continue;
    out.push(ref);
  }
  return out;
}

/**
 * True for a Service every cluster has, that manifests never define: the API server's `kubernetes` in `default`, and
 * whatever lives in the `kube-` namespaces (`kube-dns`, `metrics-server`, …), which the cluster's installer manages.
 */
export function isClusterService(name: string, namespace: string): boolean {
  return namespace.startsWith('kube-') || (name === 'kubernetes' && namespace === 'default');
}

function at(node: YScalar, offset: number | null): number | null {
  return offset === null ? null : node.start + offset;
}

/** A connection a workload's configuration asks for: the reference, and the Services it reaches (empty: none found). */
export interface IntendedConnection {
  ref: ServiceDnsRef;
  services: Resource[];
}

/**
 * The connections a workload means to make: the Services its containers' env, args and command name, and those named
 * in the ConfigMaps its pods read (`envFrom`, `env[].valueFrom.configMapKeyRef`, `configMap` and projected volumes) in
 * its namespaces. Plain data, for the reachability work to weigh against the NetworkPolicies.
 */
export function intendedConnections(snapshot: Snapshot, workload: Resource): IntendedConnection[] {
  const sources = [workload, ...configMapsRead(snapshot, workload)];
  return sources.flatMap((r) => serviceReferencesOf(snapshot, r)).map((ref) => ({ ref, services: referencedServices(snapshot, ref) }));
}

function configMapsRead(snapshot: Snapshot, workload: Resource): Resource[] {
  const t = snapshot.templateOf(workload);
  if (!t) return [];
  const names = new Set<string>();
  const add = (n: YNode | null) => {
    const name = str(n);
    if (name) names.add(name);
  };
  for (const c of t.containers) {
    for (const e of seqItems(get(c.node, 'envFrom'))) add(get(e, 'configMapRef', 'name'));
    for (const e of seqItems(get(c.node, 'env'))) add(get(e, 'valueFrom', 'configMapKeyRef', 'name'));
  }
  for (const v of seqItems(get(t.spec, 'volumes'))) {
    add(get(v, 'configMap', 'name'));
    for (const s of seqItems(get(v, 'projected', 'sources'))) add(get(s, 'configMap', 'name'));
  }
  const found = new Set<Resource>();
  for (const name of names) for (const ns of workload.namespaces) for (const cm of snapshot.lookup('ConfigMap', ns, name, workload.uri)) found.add(cm);
  return [...found];
}
