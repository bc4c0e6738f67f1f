/**
 * Ports that live outside the pod's own network namespace: Service node ports (one set per cluster) and container
 * host ports (one set per node). Two objects can only collide when they are deployed together, which a workspace of
 * several projects does not say outright: objects in the same folder, or gathered by the same kustomization, are.
 */
import { dirname } from '../paths';
import { get, str } from '../syntax/nodes';
import type { Resource } from './resource';
import type { Snapshot } from './snapshot';

const reachingCache = new WeakMap<Snapshot, Map<string, Set<string>>>();

/** The kustomizations that include the file, directly or through other kustomizations; cached per snapshot. */
function kustomizationsReaching(snapshot: Snapshot, uri: string): Set<string> {
  let cache = reachingCache.get(snapshot);
  if (!cache) reachingCache.set(snapshot, (cache = new Map()));
  let found = cache.get(uri);
  if (!found) cache.set(uri, (found = computeReaching(snapshot, uri)));
  return found;
}

function computeReaching(snapshot: Snapshot, uri: string): Set<string> {
  const out = new Set(snapshot.kustomizeContext(uri)?.via ?? []);
  let grew = true;
  while (grew) {
    grew = false;
    for (const k of snapshot.kustomizations) {
      if (out.has(k.uri)) continue;
      if (k.entries.some((e) => [...out].some((u) => dirname(u) === e || u === e))) {
        out.add(k.uri);
        grew = true;
      }
    }
  }
  return out;
}

/** True when two objects are applied together: the same folder, or a kustomization that gathers both. */
export function deployedTogether(snapshot: Snapshot, a: Resource, b: Resource): boolean {
  if (dirname(a.uri) === dirname(b.uri)) return true;
  const ka = kustomizationsReaching(snapshot, a.uri);
  if (ka.size === 0) return false;
  return [...kustomizationsReaching(snapshot, b.uri)].some((k) => ka.has(k));
}

/**
 * True when two objects are copies of one (the same kind and name: an example copied to several folders, a base and
 * its rendered output), which replace each other when applied, or pods of one controller (listed from a cluster),
 * which are replicas of one workload rather than two workloads.
 */
export function sameObject(a: Resource, b: Resource): boolean {
  const ia = identity(a);
  return ia !== null && ia === identity(b);
}

const identities = new WeakMap<Resource, string | null>();

/** What makes two objects one (see `sameObject`), remembered per object: rules compare every pair of some kind. */
function identity(r: Resource): string | null {
  let id = identities.get(r);
  if (id === undefined) identities.set(r, (id = readIdentity(r)));
  return id;
}

function readIdentity(r: Resource): string | null {
  const owner = get(r.node, 'metadata', 'ownerReferences', 0);
  const ownerName = str(get(owner, 'name'));
  if (ownerName) return `${str(get(owner, 'kind')) ?? ''}/${ownerName}`;
  return r.name === null ? null : `${r.kind}/${r.name}`;
}

/** The host address a hostPort binds: unset and 0.0.0.0 both mean every address. */
export function hostAddress(hostIP: string | null): string {
  return hostIP === null || hostIP === '' || hostIP === '0.0.0.0' ? '0.0.0.0' : hostIP;
}
