/**
 * Deployment units: the files that are applied together. A kustomization's build (the files it and the overlays above
 * it build), a Helm chart (its folder), or else the manifests of one folder (`kubectl apply -f dir/`). The link policy
 * (ARCHITECTURE.md, docs/rules.md) rests on it: when the unit defines objects of the kind a reference names, in its
 * namespace, a reference that reaches none of them is broken; otherwise only evidence (a near-typo, the target in
 * another namespace) makes it a mistake, since the target may well be created elsewhere.
 */
import { dirname, isWithin } from '../paths';

/** What units are read from: the snapshot's kustomize builds and charts (an interface, so the snapshot can ask too). */
export interface UnitSource {
  kustomizeContext(uri: string): { builtBy: ReadonlySet<string> } | undefined;
  charts(): readonly { root: string }[];
  readonly resources: readonly UnitObject[];
}

interface UnitObject {
  uri: string;
  kind: string;
  group: string;
  name: string | null;
  namespaces: readonly string[];
}

export interface DeploymentUnit {
  kind: 'kustomization' | 'chart' | 'folder';
  /** The kustomization files whose builds hold the file, the chart's folder, or the folder. */
  keys: ReadonlySet<string>;
}

export function unitOf(snapshot: UnitSource, uri: string): DeploymentUnit {
  const built = snapshot.kustomizeContext(uri)?.builtBy;
  if (built && built.size > 0) return { kind: 'kustomization', keys: built };
  const chart = snapshot.charts().find((c) => isWithin(uri, c.root));
  if (chart) return { kind: 'chart', keys: new Set([chart.root]) };
  const folder = dirname(uri);
  return { kind: 'folder', keys: new Set([alternativesIn(snapshot).has(folder) ? uri : folder]) };
}

const alternatives = new WeakMap<UnitSource, Set<string>>();

/**
 * The folders that cannot be applied as one: two of their files define the same object (kind, namespace and name),
 * as a folder of examples does, each file an alternative to the others (the Kubernetes documentation's
 * `examples/service/networking/`). There each file is its own unit. Worked out once per snapshot, which never changes.
 */
function alternativesIn(snapshot: UnitSource): Set<string> {
  const known = alternatives.get(snapshot);
  if (known) return known;
  const seen = new Map<string, string>();
  const out = new Set<string>();
  for (const r of snapshot.resources) {
    if (r.name === null) continue;
    const folder = dirname(r.uri);
    const key = `${folder}\0${r.kind}\0${r.namespaces[0] ?? ''}\0${r.name}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, r.uri);
    else if (first !== r.uri) out.add(folder);
  }
  alternatives.set(snapshot, out);
  return out;
}

/** True when the two files are applied together: one build, one chart, or one folder outside both. */
export function sameUnit(snapshot: UnitSource, a: string, b: string): boolean {
  if (a === b) return true;
  const ua = unitOf(snapshot, a);
  const ub = unitOf(snapshot, b);
  return ua.kind === ub.kind && [...ua.keys].some((k) => ub.keys.has(k));
}

/** How a message names the unit of a file: "this folder", "the build of kustomization overlays/prod", "chart web". */
export function describeUnit(snapshot: UnitSource, uri: string): string {
  const unit = unitOf(snapshot, uri);
  const [first] = unit.keys;
  if (unit.kind === 'folder') return first === uri ? 'this file' : 'this folder';
  if (unit.kind === 'chart') return `this chart (${first.slice(first.lastIndexOf('/') + 1)})`;
  const folder = dirname(first);
  return `the build of the kustomization in ${folder.slice(folder.lastIndexOf('/') + 1)}/`;
}

/**
 * Namespaces whose objects the cluster installs (DNS, the dashboard, cloud add-ons): a unit that puts its own objects
 * there does not define everything that lives there, so its own Services or pods there are no evidence that a missing
 * one is a mistake.
 */
const CLUSTER_NAMESPACES = ['kube-system', 'kube-public', 'kube-node-lease'];

/** The namespaces in which what a unit defines is the whole story (all but the cluster's own). */
export function unitNamespaces(namespaces: readonly string[]): string[] {
  return namespaces.filter((n) => !CLUSTER_NAMESPACES.includes(n));
}

/** The core Services of a file's unit in any of the namespaces (the cluster's own left out, see unitNamespaces). */
export function unitServices<T extends UnitObject>(snapshot: UnitSource & { ofKind(kind: string): T[] }, uri: string, namespaces: readonly string[]): T[] {
  const own = unitNamespaces(namespaces);
  return snapshot.ofKind('Service').filter((s) => s.group === '' && s.name !== null && s.namespaces.some((n) => own.includes(n)) && sameUnit(snapshot, uri, s.uri));
}
