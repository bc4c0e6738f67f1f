/** The map as text for other tools: Graphviz DOT (also the source of the SVG) and a Mermaid flowchart for Markdown. */
import type { MapNode, NetworkMap } from '../core';
import { nodeLines } from '../../../client/src/map/labels';

const FILL: Record<MapNode['category'], string> = {
  external: '#e8eaf6',
  controller: '#ede7f6',
  route: '#e3f2fd',
  service: '#e8f5e9',
  workload: '#fff3e0',
  config: '#f3e5f5',
  ghost: '#ffffff',
};

/** Short ids (`n0`, `n1`, …) in node order: object ids hold characters neither format takes as they are. */
function shortIds(map: NetworkMap<unknown>): Map<string, string> {
  return new Map(map.nodes.map((n, i) => [n.id, `n${i}`]));
}

const dotString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function toDot(map: NetworkMap<unknown>): string {
  const ids = shortIds(map);
  const node = (n: MapNode<unknown>) => {
    const ghost = n.category === 'ghost';
    const style = ghost ? 'rounded,dashed' : 'rounded,filled';
    const label = nodeLines(n).map((l) => l.replace(/\\/g, '\\\\').replace(/"/g, '\\"')).join('\\n');
    return `    ${ids.get(n.id)} [label="${label}", style="${style}", fillcolor="${FILL[n.category]}"${ghost ? ', color="#c62828", fontcolor="#c62828"' : ''}];`;
  };
  const out = ['digraph networkMap {', '  rankdir=LR;', '  graph [fontname="Helvetica", fontsize=11, nodesep=0.25, ranksep=0.9];', '  node [shape=box, fontname="Helvetica", fontsize=10, color="#607d8b", margin="0.3,0.06"];', '  edge [fontname="Helvetica", fontsize=9, color="#546e7a"];'];
  for (const n of map.nodes.filter((x) => x.namespace === null)) out.push(node(n).slice(2));
  map.groups.forEach((g, i) => {
    out.push(`  subgraph cluster_${i} {`, `    label=${dotString(`namespace ${g.id}`)}; style="rounded,dashed"; color="#90a4ae";`);
    for (const n of map.nodes.filter((x) => x.namespace === g.id)) out.push(node(n));
    out.push('  }');
  });
  for (const e of map.edges) {
    const broken = e.kind === 'broken' ? ', style=dashed, color="#c62828", fontcolor="#c62828"' : e.kind === 'config' ? ', style=dotted' : '';
    out.push(`  ${ids.get(e.source)} -> ${ids.get(e.target)} [label=${dotString(e.label)}${broken}];`);
  }
  out.push('}');
  return out.join('\n') + '\n';
}

const mermaidText = (s: string) => s.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'));

export function toMermaid(map: NetworkMap<unknown>): string {
  const ids = shortIds(map);
  const node = (n: MapNode<unknown>) => `${ids.get(n.id)}["${nodeLines(n).map(mermaidText).join('<br/>')}"]:::${n.category}`;
  const out = ['flowchart LR'];
  for (const n of map.nodes.filter((x) => x.namespace === null)) out.push(`  ${node(n)}`);
  map.groups.forEach((g, i) => {
    out.push(`  subgraph ns${i}["namespace ${mermaidText(g.id)}"]`);
    for (const n of map.nodes.filter((x) => x.namespace === g.id)) out.push(`    ${node(n)}`);
    out.push('  end');
  });
  for (const e of map.edges) {
    const arrow = e.kind === 'broken' ? '-.->' : e.kind === 'config' ? '-.->' : '-->';
    out.push(`  ${ids.get(e.source)} ${arrow}${e.label ? `|"${mermaidText(e.label)}"|` : ''} ${ids.get(e.target)}`);
  }
  for (const [category, fill] of Object.entries(FILL)) out.push(`  classDef ${category} fill:${fill},stroke:${category === 'ghost' ? '#c62828,stroke-dasharray:4' : '#607d8b'}`);
  return out.join('\n') + '\n';
}
