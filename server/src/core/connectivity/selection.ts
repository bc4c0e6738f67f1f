/**
 * Label selection for connectivity: pods by their own labels (exactly as written, no runtime labels assumed), and
 * namespaces by the labels of their Namespace objects, where a namespace without an object has only
 * `kubernetes.io/metadata.name`, as the API server sets it.
 */
import type { Snapshot } from '../model/snapshot';
import type { LabelSource, Selector } from '../model/selectors';
import { selectorMatches } from '../model/selectors';
import { knownNamespaces, NAMESPACE_NAME_LABEL } from '../model/networkPolicy';
import type { PodLike } from './peers';

const NO_RUNTIME_KEYS: ReadonlySet<string> = new Set();

export class Selection {
  private readonly namespaces = new Map<string, LabelSource>();
  private readonly pods = new WeakMap<PodLike, LabelSource>();

  constructor(snapshot: Snapshot) {
    for (const ns of knownNamespaces(snapshot)) this.namespaces.set(ns.name, source(new Map(ns.labels.map((l) => [l.key, l.value]))));
  }

  namespaceLabels(name: string): LabelSource {
    let s = this.namespaces.get(name);
    if (!s) this.namespaces.set(name, (s = source(new Map([[NAMESPACE_NAME_LABEL, name]]))));
    return s;
  }

  /** A selector that could not be read matches nothing: the API server would refuse the object. */
  namespaceMatches(sel: Selector, name: string): boolean {
    return !sel.unreadable && selectorMatches(sel, this.namespaceLabels(name));
  }

  podMatches(sel: Selector, pod: PodLike): boolean {
    if (sel.unreadable) return false;
    let s = this.pods.get(pod);
    if (!s) this.pods.set(pod, (s = source(pod.labels)));
    return selectorMatches(sel, s);
  }
}

function source(map: ReadonlyMap<string, string>): LabelSource {
  return { get: (k) => map.get(k), runtimeKeys: NO_RUNTIME_KEYS };
}
