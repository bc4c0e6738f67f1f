/**
 * Reads kustomization files for linking purposes: which files each one includes (directories and nested
 * kustomizations too, recursively) and which namespace it puts them in. Remote bases (URLs) are unknown and skipped.
 */
import type { YMap, YNode } from '../syntax/nodes';
import { asMap, asScalar, get, seqItems, str, stringEntries } from '../syntax/nodes';
import { basename, dirname, joinPath } from '../paths';

export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export function isKustomizationFile(uri: string): boolean {
  return KUSTOMIZATION_NAMES.includes(basename(uri));
}

export interface Kustomization {
  uri: string;
  dir: string;
  namespace: string | null;
  /** Local entries of `resources`, `bases` and `components`, resolved against the kustomization's folder. */
  entries: string[];
  /** Remote bases (URLs, git repositories): what they hold is unknown. */
  remote: { url: string; start: number; end: number }[];
  /** Files named as patches: partial objects that modify resources, not resources of their own. */
  patchFiles: string[];
  /** True when `commonLabels`, or `labels` with `includeSelectors: true`, adds labels to selectors too. */
  addsSelectorLabels: boolean;
  /** What the kustomization's own transformers do to the objects it builds. */
  transform: KustomizeTransform;
}

/** Labels as a plain map, in order. */
export type LabelMap = Record<string, string>;

/**
 * What `kustomize build` does to an object, for linking purposes: labels added to `metadata.labels`, to selectors
 * (Service `spec.selector`, workload `spec.selector`) and to pod templates, and the name prefix and suffix.
 */
export interface KustomizeTransform {
  metadataLabels: LabelMap;
  selectorLabels: LabelMap;
  templateLabels: LabelMap;
  namePrefix: string;
  nameSuffix: string;
}

export const NO_TRANSFORM: KustomizeTransform = { metadataLabels: {}, selectorLabels: {}, templateLabels: {}, namePrefix: '', nameSuffix: '' };

function labelMap(node: YNode | null): LabelMap {
  const out: LabelMap = {};
  for (const e of stringEntries(node)) out[e.key] = e.value;
  return out;
}

/**
 * `commonLabels` go everywhere: metadata, selectors and templates. A `labels` entry goes to metadata, to selectors and
 * templates with `includeSelectors: true`, and to templates alone with `includeTemplates: true`.
 */
function readTransform(m: YMap): KustomizeTransform {
  const common = labelMap(get(m, 'commonLabels'));
  const t: KustomizeTransform = { metadataLabels: { ...common }, selectorLabels: { ...common }, templateLabels: { ...common }, namePrefix: str(get(m, 'namePrefix')) ?? '', nameSuffix: str(get(m, 'nameSuffix')) ?? '' };
  for (const entry of seqItems(get(m, 'labels'))) {
    const pairs = labelMap(get(entry, 'pairs'));
    const selectors = asScalar(get(entry, 'includeSelectors'))?.value === true;
    const templates = selectors || asScalar(get(entry, 'includeTemplates'))?.value === true;
    Object.assign(t.metadataLabels, pairs);
    if (selectors) Object.assign(t.selectorLabels, pairs);
    if (templates) Object.assign(t.templateLabels, pairs);
  }
  return t;
}

/** The transform of an outer kustomization applied after an inner one: outer labels win, prefixes nest. */
export function composeTransforms(inner: KustomizeTransform, outer: KustomizeTransform): KustomizeTransform {
  return {
    metadataLabels: { ...inner.metadataLabels, ...outer.metadataLabels },
    selectorLabels: { ...inner.selectorLabels, ...outer.selectorLabels },
    templateLabels: { ...inner.templateLabels, ...outer.templateLabels },
    namePrefix: outer.namePrefix + inner.namePrefix,
    nameSuffix: inner.nameSuffix + outer.nameSuffix,
  };
}

export function isIdentity(t: KustomizeTransform): boolean {
  return !t.namePrefix && !t.nameSuffix && [t.metadataLabels, t.selectorLabels, t.templateLabels].every((l) => Object.keys(l).length === 0);
}

export function readKustomization(uri: string, root: YNode | null): Kustomization | null {
  const m = asMap(root);
  if (!m) return null;
  const kind = str(get(m, 'kind'));
  if (kind !== null && kind !== 'Kustomization' && kind !== 'Component') return null;
  const dir = dirname(uri);
  const entries: string[] = [];
  const remote: Kustomization['remote'] = [];
  for (const key of ['resources', 'bases', 'components']) {
    for (const item of seqItems(get(m, key))) {
      const s = str(item);
      if (!s) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^(git@|github\.com\/)/.test(s) || s.includes('?ref=')) remote.push({ url: s, start: item.start, end: item.end });
      else entries.push(joinPath(dir, s));
    }
  }
  const patchFiles: string[] = [];
  for (const item of seqItems(get(m, 'patchesStrategicMerge'))) {
    const s = str(item);
    if (s && !s.includes('\n')) patchFiles.push(joinPath(dir, s));
  }
  for (const key of ['patches', 'patchesJson6902']) {
    for (const item of seqItems(get(m, key))) {
      const s = str(get(item, 'path')) ?? str(item);
      if (s && !s.includes('\n')) patchFiles.push(joinPath(dir, s));
    }
  }
  const commonLabels = asMap(get(m, 'commonLabels'));
  const addsSelectorLabels =
    (commonLabels !== null && commonLabels.items.length > 0) ||
    seqItems(get(m, 'labels')).some((l) => asScalar(get(l, 'includeSelectors'))?.value === true && (asMap(get(l, 'pairs'))?.items.length ?? 0) > 0);
  return { uri, dir, namespace: str(get(m, 'namespace')), entries, remote, patchFiles, addsSelectorLabels, transform: readTransform(m) };
}

/** A file is a patch when a kustomization names it so, or when its name says so (`*patch*.yaml`, `patches/`). */
export function looksLikePatchFile(uri: string): boolean {
  return /(^|[-_.])patch(es)?([-_.]|$)/i.test(basename(uri)) || /\/patch(es)?\//i.test(uri);
}

/** What the kustomizations that reach a file do to its objects, for linking purposes. */
export interface KustomizeContext {
  /** Namespaces kustomizations put the file's objects in; a base shared by overlays can land in several. */
  namespaces: Set<string>;
  /** True when some kustomization reaching the file adds labels to selectors (so a missing selector is filled in). */
  addsSelectorLabels: boolean;
  /** The kustomization files that list it. */
  via: string[];
  /** Every kustomization whose build includes it: those that list it and the overlays above them. */
  builtBy: Set<string>;
  /**
   * One variant per kustomization that builds the file (directly or through bases) and transforms it: a base reached
   * by two overlays has two variants. Each is what that kustomization's `kustomize build` makes of the file's objects.
   */
  variants: KustomizeVariant[];
}

export interface KustomizeVariant {
  /** The outermost kustomization of the build. */
  root: string;
  transform: KustomizeTransform;
}

export function kustomizeContexts(kustomizations: Kustomization[], allFiles: string[]): Map<string, KustomizeContext> {
  const byDir = new Map<string, Kustomization>();
  for (const k of kustomizations) byDir.set(k.dir, k);
  const filesSet = new Set(allFiles);
  const result = new Map<string, KustomizeContext>();

  const visit = (k: Kustomization, root: Kustomization, inheritedNs: string | null, inheritedLabels: boolean, outer: KustomizeTransform, seen: Map<string, string>) => {
    if (seen.has(k.dir)) return;
    seen.set(k.dir, k.uri);
    // The outermost kustomization's namespace wins, as kustomize's namespace transformer runs last there.
    const ns = inheritedNs ?? k.namespace;
    const labels = inheritedLabels || k.addsSelectorLabels;
    const transform = composeTransforms(k.transform, outer);
    for (const entry of k.entries) {
      const sub = byDir.get(entry);
      if (sub) {
        visit(sub, root, ns, labels, transform, seen);
      } else if (filesSet.has(entry)) {
        let ctx = result.get(entry);
        if (!ctx) result.set(entry, (ctx = { namespaces: new Set(), addsSelectorLabels: false, via: [], builtBy: new Set(), variants: [] }));
        for (const uri of seen.values()) ctx.builtBy.add(uri);
        if (ns) ctx.namespaces.add(ns);
        ctx.addsSelectorLabels ||= labels;
        if (!ctx.via.includes(k.uri)) ctx.via.push(k.uri);
        if (!isIdentity(transform) && !ctx.variants.some((v) => sameTransform(v.transform, transform))) ctx.variants.push({ root: root.uri, transform });
      }
    }
    seen.delete(k.dir);
  };
  for (const k of kustomizations) visit(k, k, null, false, NO_TRANSFORM, new Map());
  return result;
}

function sameTransform(a: KustomizeTransform, b: KustomizeTransform): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
