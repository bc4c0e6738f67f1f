/**
 * What a Helm template says for sure: the pods a templated Service may select, and the container port names a
 * template declares. Its tree is read with the actions blanked
 * (syntax/helmBlank.ts), so it lacks what they render: a line that renders text can add ports to a list, containers
 * to a pod, or a `ports:` key to a container. A rule that says "no port has this name" may say it of a template only
 * when nothing of the kind can happen; these helpers tell when.
 */
import type { Snapshot } from '../../model/snapshot';
import type { Container, PodTemplate } from '../../model/workloads';
import { selectedTemplates, servingContainers } from '../../model/serviceTargets';
import type { ServiceView } from '../../model/service';
import { chartSelectedTemplates } from '../../model/graph/helmInclude';
import { actionText, keyBlockEnd, renderingLines } from '../../syntax/helmBlank';
import { lineStartAt } from '../../strings';
import { asMap, asSeq, getPair } from '../../syntax/nodes';
import type { YMap } from '../../syntax/nodes';

/**
 * The pod templates a Service may select, or null when that is unknown. A templated Service may select, besides the
 * templates its literal selector matches, those of its chart that render the named templates its selector includes
 * and carry, or may render, its literal labels (model/graph/helmInclude.ts).
 */
export function mayBeSelected(snapshot: Snapshot, svc: ServiceView): PodTemplate[] | null {
  const r = svc.resource;
  if (!r.templated) return selectedTemplates(snapshot, svc);
  const selector = getPair(r.node, 'spec', 'selector');
  const chart = selector && chartSelectedTemplates(snapshot, r, selector);
  return chart ? [...new Set([...selectedTemplates(snapshot, svc), ...chart])] : null;
}

/**
 * The port names of a container, or null when actions may add or name ports: a line renders into its `ports` block,
 * a line renders at its own keys' column (it may add `ports:`), or a port or its name is an action.
 */
export function containerPortNames(text: string, c: Container): Set<string> | null {
  const last = c.node.items[c.node.items.length - 1];
  if (!last) return new Set();
  const keyColumn = columnAt(text, c.node.items[0].key.start);
  const lines = renderingLines(text, c.node.start, keyBlockEnd(text, last));
  if (lines.some((l) => l.column < keyColumn || (l.column === keyColumn && !continuesList(text, c.node, l.offset)))) return null;
  const ports = getPair(c.node, 'ports');
  if (ports?.value) {
    const items = asSeq(ports.value)?.items;
    if (!items || items.some((p) => !asMap(p))) return null;
    if (renderingLines(text, ports.key.start, keyBlockEnd(text, ports)).length > 0) return null;
  }
  const names = new Set<string>();
  for (const p of c.ports) {
    if (actionText(p.nameNode)) return null;
    if (p.name) names.add(p.name);
  }
  return names;
}

/**
 * The port names of the containers that serve a template's pods (init containers do not), or null when actions may
 * add containers or ports. A template that is not a Helm template is read as written.
 */
export function servedPortNames(snapshot: Snapshot, t: PodTemplate): Set<string> | null {
  const names = (c: Container) => c.ports.map((p) => p.name).filter((n): n is string => !!n);
  if (!t.owner.templated) return new Set(servingContainers(t).flatMap(names));
  const text = snapshot.files.get(t.owner.uri)?.text ?? '';
  const list = t.spec && getPair(t.spec, 'containers');
  const items = asSeq(list?.value)?.items;
  if (!list || !items?.length || items.some((i) => !asMap(i))) return null;
  // A line rendering left of the containers' keys adds containers (or other pod spec fields).
  const itemColumn = columnAt(text, (asMap(items[0]) as YMap).start);
  if (renderingLines(text, list.key.start, keyBlockEnd(text, list)).some((l) => l.column < itemColumn)) return null;
  const out = new Set<string>();
  for (const c of servingContainers(t)) {
    const own = containerPortNames(text, c);
    if (!own) return null;
    for (const n of own) out.add(n);
  }
  return out;
}

/**
 * Whether a line rendering at a map's key column continues the list of the key above it rather than adding keys: the
 * key has no literal value, or its list is written at the key's own column (`env:` then `- name: …`).
 */
function continuesList(text: string, map: YMap, offset: number): boolean {
  const above = map.items.filter((p) => p.key.start < offset).pop();
  const v = above?.value ?? null;
  if (!above) return false;
  if (v === null || (v.type === 'scalar' && v.raw === '')) return true;
  return v.type === 'seq' && !v.flow && columnAt(text, v.start) === columnAt(text, above.key.start);
}

function columnAt(text: string, offset: number): number {
  return offset - lineStartAt(text, offset);
}
