/**
 * Objects as a kustomization builds them: pod templates with the labels it adds, Service selectors with the labels it
 * adds, names with its prefix and suffix. Only what matters for links; the objects as written stay as they are.
 */
import type { YNode, YPair } from '../syntax/nodes';
import { getPair, pairOf } from '../syntax/nodes';
import type { KustomizeVariant, LabelMap } from './kustomize';
import type { Resource } from './resource';
import type { Requirement, Selector } from './selectors';
import type { ServiceView } from './service';
import type { PodTemplate } from './workloads';

/** Where a label that a kustomization adds points in the object: its labels line, else its metadata or kind. */
function anchorPair(node: YNode, r: Resource): YPair | null {
  return getPair(node, 'metadata', 'labels') ?? getPair(node, 'metadata') ?? pairOf(r.node, 'kind');
}

function adds(existing: { key: string; value: string }[], added: LabelMap): boolean {
  return Object.entries(added).some(([k, v]) => !existing.some((e) => e.key === k && e.value === v));
}

/** The template as the variant's kustomization builds it, or null when the kustomization adds no label to it. */
export function variantTemplate(t: PodTemplate, variant: KustomizeVariant): PodTemplate | null {
  const added = variant.transform.templateLabels;
  const anchor = anchorPair(t.node, t.owner);
  if (!anchor || !adds(t.labels, added)) return null;
  return {
    ...t,
    labels: [...t.labels.filter((l) => !(l.key in added)), ...Object.entries(added).map(([key, value]) => ({ key, value, pair: anchor }))],
    via: variant.root,
    base: t,
  };
}

/**
 * The Service's selector as the variant's kustomization builds it, or null when it adds nothing. kustomize adds its
 * selector labels to `spec.selector` and creates the selector when there is none.
 */
export function variantSelector(svc: ServiceView, variant: KustomizeVariant): { selector: Selector; via: string } | null {
  const added = variant.transform.selectorLabels;
  const written = svc.selector?.requirements ?? [];
  const node = svc.selectorNode ?? pairOf(svc.resource.node, 'kind')?.key;
  if (!node || !adds(written.map((q) => ({ key: q.key, value: q.values[0] ?? '' })), added)) return null;
  const requirements: Requirement[] = [...written.filter((q) => !(q.key in added)), ...Object.entries(added).map(([key, value]) => ({ key, operator: 'In' as const, values: [value], node }))];
  return { selector: { requirements, empty: false, unreadable: false }, via: variant.root };
}

/** The object's name as the variant builds it, when its prefix or suffix changes it. */
export function variantName(r: Resource, variant: KustomizeVariant): string | null {
  const { namePrefix, nameSuffix } = variant.transform;
  // kustomize leaves Namespaces and cluster-wide objects such as CRDs alone; the name transformer skips Namespace.
  if (r.name === null || (!namePrefix && !nameSuffix) || r.kind === 'Namespace' || r.kind === 'CustomResourceDefinition') return null;
  return `${namePrefix}${r.name}${nameSuffix}`;
}

/** An object as one kustomization builds it: its name and `metadata.labels` after the transformers, for hovers. */
export interface BuiltObject {
  /** The outermost kustomization of the build. */
  via: string;
  name: string | null;
  labels: LabelMap;
}

export function builtObject(r: Resource, variant: KustomizeVariant): BuiltObject {
  const labels: LabelMap = {};
  for (const l of r.labels) labels[l.key] = l.value;
  return { via: variant.root, name: variantName(r, variant) ?? r.name, labels: { ...labels, ...variant.transform.metadataLabels } };
}
