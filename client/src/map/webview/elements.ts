/**
 * The map's data as Cytoscape elements, for what the user chose to see: namespaces as compound groups (a collapsed
 * group is one node, and the edges of its members end on it), filtered by namespace and kind. Pure: unit-tested.
 */
import type { ElementDefinition } from 'cytoscape';
import type { MapData } from '../protocol';
import { nodeLines } from '../labels';

export interface ViewState {
  collapsed: ReadonlySet<string>;
  /** '' for every namespace. */
  namespace: string;
  /** '' for every kind. */
  kind: string;
}

/** Above this many nodes, namespaces start collapsed: a thousand boxes are no map. */
export const COLLAPSE_ABOVE = 150;

export const groupId = (namespace: string) => `ns:${namespace}`;

/** A box wide and tall enough for its lines (the canvas measures no text before layout). */
function size(lines: string[]): { w: number; h: number } {
  return { w: Math.max(60, Math.max(...lines.map((l) => l.length)) * 6.4 + 18), h: lines.length * 14 + 12 };
}

export function elementsOf(map: MapData, state: ViewState): ElementDefinition[] {
  const keep = new Set(
    map.nodes
      .filter((n) => n.namespace === null || n.category === 'ghost' || ((!state.namespace || n.namespace === state.namespace) && (!state.kind || n.kind === state.kind)))
      .filter((n) => n.category !== 'ghost' || !state.namespace || n.namespace === state.namespace)
      .map((n) => n.id),
  );
  const shownAs = new Map<string, string>();
  const out: ElementDefinition[] = [];
  const groups = new Set<string>();
  for (const n of map.nodes) {
    if (!keep.has(n.id)) continue;
    if (n.namespace !== null && state.collapsed.has(n.namespace)) {
      shownAs.set(n.id, groupId(n.namespace));
      groups.add(n.namespace);
      continue;
    }
    shownAs.set(n.id, n.id);
    if (n.namespace !== null) groups.add(n.namespace);
    const lines = nodeLines(n);
    const classes = [n.category, n.badges.length ? 'isolated' : ''].filter(Boolean).join(' ');
    out.push({ group: 'nodes', data: { id: n.id, label: lines.join('\n'), ...size(lines), ...(n.namespace !== null ? { parent: groupId(n.namespace) } : {}) }, classes });
  }
  for (const g of map.groups) {
    if (!groups.has(g.id)) continue;
    const collapsed = state.collapsed.has(g.id);
    const label = collapsed ? `namespace ${g.id}\n${g.nodes} objects (collapsed)` : `namespace ${g.id}`;
    out.unshift({ group: 'nodes', data: { id: groupId(g.id), label, group: g.id, ...(collapsed ? size(label.split('\n')) : {}) }, classes: collapsed ? 'namespace collapsed' : 'namespace' });
  }
  const edges = new Set<string>();
  for (const e of map.edges) {
    const source = shownAs.get(e.source);
    const target = shownAs.get(e.target);
    if (!source || !target || source === target) continue;
    const merged = source !== e.source || target !== e.target;
    const id = merged ? `${e.kind}:${source}->${target}` : e.id;
    if (edges.has(id)) continue;
    edges.add(id);
    out.push({ group: 'edges', data: { id, source, target, label: merged ? '' : e.label }, classes: e.kind });
  }
  return out;
}
