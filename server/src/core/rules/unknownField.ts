import type { YPair } from '../syntax/nodes';
import { asMap, asScalar, get, keyText } from '../syntax/nodes';
import { didYouMean, lineEndAt, lineStartAt } from '../strings';
import { schemaOf } from '../k8s/schema';
import type { UnknownField } from '../k8s/fieldPlaces';
import { unknownFields } from '../k8s/fieldPlaces';
import { removalOf } from '../k8s/apiRemovals';
import { findWorkloadKind } from '../model/workloads';
import { strayPairs } from './_shared/metadataStrays';
import { moveLinesEdits } from './_shared/moveLines';
import type { ResourceContext, ResourceRule } from './types';
import { OBJECT_ERROR } from './apiValidation';

interface Suggestion {
  /** The path the field has where it belongs, or its corrected name. */
  path: string;
  data?: { rename: string } | { insertAt: number; moves: [number, number][]; indent: string };
}

/** Where a misplaced field belongs: one level down (`spec.template.labels` → `metadata.labels`), one up, or a typo. */
function suggest(text: string, u: UnknownField): Suggestion | null {
  const key = keyText(u.pair)!;
  const base = u.path.slice(0, u.path.length - key.length);
  const movable = !u.map.flow && text.slice(lineStartAt(text, u.pair.start), u.pair.start).trim() === '';
  const lines: [number, number][] = [[lineStartAt(text, u.pair.start), lineEndAt(text, u.pair.end)]];
  const down = [...u.type.fields].filter(([, shape]) => shape.kind === 'object' && shape.type.fields.has(key)).map(([name]) => name);
  const into = down.includes('metadata') ? 'metadata' : down.length === 1 ? down[0] : null;
  if (into) {
    const target = u.map.items.find((p) => keyText(p) === into);
    return { path: `${base}${into}.${key}`, ...(movable && target ? moveInto(text, target, lines) : {}) };
  }
  const parent = u.parent;
  if (parent && parent.type.fields.has(key) && !parent.map.items.some((p) => keyText(p) === key)) {
    const column = parent.pair.key.start - lineStartAt(text, parent.pair.key.start);
    const up = movable && !parent.map.flow ? { data: { insertAt: lineEndAt(text, parent.pair.end), moves: lines, indent: ' '.repeat(column) } } : {};
    return { path: `${base.replace(/(\.|^)[^.]*\.$/, '$1').replace(/\[[^\]]*\]\.?$/, '')}${key}`.replace(/^\./, ''), ...up };
  }
  // A label written straight under a selector: `selector: {app: web}` where a LabelSelector wants `matchLabels`.
  const maps = [...u.type.fields].filter(([, shape]) => shape.kind === 'map' && shape.type === null).map(([name]) => name);
  if (maps.length === 1 && u.type.fields.has('matchExpressions') && asScalar(u.pair.value)) {
    const target = u.map.items.find((p) => keyText(p) === maps[0]);
    return { path: `${base}${maps[0]}.${key}`, ...(movable && target ? moveInto(text, target, lines) : {}) };
  }
  const typo = didYouMean(key, u.type.fields.keys());
  return typo ? { path: `${base}${typo}`, data: { rename: typo } } : null;
}

/** The move of the field's lines into an existing block map (or an empty `metadata:`). */
function moveInto(text: string, target: YPair, lines: [number, number][]): Pick<Suggestion, 'data'> {
  const map = asMap(target.value);
  if (map?.flow) return {};
  const column = (p: YPair) => p.key.start - lineStartAt(text, p.key.start);
  const first = map?.items[0];
  const indent = first ? column(first) : column(target) + 2;
  return { data: { insertAt: lineEndAt(text, target.end), moves: lines, indent: ' '.repeat(indent) } };
}

function isFragment(ctx: ResourceContext): boolean {
  const r = ctx.resource;
  const workload = findWorkloadKind(ctx.snapshot.workloadKinds, r);
  return !!workload && workload.templatePath.length > 0 && !get(r.node, ...workload.templatePath);
}

export const unknownField: ResourceRule = {
  id: 'unknown-field',
  title: 'Unknown field',
  description:
    "A field that the object's kind has no place for where it is written, by the Kubernetes OpenAPI schema of the built-in kinds (custom resources are not checked). `kubectl apply` validates strictly by default and refuses the object (`unknown field \"spec.template.labels\"`). When the field belongs one level down or up (the same indentation slip as the seed article's `name:` out of `metadata:`), or is a typo of a field, the message says where it belongs. The schema is that of Kubernetes 1.34 (kubernetes-models 5.1): fields added after it are not known.",
  remediation: 'Move the field to where it belongs (the quick fix does it), correct its name, or remove it.',
  ...OBJECT_ERROR,
  check(ctx) {
    const r = ctx.resource;
    const type = schemaOf(r.apiVersion, r.kind);
    // A version the cluster no longer serves is reported as such (api-version-removed): its schema is moot, and the
    // fields of the version to move to may be right. A workload without a pod template is a fragment (a kustomize
    // patch whose kustomization is elsewhere), never applied as it is.
    if (!type || removalOf(r.apiVersion, r.kind, ctx.config.kubernetesVersion) || isFragment(ctx)) return;
    const strays = strayPairs(asMap(ctx.doc.root), ctx.snapshot.workloadKinds);
    for (const u of unknownFields(r.node, type)) {
      // `status` is written by the cluster, not by hand: dumps of older clusters carry a NetworkPolicy `status: {}`.
      if (strays.has(u.pair) || u.path === 'status') continue;
      const s = suggest(ctx.file.text, u);
      ctx.report({
        start: u.pair.key.start,
        end: u.pair.key.end,
        message: `unknown field "${u.path}": ${r.kind} has no such field, and kubectl rejects the object${s ? `; did you mean "${s.path}"?` : ''}`,
        ...(s?.data ? { data: s.data } : {}),
      });
    }
  },
  fixes({ file, diagnostic }) {
    const d = diagnostic.data as Suggestion['data'] & Record<string, unknown>;
    if (!d) return [];
    if ('rename' in d && typeof d.rename === 'string') return [{ title: `Rename to '${d.rename}'`, preferred: true, edits: [{ uri: file.uri, start: diagnostic.start, end: diagnostic.end, newText: d.rename }] }];
    if (!('insertAt' in d) || typeof d.insertAt !== 'number' || !Array.isArray(d.moves) || typeof d.indent !== 'string') return [];
    return [{ title: 'Move the field to where it belongs', preferred: true, edits: moveLinesEdits(file.uri, file.text, d.moves, d.insertAt, d.indent) }];
  },
};
