/**
 * The fields that slipped out of a `metadata:` (the seed article's mistake): `name`, `namespace`, `labels` … beside an
 * empty `metadata:` at an object's top level or in a workload's pod template, and a top-level `labels:` or
 * `annotations:` beside a filled `metadata:` of a built-in kind. metadata-outdented reports them; unknown-field
 * leaves them to it.
 */
import type { YMap, YPair } from '../../syntax/nodes';
import { asMap, asScalar, get, keyText, str } from '../../syntax/nodes';
import { groupOf, isBuiltInApi } from '../../model/resource';
import type { WorkloadKind } from '../../model/workloads';
import { findWorkloadKind } from '../../model/workloads';

const METADATA_FIELDS = ['name', 'generateName', 'namespace', 'labels', 'annotations'];

/** Kinds whose top level legitimately has `namespace` or `labels` (kustomize's own configuration). */
const TOP_LEVEL_FIELD_KINDS = ['Kustomization', 'Component'];

export interface OutdentedGroup {
  metadata: YPair;
  strays: YPair[];
}

export interface BesideMetadata {
  strays: YPair[];
  movable: YPair[];
  metadata: YPair;
}

/** Null when the root is not a block map of an object whose metadata may be outdented. */
export function metadataStrays(root: YMap | null, kinds: WorkloadKind[]): { groups: OutdentedGroup[]; beside: BesideMetadata | null } | null {
  if (!root || root.flow) return null;
  const kindValues = root.items.filter((p) => keyText(p) === 'kind').map((p) => asScalar(p.value)?.value);
  if (kindValues.length === 0 || kindValues.some((k) => typeof k === 'string' && TOP_LEVEL_FIELD_KINDS.includes(k))) return null;
  const template = podTemplateMap(root, kinds);
  return { groups: [...outdentedGroups(root), ...(template ? outdentedGroups(template) : [])], beside: besideMetadata(root) };
}

/** Every pair that `metadataStrays` finds, for rules that leave them to metadata-outdented. */
export function strayPairs(root: YMap | null, kinds: WorkloadKind[]): Set<YPair> {
  const found = metadataStrays(root, kinds);
  return new Set([...(found?.groups.flatMap((g) => g.strays) ?? []), ...(found?.beside?.strays ?? [])]);
}

/** Groups the metadata fields of a map with the (empty) `metadata:` they belong under: the nearest one above. */
function outdentedGroups(root: YMap): OutdentedGroup[] {
  const metas = root.items.filter((p) => keyText(p) === 'metadata');
  const groups = new Map<YPair, YPair[]>();
  for (const p of root.items) {
    const k = keyText(p);
    if (!k || !METADATA_FIELDS.includes(k)) continue;
    const meta = [...metas].reverse().find((m) => m.start < p.start) ?? metas[0];
    if (!meta || !isEmpty(meta)) continue;
    groups.set(meta, [...(groups.get(meta) ?? []), p]);
  }
  return [...groups].map(([metadata, strays]) => ({ metadata, strays }));
}

/**
 * The pod template of a workload (`spec.template`, a CronJob's `spec.jobTemplate.spec.template`, or the path an
 * `additionalWorkloadKinds` entry names), when it is a block map: the same slip one level down leaves the template's
 * metadata empty, and its pods without the labels that selectors match.
 */
function podTemplateMap(root: YMap, kinds: WorkloadKind[]): YMap | null {
  const kind = str(get(root, 'kind'));
  const workload = kind === null ? undefined : findWorkloadKind(kinds, { kind, group: groupOf(str(get(root, 'apiVersion')) ?? '') });
  if (!workload || workload.templatePath.length === 0) return null;
  const template = asMap(get(root, ...workload.templatePath));
  return template && !template.flow ? template : null;
}

/**
 * `labels:` or `annotations:` at the top level of a built-in object whose `metadata:` holds other fields: Kubernetes
 * has no such top-level field, and strict field validation (kubectl's default) rejects it. Only built-in API groups:
 * kustomize's transformer configurations (`apiVersion: builtin`, `kind: LabelTransformer`) and custom resources may
 * have such fields. No move is offered when `metadata:` is a flow map or already has the key.
 */
function besideMetadata(root: YMap): BesideMetadata | null {
  if (!isBuiltInApi(str(get(root, 'apiVersion')))) return null;
  const metas = root.items.filter((p) => keyText(p) === 'metadata');
  const meta = metas.length === 1 ? asMap(metas[0].value) : null;
  if (!meta || meta.items.length === 0) return null;
  const strays = root.items.filter((p) => keyText(p) === 'labels' || keyText(p) === 'annotations');
  if (strays.length === 0) return null;
  const movable = meta.flow ? [] : strays.filter((p) => !meta.items.some((m) => keyText(m) === keyText(p)));
  return { strays, movable, metadata: metas[0] };
}

function isEmpty(meta: YPair): boolean {
  if (!meta.value) return true;
  const m = asMap(meta.value);
  if (m) return m.items.length === 0;
  const s = asScalar(meta.value);
  return !!s && s.value === null;
}
