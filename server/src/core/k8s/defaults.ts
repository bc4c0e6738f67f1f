/**
 * The v1 defaulting the API server applies before validation (`pkg/apis/core/v1/defaults.go`, the Service registry
 * strategy and REST allocation), as small functions over the YAML tree. Validation rules judge the defaulted object:
 * e.g. `sessionAffinityConfig` with `sessionAffinity: None` is deleted, not rejected, and an absent `targetPort`
 * becomes `port`.
 */
import type { YNode } from '../syntax/nodes';
import { asMap, asSeq, get } from '../syntax/nodes';
import { goValue } from './goyaml';

/** A string field's value as Go decodes it, or '' when absent, null or not a string. */
export function stringField(node: YNode | null | undefined, ...path: string[]): string {
  const v = goValue(get(node, ...path));
  return v && v.type === 'string' ? v.value : '';
}

/** `ports[].protocol` (Service, container, Endpoints, EndpointSlice, NetworkPolicy) defaults to TCP. */
export function defaultedProtocol(port: YNode | null | undefined): string {
  return stringField(port, 'protocol') || 'TCP';
}

/** `spec.type` defaults to ClusterIP. */
export function serviceType(spec: YNode | null | undefined): string {
  return stringField(spec, 'type') || 'ClusterIP';
}

/** `spec.sessionAffinity` defaults to None; with None, `sessionAffinityConfig` is deleted. */
export function sessionAffinity(spec: YNode | null | undefined): string {
  return stringField(spec, 'sessionAffinity') || 'None';
}

/** The number of entries of a list field (0 when absent or not a list). */
export function listLength(node: YNode | null | undefined, ...path: string[]): number {
  return asSeq(get(node, ...path))?.items.length ?? 0;
}

/**
 * `ExternallyAccessible` in pkg/api/service/util.go: NodePort and LoadBalancer Services, and ClusterIP Services with
 * external IPs. Only these may set `externalTrafficPolicy`, and only these get it defaulted to Cluster.
 */
export function externallyAccessible(spec: YNode | null | undefined): boolean {
  const type = serviceType(spec);
  return type === 'NodePort' || type === 'LoadBalancer' || (type === 'ClusterIP' && listLength(spec, 'externalIPs') > 0);
}

export interface ClusterIPEntry {
  value: string;
  /** The node it was written at; for a copied `clusterIP` this is the singular field's value. */
  node: YNode;
}

/**
 * `spec.clusterIPs` after `normalizeClusterIPs`: a set `clusterIP` is copied into an empty `clusterIPs`, never the
 * reverse. Entries that are not strings are kept as '' (decoding fails on them; another check reports it).
 */
export function normalizedClusterIPs(spec: YNode | null | undefined): ClusterIPEntry[] {
  const written = asSeq(get(spec, 'clusterIPs'))?.items ?? [];
  if (written.length > 0) return written.map((node) => ({ value: stringField(node), node }));
  const single = get(spec, 'clusterIP');
  const value = stringField(single);
  return single && value !== '' ? [{ value, node: single }] : [];
}

/** True for `clusterIP: None` (after normalization, `clusterIPs: [None]` too). */
export function isHeadless(spec: YNode | null | undefined): boolean {
  return normalizedClusterIPs(spec)[0]?.value === 'None';
}

/**
 * `spec.ipFamilyPolicy` after `initIPFamilyFields`: SingleStack unless written, except for a headless Service without
 * selector, which gets RequireDualStack.
 */
export function ipFamilyPolicy(spec: YNode | null | undefined): string {
  const written = stringField(spec, 'ipFamilyPolicy');
  if (written) return written;
  return isHeadless(spec) && !hasSelector(spec) ? 'RequireDualStack' : 'SingleStack';
}

function hasSelector(spec: YNode | null | undefined): boolean {
  return (asMap(get(spec, 'selector'))?.items.length ?? 0) > 0;
}
