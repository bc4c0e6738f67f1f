/**
 * Rename across the link graph. A label value renames in every pod template and equality selector that share the link
 * (and in the workloads' own `spec.selector`, which must keep matching their templates); a container port name renames
 * in every targetPort and probe that use it. Where a rename could not be done consistently, prepareRename refuses and
 * says why.
 */
import type { TextEdit } from '../diagnostics';
import type { Link, Place } from '../model/graph/types';
import type { Snapshot } from '../model/snapshot';
import type { Resource } from '../model/resource';
import { refName } from '../model/resource';
import { templateOwnerName } from '../model/serviceTargets';
import type { PodTemplate } from '../model/workloads';
import type { YPair, YScalar } from '../syntax/nodes';
import { asMap, asScalar, get, keyText, pathAt, seqItems, str } from '../syntax/nodes';
import { isIanaSvcName } from '../k8s/names';
import type { Range } from '../text';
import { yamlString } from '../syntax/yamlText';
import { locate } from './locate';
import { referencesTo } from './navigation';
import { linkGraph } from '../model/graph/ofSnapshot';

export type Refusal = { error: string };

export interface RenameTarget extends Range {
  placeholder: string;
}

interface Plan {
  /** The scalars to rewrite, all holding the old value. */
  scalars: { uri: string; node: YScalar }[];
  validate(newName: string): string | null;
  /** Checks the new value against the workspace (e.g. a label value another template already has). */
  conflicts(newName: string): string | null;
}

export function prepareRename(snapshot: Snapshot, uri: string, offset: number): RenameTarget | Refusal {
  const found = planAt(snapshot, uri, offset);
  if ('error' in found) return found;
  const { node } = found.scalars.find((s) => s.uri === uri && offset >= s.node.start && offset <= s.node.end) ?? found.scalars[0];
  const quoted = node.style === 'single' || node.style === 'double' ? 1 : 0;
  return { start: node.start + quoted, end: node.end - quoted, placeholder: String(node.value) };
}

export function rename(snapshot: Snapshot, uri: string, offset: number, newName: string): { edits: TextEdit[] } | Refusal {
  const found = planAt(snapshot, uri, offset);
  if ('error' in found) return found;
  const invalid = found.validate(newName) ?? found.conflicts(newName);
  if (invalid) return { error: invalid };
  return { edits: found.scalars.map(({ uri: u, node }) => ({ uri: u, start: node.start, end: node.end, newText: writeLike(node, newName) })) };
}

/** The new text in the old scalar's quoting, or quoted when plain text would read back as something else. */
function writeLike(node: YScalar, value: string): string {
  if (node.style === 'single') return `'${value.replace(/'/g, "''")}'`;
  if (node.style === 'double') return JSON.stringify(value);
  return yamlString(value);
}

function planAt(snapshot: Snapshot, uri: string, offset: number): Plan | Refusal {
  const at = locate(snapshot, uri, offset);
  const leaf = at?.path[at.path.length - 1];
  if (!at?.resource || !leaf) return { error: 'Nothing to rename here: put the cursor on a label value or a container port name.' };
  const r = at.resource;
  if (r.templated) return { error: 'This object is a Helm template; rename it in the chart values instead.' };
  const pair = leaf.pair;
  const scalar = asScalar(leaf.node);
  const t = snapshot.templateOf(r);
  const label = t?.labels.find((l) => l.pair === pair);
  if (label && leaf.onKey) return { error: 'Only label values can be renamed, not label keys.' };
  if (!scalar || leaf.onKey || typeof scalar.value !== 'string') return { error: 'Nothing to rename here: put the cursor on a label value or a container port name.' };
  if (label && t) return labelPlan(snapshot, { kind: 'template', template: t, key: label.key, pair: label.pair }, scalar.value);
  const selectorLink = selectorLinkAt(snapshot, uri, pair);
  if (selectorLink && pair) return labelPlan(snapshot, { kind: 'selector', link: selectorLink, key: keyText(pair) ?? '', pair }, scalar.value);
  const port = t?.containers.flatMap((c) => c.ports).find((p) => p.nameNode === scalar);
  const usesPortName = linkGraph(snapshot).linksAt(uri, offset).some((l) => l.from.start === scalar.start && l.from.end === scalar.end);
  if (port || usesPortName) return portNamePlan(snapshot, { uri, node: scalar });
  return { error: 'Nothing to rename here: put the cursor on a label value or a container port name.' };
}

/** Links whose reference is exactly this selector entry (`app: web` under a selector). */
function selectorLinkAt(snapshot: Snapshot, uri: string, pair: YPair | undefined): Link | undefined {
  if (!pair) return undefined;
  return linkGraph(snapshot).linksFrom(uri).find((l) => l.from.start === pair.start && l.from.end === pair.end);
}

/** The pair written exactly at a place (a selector entry or a label line), if the place is one. */
function pairAt(r: Resource, place: Range): YPair | null {
  return pathAt(r.node, place.start).map((s) => s.pair).find((p): p is YPair => !!p && p.start === place.start && p.end === place.end) ?? null;
}

type LabelNode = { kind: 'template'; template: PodTemplate; key: string; pair: YPair } | { kind: 'selector'; link: Link; key: string; pair: YPair };

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/**
 * Collects every template label and selector entry linked to the starting one, transitively: a label's selectors, and
 * those selectors' other templates. Each must be a plain `key: value` with the same key and value, or the rename is
 * refused.
 */
function labelPlan(snapshot: Snapshot, start: LabelNode, value: string): Plan | Refusal {
  const key = start.key;
  const scalars = new Map<YScalar, string>();
  const templates = new Set<PodTemplate>();
  const links = new Set<Link>();
  const queue: LabelNode[] = [start];
  const valueOf = (p: YPair) => asScalar(p.value);
  while (queue.length) {
    const n = queue.pop()!;
    const s = valueOf(n.pair);
    if (!s || s.value !== value) return { error: `Cannot rename: ${describe(n)} has ${key}=${s ? String(s.value) : '?'}, not ${key}=${value}.` };
    scalars.set(s, n.kind === 'template' ? n.template.owner.uri : n.link.fromResource.uri);
    if (n.kind === 'template') {
      if (templates.has(n.template)) continue;
      templates.add(n.template);
      if (n.template.owner.templated) return { error: `Cannot rename: ${templateOwnerName(n.template)} is a Helm template.` };
      for (const ref of referencesTo(snapshot, n.template.owner.uri, n.pair.start)) {
        if (ref.target.start !== n.pair.start || ref.target.end !== n.pair.end || links.has(ref.link)) continue;
        const entry = pairAt(ref.link.fromResource, ref.link.from);
        if (!entry || !asScalar(entry.value)) return { error: `Cannot rename: ${refName(ref.link.fromResource)} selects ${key} with an expression; rename it by hand.` };
        queue.push({ kind: 'selector', link: ref.link, key, pair: entry });
      }
    } else {
      if (links.has(n.link)) continue;
      links.add(n.link);
      if (n.link.via) return { error: `Cannot rename: the link exists only ${n.link.via}.` };
      if (n.link.fromResource.templated) return { error: `Cannot rename: ${refName(n.link.fromResource)} is a Helm template.` };
      for (const target of n.link.to) {
        const t = snapshot.templateOf(target.resource);
        const labelPair = pairAt(target.resource, target);
        const label = t?.labels.find((l) => l.pair === labelPair);
        if (!t || !label || label.key !== key) return { error: `Cannot rename: ${refName(n.link.fromResource)} matches ${target.resource.kind.toLowerCase()}/${target.resource.name ?? '?'} without a '${key}' label line to rename.` };
        queue.push({ kind: 'template', template: t, key, pair: label.pair });
      }
    }
  }
  for (const t of templates) {
    const own = ownSelectorValue(t, key);
    if (own === 'expression') return { error: `Cannot rename: ${templateOwnerName(t)} selects its pods with an expression on '${key}'; rename it by hand.` };
    if (own && asScalar(own.value)?.value === value) scalars.set(asScalar(own.value)!, t.owner.uri);
  }
  return {
    scalars: [...scalars].map(([node, uri]) => ({ uri, node })),
    validate: (v) => (v.length <= 63 && LABEL_VALUE.test(v) && v !== '' ? null : `'${v}' is not a valid label value (at most 63 characters: letters, digits, '-', '_' and '.', starting and ending with a letter or digit).`),
    conflicts: (v) => {
      const namespaces = new Set([...links].flatMap((l) => l.fromResource.namespaces));
      const clash = snapshot.templates.find((t) => !templates.has(t) && t.owner.namespaces.some((n) => namespaces.has(n)) && t.labels.some((l) => l.key === key && l.value === v));
      return clash ? `Cannot rename to ${key}=${v}: ${templateOwnerName(clash)} already has it, so the renamed selectors could select it too.` : null;
    },
  };
}

function describe(n: LabelNode): string {
  return n.kind === 'template' ? `the pod template of ${templateOwnerName(n.template)}` : refName(n.link.fromResource);
}

/** The workload's own `spec.selector.matchLabels` entry for the key, 'expression' when an expression uses the key. */
function ownSelectorValue(t: PodTemplate, key: string): YPair | 'expression' | null {
  if (!t.workload.hasSelector) return null;
  const selector = get(t.owner.node, 'spec', 'selector');
  if (seqItems(get(selector, 'matchExpressions')).some((e) => str(get(e, 'key')) === key)) return 'expression';
  return asMap(get(selector, 'matchLabels'))?.items.find((p) => keyText(p) === key) ?? null;
}

/**
 * A container port name and every reference to it: follows links both ways through places that spell the same name
 * (a targetPort or probe port written as that name, the port names it resolves to).
 */
function portNamePlan(snapshot: Snapshot, start: { uri: string; node: YScalar }): Plan | Refusal {
  const name = String(start.node.value);
  const graph = linkGraph(snapshot);
  const seen = new Map<string, { uri: string; node: YScalar }>();
  const queue: Place[] = [{ uri: start.uri, start: start.node.start, end: start.node.end }];
  while (queue.length) {
    const p = queue.pop()!;
    const k = `${p.uri}\0${p.start}`;
    if (seen.has(k)) continue;
    const node = scalarAt(snapshot, p);
    if (!node || node.value !== name) continue;
    seen.set(k, { uri: p.uri, node });
    for (const l of graph.linksFrom(p.uri)) if (l.from.start === p.start && l.from.end === p.end) queue.push(...l.to);
    for (const { link, target } of graph.linksInto(p.uri)) if (target.start === p.start && target.end === p.end) queue.push(link.from);
  }
  const owners = [...seen.values()].map(({ uri, node }) => snapshot.documents(uri).flatMap((d) => d.resources).find((r) => node.start >= r.node.start && node.start <= r.node.end));
  const templated = owners.find((r) => r?.templated);
  if (templated) return { error: `Cannot rename: ${refName(templated)} is a Helm template.` };
  const templates = owners.map((r) => (r ? snapshot.templateOf(r) : undefined)).filter((t): t is PodTemplate => !!t);
  return {
    scalars: [...seen.values()],
    validate: (v) => (isIanaSvcName(v) ? null : `'${v}' is not a valid port name (IANA service name: 1-15 lower-case letters, digits and '-', with at least one letter).`),
    conflicts: (v) => {
      const clash = templates.find((t) => t.containers.some((c) => c.ports.some((p) => p.name === v)));
      return clash ? `Cannot rename to '${v}': the pod template of ${templateOwnerName(clash)} already has a port named '${v}'.` : null;
    },
  };
}

function scalarAt(snapshot: Snapshot, p: Place): YScalar | null {
  const doc = snapshot.documents(p.uri).find((d) => p.start >= d.doc.span.start && p.start <= d.doc.span.end);
  const steps = pathAt(doc?.doc.root ?? null, p.start);
  const last = steps[steps.length - 1];
  const s = asScalar(last?.node);
  return s && s.start === p.start && s.end === p.end ? s : null;
}
