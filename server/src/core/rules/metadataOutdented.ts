import type { YMap, YPair } from '../syntax/nodes';
import { asMap, asScalar, get, keyText, str } from '../syntax/nodes';
import { eolOf, lineEndAt, lineStartAt } from '../strings';
import { groupOf, isBuiltInApi } from '../model/resource';
import type { WorkloadKind } from '../model/workloads';
import { findWorkloadKind } from '../model/workloads';
import type { DocumentRule } from './types';

const METADATA_FIELDS = ['name', 'generateName', 'namespace', 'labels', 'annotations'];

/** Kinds whose top level legitimately has `namespace` or `labels` (kustomize's own configuration). */
const TOP_LEVEL_FIELD_KINDS = ['Kustomization', 'Component'];

interface Group {
  metadata: YPair;
  strays: YPair[];
}

/** Groups the top-level metadata fields with the (empty) `metadata:` they belong under: the nearest one above. */
function outdentedGroups(root: YMap): Group[] {
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
function besideMetadata(root: YMap): { strays: YPair[]; movable: YPair[]; metadata: YPair } | null {
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

export const metadataOutdented: DocumentRule = {
  id: 'metadata-outdented',
  title: 'Metadata field outside `metadata:`',
  description: '`metadata:` is empty while `name`, `namespace`, `labels` or `annotations` sit beside it: at the top level of the object, or in a workload\'s pod template (`spec.template`). The API server then sees an object with no name and rejects it, or pods with no labels for selectors to match. A top-level `labels` or `annotations` beside a filled `metadata:` of a built-in kind is reported too: strict field validation rejects it as an unknown field.',
  remediation: 'Indent the field so that it sits under `metadata:`.',
  severity: 'error',
  category: 'syntax',
  kinds: ['document'],
  scope: 'document',
  check(ctx) {
    const root = asMap(ctx.doc.root);
    if (!root || root.flow) return;
    const kinds = root.items.filter((p) => keyText(p) === 'kind').map((p) => asScalar(p.value)?.value);
    if (kinds.length === 0 || kinds.some((k) => typeof k === 'string' && TOP_LEVEL_FIELD_KINDS.includes(k))) return;
    const text = ctx.file.text;
    const template = podTemplateMap(root, ctx.snapshot.workloadKinds);
    for (const g of [...outdentedGroups(root), ...(template ? outdentedGroups(template) : [])]) {
      const metaColumn = g.metadata.key.start - lineStartAt(text, g.metadata.key.start);
      const moves = g.strays.map((p) => [lineStartAt(text, p.start), lineEndAt(text, p.end)]);
      for (const p of g.strays) {
        const field = keyText(p)!;
        const column = p.key.start - lineStartAt(text, p.key.start);
        ctx.report({
          start: p.key.start,
          end: p.key.end,
          message: `'${field}' is ${column <= metaColumn ? 'at the same level as' : 'outside'} 'metadata:', which is left empty; indent it under 'metadata:'`,
          data: { insertAt: lineEndAt(text, g.metadata.end), moves, indent: ' '.repeat(metaColumn + 2) },
        });
      }
    }
    const beside = besideMetadata(root);
    if (!beside) return;
    const firstField = asMap(beside.metadata.value)!.items[0];
    const indent = ' '.repeat(firstField.key.start - lineStartAt(text, firstField.key.start));
    const moves = beside.movable.map((p) => [lineStartAt(text, p.start), lineEndAt(text, p.end)]);
    for (const p of beside.strays) {
      const field = keyText(p)!;
      ctx.report({
        start: p.key.start,
        end: p.key.end,
        message: `'${field}' sits beside 'metadata:' at the top level, where Kubernetes has no such field (kubectl: unknown field "${field}"); indent it under 'metadata:'`,
        ...(beside.movable.includes(p) ? { data: { insertAt: lineEndAt(text, beside.metadata.end), moves, indent } } : {}),
      });
    }
  },
  fixes({ file, diagnostic }) {
    const d = diagnostic.data as { insertAt?: number; moves?: [number, number][]; indent?: string } | undefined;
    if (!d || typeof d.insertAt !== 'number' || !Array.isArray(d.moves) || typeof d.indent !== 'string') return [];
    const eol = eolOf(file.text);
    const text = file.text;
    const edits = [];
    const moved: string[] = [];
    for (const [start, end] of d.moves) {
      const lines = text.slice(start, end).split(/\r?\n/);
      const baseIndent = /^ */.exec(lines[0])![0].length;
      moved.push(...lines.map((l) => (l.trim() === '' ? '' : d.indent + l.slice(Math.min(baseIndent, /^ */.exec(l)![0].length)))));
      // Remove the field's lines together with the line break that precedes them.
      const delStart = start > 0 && text[start - 1] === '\n' ? start - (text[start - 2] === '\r' ? 2 : 1) : start;
      edits.push({ uri: file.uri, start: delStart, end, newText: '' });
    }
    edits.push({ uri: file.uri, start: d.insertAt, end: d.insertAt, newText: eol + moved.join(eol) });
    return [{ title: "Move the metadata fields under 'metadata:'", preferred: true, edits: mergeTouching(edits) }];
  },
};

/** Editors reject overlapping edits; an insertion right where a deletion starts is merged into one replacement. */
function mergeTouching(edits: { uri: string; start: number; end: number; newText: string }[]) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: typeof edits = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start <= last.end) {
      last.end = Math.max(last.end, e.end);
      last.newText = e.start === e.end ? last.newText + e.newText : e.newText + last.newText;
    } else out.push({ ...e });
  }
  return out;
}
